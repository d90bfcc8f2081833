import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { PackServer } from './pack-server';

/**
 * The panel's states where it has nothing (or less than usual) to offer, as the person sees them.
 * "Enable on this site" is in enable-site.e2e.ts; a pack refused on import is in skeleton.e2e.ts;
 * every sync fault's wording in the settings is in sync.e2e.ts. Here: a page no extension may
 * read, a site Parley does not run on, and a failing pack host seen from the queue and reply views.
 *
 * The Chrome Web Store is left out: a routed web store page crashes headless Chromium here, and
 * a blocked one is an error page; its URL is covered by the unit tests of isRestrictedUrl.
 */
const THREAD = 'https://x.com/AcmeSupport/status/1860000000000000001';

describe('panel states in Chromium', () => {
  let s: Session;
  const views = (panel: Page) => ({
    queue: () => panel.getByRole('tab', { name: 'Queue' }).click(),
    reply: () => panel.getByRole('tab', { name: 'Reply' }).click(),
  });

  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it.each(['chrome://version/', 'chrome://extensions/'])('on %s the panel says no extension may read the page, on the queue and the reply view', async (url) => {
    const page = await s.context.newPage();
    await page.goto(url);
    const panel = await s.openPanel(await s.tabIdOf(page));
    const restricted = panel.getByTestId('restricted');
    await expect.poll(() => restricted.count(), { timeout: 10_000 }).toBe(1);
    expect(await restricted.textContent()).toBe(
      'Parley cannot read this pageBrowser pages, extension stores and other extensions are closed to every extension. Switch to a tab with a social site or a forum.',
    );
    expect(await panel.getByTestId('not-active').count()).toBe(0);
    expect(await panel.getByTestId('enable-site').count()).toBe(0);
    await views(panel).reply();
    expect(await panel.getByTestId('restricted').count()).toBe(1);
    await panel.close();
    await page.close();
  });

  it('on a site Parley does not run on (and may not read yet), it says so and how to enable it', async () => {
    const page = await s.openFixture('https://forum.example.net/t/delivery/42', 'sites/generic/blog-post.html');
    const panel = await s.openPanel(await s.tabIdOf(page));
    const note = panel.getByTestId('not-active');
    await expect.poll(() => note.count(), { timeout: 10_000 }).toBe(1);
    expect(await note.textContent()).toContain('Parley does not run on this page.');
    expect(await note.textContent()).toContain('click the Parley button on another site to enable it there');
    expect(await panel.getByTestId('restricted').count()).toBe(0);
    await panel.close();
    await page.close();
  });

  // The worker cannot see a tab's URL without the "tabs" permission: after a page load it asks the
  // page whether our content script runs there, and forgets the last page's comments when not.
  const afterLeaving: Array<{ to: string; shows: string[] }> = [];
  it('a tab that leaves X for a page Parley cannot read: what the reopened panel shows', async () => {
    const page = await s.openFixture(`${THREAD}?leaving`, 'sites/x/status.html');
    const tabId = await s.tabIdOf(page);
    let panel = await s.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('comment-count').textContent({ timeout: 1_000 }).catch(() => null), { timeout: 10_000 }).toBe('6');
    await panel.close();
    const shown = async () => {
      panel = await s.openPanel(tabId);
      await expect.poll(() => panel.locator('[data-testid="restricted"], [data-testid="not-active"], [data-testid="comment-count"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const testids = await panel.locator('[data-testid="restricted"], [data-testid="not-active"], [data-testid="comment-count"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
      await panel.close();
      return testids;
    };
    await page.goto('chrome://version/');
    afterLeaving.push({ to: 'chrome://version/', shows: await shown() });
    await s.context.route('https://forum.example.net/t/other/7', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>A forum</p>' }));
    await page.goto(`${THREAD}?leaving`);
    await page.goto('https://forum.example.net/t/other/7');
    afterLeaving.push({ to: 'a site not enabled', shows: await shown() });
    await page.close();
    expect(afterLeaving.map((a) => a.to)).toEqual(['chrome://version/', 'a site not enabled']);
  });
  it('…shows that page, not the queue of the X thread it left', () => {
    expect(afterLeaving).toEqual([
      { to: 'chrome://version/', shows: ['restricted'] },
      { to: 'a site not enabled', shows: ['not-active'] },
    ]);
  });

  describe('when the pack host fails', () => {
    const server = new PackServer();
    let url: string;
    let options: Page;
    let panel: Page;
    const pack = JSON.stringify({
      id: 'acme',
      name: 'Acme replies',
      version: '2026.11.1',
      locales: ['en'],
      voice: { default: {} },
      templates: [{ id: 'Acme.Thanks', name: 'Thanks', locale: 'en', intents: ['praise'], body: 'Thank you!' }],
    });

    beforeAll(async () => {
      await server.start();
      url = server.url('/acme.json');
      server.put('/acme.json', pack);
      server.fault = { kind: 'status', status: 500 };
      options = await s.openOptions();
    });
    afterAll(async () => {
      await server.stop();
    });

    it('the queue and the reply view say in plain words that the pack could not be used, and which one is in use', async () => {
      await expect.poll(() => options.getByTestId('pack-version').textContent(), { timeout: 10_000 }).toBe('1.0.0');
      await options.getByTestId('source-url').fill(url);
      await options.getByTestId('source-add').click();
      await expect.poll(() => server.requestsFor('/acme.json').map((r) => r.status), { timeout: 15_000 }).toContain(500);

      const page = await s.openFixture(THREAD, 'sites/x/status.html');
      panel = await s.openPanel(await s.tabIdOf(page));
      // The page's comments are still there; the notice sits above them.
      await expect.poll(() => panel.getByTestId('comment-count').textContent({ timeout: 1_000 }).catch(() => null), { timeout: 10_000 }).toBe('6');
      const notice = panel.getByTestId('pack-notice');
      await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(1);
      const words = `A pack from ${url} could not be used; Parley keeps Parley starter netiquette 1.0.0.`;
      expect(await notice.textContent()).toBe(`${words} Details`);
      await views(panel).reply();
      expect(await panel.getByTestId('pack-notice').textContent()).toBe(`${words} Details`);

      // "Details" opens the settings, where the failure is spelled out with the time it happened.
      await panel.getByTestId('pack-notice-details').click();
      expect(await panel.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
      const failed = panel.locator('[data-testid="pack-layers"] .layer.failed');
      await expect.poll(() => failed.count(), { timeout: 10_000 }).toBe(1);
      expect(await failed.textContent()).toMatch(new RegExp(`^${url.replace(/[.:/]/g, '\\$&')} · 127\\.0\\.0\\.1:${server.port}/acme\\.json answered 500 at \\d\\d:\\d\\d`));
      // The settings view itself does not repeat the banner.
      expect(await panel.getByTestId('pack-notice').count()).toBe(0);
    });

    it('the notice goes away by itself once the host is back and a sync succeeds', async () => {
      await views(panel).queue();
      expect(await panel.getByTestId('pack-notice').count()).toBe(1);
      server.fault = null;
      await options.evaluate(() => chrome.runtime.sendMessage({ parley: 1, kind: 'pack/sync', payload: {} }));
      await expect.poll(() => panel.getByTestId('pack-notice').count(), { timeout: 10_000 }).toBe(0);
      expect(await panel.getByTestId('comment-count').textContent()).toBe('6');
      await panel.getByRole('tab', { name: 'Settings' }).click();
      await expect.poll(() => panel.getByTestId('pack-layers').textContent(), { timeout: 10_000 }).toContain('Acme replies 2026.11.1');
      expect(await panel.locator('[data-testid="pack-layers"] .layer.failed').count()).toBe(0);
    });
  });
});
