import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Browser } from 'webextension-polyfill';
import { launchFirefox, type FirefoxSession } from './harness';
import { GECKO_ID } from '../../tools/firefox-manifest';

const X_STATUS = 'https://x.com/AcmeSupport/status/1860000000000000001';
const OLD_REDDIT = 'https://old.reddit.com/r/acme/comments/1abcde/our_new_delivery_tracker_is_live/';

const queueTexts = (panel: Page) => panel.$$eval('[data-testid="queue-text"]', (els) => els.map((e) => e.textContent ?? ''));

describe('Parley in Firefox ESR', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('installs with the Firefox manifest, and its background script answers', async () => {
    const options = await s.openExtensionPage('src/options/index.html');
    const manifest = await options.evaluate(() => chrome.runtime.getManifest() as unknown as Record<string, unknown>);
    expect(manifest.sidebar_action).toMatchObject({ default_panel: `${s.base}/src/sidepanel/index.html` });
    expect(manifest.side_panel).toBeUndefined();
    expect(await options.evaluate(() => (globalThis as unknown as { browser: Browser }).browser.sidebarAction.getPanel({}))).toBe(`${s.base}/src/sidepanel/index.html`);
    expect(manifest.browser_specific_settings).toMatchObject({ gecko: { id: GECKO_ID } });
    const status = await options.evaluate(() => chrome.runtime.sendMessage({ parley: 1, kind: 'pack/status', payload: {} }));
    expect(status).toMatchObject({ name: 'Parley starter netiquette' });
  });

  it('finds the comments on an X thread and the sidebar page lists them', async () => {
    const page = await s.openFixture(X_STATUS, 'sites/x/status.html');
    const panel = await s.openExtensionPage(`src/sidepanel/index.html?tab=${await s.tabIdOf(page)}`);
    await expect.poll(() => queueTexts(panel), { timeout: 10_000 }).toContain('Does the tracker work for orders to Austria too?');
    expect((await queueTexts(panel)).some((t) => t.startsWith('My parcel has been stuck for 9 days'))).toBe(true);
  });

  it('finds the comments on an old Reddit thread, page markup shown as text', async () => {
    const page = await s.openFixture(OLD_REDDIT, 'sites/reddit-old/comments.html');
    const panel = await s.openExtensionPage(`src/sidepanel/index.html?tab=${await s.tabIdOf(page)}`);
    await expect.poll(() => queueTexts(panel), { timeout: 10_000 }).toContain('Does the tracker work for orders to Austria too?');
    // Praise needs no answer: it shows under "All" (comments can arrive in more than one report).
    await panel.click('input[name="queue-filter"][value="all"]');
    await expect.poll(() => queueTexts(panel), { timeout: 10_000 }).toContain('Love it, finally! <img src=x onerror=alert(1)>');
    expect(await panel.$$('img[src="x"]')).toHaveLength(0);
  });

  for (const editor of ['textarea', 'contenteditable'] as const) {
    it(`inserts a template into a ${editor} reply box`, async () => {
      const page = await s.openFixture(`${X_STATUS}?editor=${editor}`, 'editors/thread.html');
      await page.waitForFunction(() => !!window.__fixtureEditors?.['post-box']);
      await page.click('#post-box textarea, #post-box [contenteditable="true"]');
      const tabId = await s.tabIdOf(page);
      const panel = await s.openExtensionPage(`src/sidepanel/index.html?tab=${tabId}`);

      const { items } = await panel.evaluate(
        (id: number) => chrome.runtime.sendMessage({ parley: 1, kind: 'templates/list', payload: { tabId: id } }),
        tabId,
      );
      const text: string = items[0].text;
      expect(text.length).toBeGreaterThan(10);
      const result = await panel.evaluate(
        (id: number, t: string) => chrome.tabs.sendMessage(id, { parley: 1, kind: 'editor/insert', payload: { text: t, mode: 'caret' } }),
        tabId,
        text,
      );
      expect(result).toMatchObject({ ok: true });
      // What the editor itself holds, i.e. what the site would post.
      expect(await page.evaluate(() => window.__fixtureEditors['post-box']!.stateText())).toBe(text);
    });
  }
});
