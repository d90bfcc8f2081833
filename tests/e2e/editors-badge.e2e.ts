import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { askTab, findBadge, injectedStyleApplies, openEditorPage } from './editors-helpers';

// Mastodon's policy blocks injected <style> elements; the badge must still be styled.
const STRICT_CSP = { 'content-security-policy': "default-src 'self'; style-src 'self'; img-src 'self' data:" };
const RED = 'rgb(185, 28, 28)';
const AMBER = 'rgb(180, 83, 9)';
const GREEN = 'rgb(21, 128, 61)';

describe('in-page badge on a page with a strict CSP', () => {
  let s: Session;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    s = await launch();
    page = await openEditorPage(s, 'textarea', STRICT_CSP);
    tabId = await s.tabIdOf(page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the page really refuses injected styles', async () => {
    expect(await injectedStyleApplies(page)).toBe(false);
  });

  it("shows the draft's readiness beside the focused box, styled and outside the site's tree", async () => {
    const box = page.locator('#post-box textarea');
    await box.click();
    await expect.poll(async () => (await findBadge(page))?.readiness, { timeout: 10_000 }).toBe('check');
    expect((await findBadge(page))?.background).toBe(AMBER);

    await page.keyboard.type('Glad you like the tracker! Tell us how it works for you.');
    await expect.poll(async () => (await findBadge(page))?.readiness, { timeout: 10_000 }).toBe('ready');
    const ready = (await findBadge(page))!;
    expect(ready.background).toBe(GREEN);
    expect(ready.parent).toBe('HTML');
    expect(ready.label).toContain('ready');
    // It sits at the box's corner.
    const rect = (await box.boundingBox())!;
    expect(ready.box.x).toBeGreaterThanOrEqual(rect.x);
    expect(ready.box.x + ready.box.width).toBeLessThanOrEqual(rect.x + rect.width);
    expect(ready.box.y + ready.box.height).toBeLessThanOrEqual(rect.y + rect.height);

    await page.keyboard.type(' It was our fault.');
    await expect.poll(async () => (await findBadge(page))?.readiness, { timeout: 10_000 }).toBe('stop');
    expect((await findBadge(page))?.background).toBe(RED);
  });

  it('opens the side panel through the worker when clicked', async () => {
    await s.worker.evaluate(() => {
      const calls: Array<{ tabId?: number; ok: boolean; error?: string }> = [];
      (globalThis as unknown as { __panelOpens: typeof calls }).__panelOpens = calls;
      const open = chrome.sidePanel.open.bind(chrome.sidePanel);
      chrome.sidePanel.open = (options) =>
        open(options).then(
          () => void calls.push({ tabId: options.tabId, ok: true }),
          (err: unknown) => {
            calls.push({ tabId: options.tabId, ok: false, error: String(err) });
            throw err;
          },
        );
    });
    const badge = (await findBadge(page))!;
    await page.mouse.click(badge.box.x + badge.box.width / 2, badge.box.y + badge.box.height / 2);
    const opens = () => s.worker.evaluate(() => (globalThis as unknown as { __panelOpens: unknown[] }).__panelOpens);
    await expect.poll(opens, { timeout: 10_000 }).toEqual([{ tabId, ok: true }]);
    // The caret stays in the reply box.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
  });

  it('goes away when the badge is switched off for the site', async () => {
    const panel = await s.openPanel(tabId);
    await askTab(panel, tabId, 'config/changed', { switches: { enabled: true, badge: false, highlights: true }, ownHandles: [], site: null });
    await page.bringToFront();
    await expect.poll(() => findBadge(page)).toBeNull();
  });
});
