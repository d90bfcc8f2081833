import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const MARIA = '1860000000000000002';

/**
 * The Draft.js thread fixture (a real Draft.js editor under X's markup) at a fresh X URL, changed
 * for one test: a tall page so revealing a comment has to scroll, or a legal threat in the comment.
 */
async function openThread(s: Session, change: (html: string) => string = (h) => h): Promise<Page> {
  const url = `https://x.com/AcmeSupport/status/1860000000000000001?editor=draft&panel=${Math.random().toString(36).slice(2)}`;
  const body = change(readFileSync(join(FIXTURES, 'editors/thread.html'), 'utf8'));
  await s.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  const page = await s.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => !!(window as unknown as { __fixtureEditors?: Record<string, unknown> }).__fixtureEditors?.['maria-box']);
  return page;
}

const tall = (html: string) => html.replace('<article data-testid="tweet" tabindex="0">', '<div style="height:2400px"></div><article data-testid="tweet" tabindex="0">');
const stateText = (page: Page) => page.evaluate(() => (window as unknown as { __fixtureEditors: Record<string, { stateText(): string }> }).__fixtureEditors['maria-box']!.stateText());

async function openPanelFor(s: Session, page: Page): Promise<Page> {
  const panel = await s.openPanel(await s.tabIdOf(page));
  await panel.setViewportSize({ width: 420, height: 900 });
  return panel;
}

/** Screenshots for the README, from the real built extension, when asked for (PARLEY_SCREENSHOTS=1). */
async function screenshot(panel: Page, name: string): Promise<void> {
  if (process.env.PARLEY_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await panel.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function startReply(page: Page, panel: Page): Promise<void> {
  await page.bringToFront();
  await page.locator('[data-fixture-opens="#maria-reply"]').click();
  await page.locator('#maria-box [contenteditable="true"]').click();
  await expect.poll(() => panel.getByRole('tab', { name: 'Reply' }).getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true');
}

describe('side panel in Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('lists what needs an answer, and clicking a comment scrolls the page to it', async () => {
    const page = await openThread(s, tall);
    const panel = await openPanelFor(s, page);
    const entry = panel.locator(`[data-testid="queue-item"][data-comment-id="${MARIA}"]`);
    await expect.poll(() => entry.count(), { timeout: 10_000 }).toBe(1);
    expect(await entry.textContent()).toContain('Maria Lindqvist');
    expect(await entry.textContent()).toContain('unanswered');
    await screenshot(panel, 'panel-queue');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await entry.getByRole('button').click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBeGreaterThan(1000);
    // The comment is outlined by an overlay of ours, outside the site's own nodes.
    expect(await page.locator('html > [data-parley-highlight]').count()).toBe(1);
    expect(await page.locator('article [data-parley-highlight]').count()).toBe(0);
  });

  it('follows the draft as it is typed: readiness, meters and findings change; a suggestion applies in the editor', async () => {
    const page = await openThread(s);
    const panel = await openPanelFor(s, page);
    await startReply(page, panel);
    expect(await panel.getByTestId('replying-to').textContent()).toContain('Maria Lindqvist');

    await page.keyboard.type('Hi Maria, we are checking at this point in time.');
    const finding = panel.locator('[data-testid="finding"][data-rule="ParleyEN.PlainWords"]');
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(1);
    expect(await panel.getByTestId('meter-formality').count()).toBe(1);
    const before = await panel.getByTestId('readiness').getAttribute('data-readiness');

    await page.keyboard.type(' It was our fault.');
    await expect.poll(() => panel.getByTestId('readiness').getAttribute('data-readiness'), { timeout: 10_000 }).toBe('stop');
    expect(before).not.toBe('stop');
    await screenshot(panel, 'panel-reply');

    await finding.getByRole('button', { name: 'Use “now”' }).click();
    await expect.poll(() => stateText(page), { timeout: 10_000 }).toBe('Hi Maria, we are checking now. It was our fault.');
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(0);
  });

  it('inserts a template with the keyboard alone: search, arrows, Enter', async () => {
    const page = await openThread(s);
    const panel = await openPanelFor(s, page);
    await startReply(page, panel);
    await panel.bringToFront();
    const search = panel.getByTestId('template-search');
    await search.focus();
    await panel.keyboard.type('sorry');
    await expect.poll(() => panel.getByRole('option').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowUp');
    // The preview is rendered again once the worker knows which comment the box answers.
    await expect.poll(() => panel.getByTestId('template-preview').textContent(), { timeout: 10_000 }).toContain('Maria');
    await panel.keyboard.press('Enter');
    // Missing variables are asked for first; Enter in the last one inserts.
    if (await panel.getByTestId('template-vars').count()) await panel.keyboard.press('Enter');
    await expect.poll(() => stateText(page), { timeout: 10_000 }).toContain('Maria');
    const inserted = await stateText(page);
    expect(inserted.replace(/\s+/g, ' ')).toBe(((await panel.getByTestId('template-preview').textContent()) ?? '').replace(/\s+/g, ' '));
  });

  it('puts the escalation route up front for a legal threat, with a handover note', async () => {
    const page = await openThread(s, (h) => h.replace('nobody answers my emails. Where is it??', 'my lawyer will hear about this.'));
    const panel = await openPanelFor(s, page);
    await startReply(page, panel);
    const banner = panel.getByTestId('escalation-banner');
    await expect.poll(() => banner.count(), { timeout: 10_000 }).toBe(1);
    expect(await banner.textContent()).toContain('Legal');
    await screenshot(panel, 'panel-escalation');
    // Extension pages cannot be granted clipboard-read here: keep what the panel writes instead.
    await panel.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      navigator.clipboard.writeText = (text: string) => Promise.resolve(void w.copied.push(text));
    });
    await banner.getByTestId('copy-handover').click();
    await expect.poll(() => panel.evaluate(() => (window as unknown as { copied: string[] }).copied.length)).toBe(1);
    const note = await panel.evaluate(() => (window as unknown as { copied: string[] }).copied[0]!);
    expect(note).toContain(`https://x.com/maria_l/status/${MARIA}`);
    expect(note).toContain('my lawyer will hear about this.');
  });

  it('renders hostile comment markup as inert text', async () => {
    const page = await s.openFixture('https://x.com/AcmeSupport/status/1860000000000000001?hostile', 'sites/x/status.html');
    const panel = await openPanelFor(s, page);
    let dialogs = 0;
    panel.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await panel.getByLabel('All').check();
    const hostile = panel.getByTestId('queue-text').filter({ hasText: 'onerror' });
    await expect.poll(() => hostile.count(), { timeout: 10_000 }).toBe(1);
    expect(await hostile.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await panel.locator('[data-testid="queue"] img').count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  it('shows settings with the pack in use', async () => {
    const page = await openThread(s);
    const panel = await openPanelFor(s, page);
    await panel.getByRole('tab', { name: 'Settings' }).click();
    await expect.poll(() => panel.getByTestId('pack-name').textContent(), { timeout: 10_000 }).toBe('Parley starter netiquette');
    await screenshot(panel, 'panel-settings');
  });
});
