import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

const STATUS_URL = 'https://x.com/AcmeSupport/status/1860000000000000001';

describe('walking skeleton in Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('starts the background worker from the built manifest', async () => {
    expect(s.worker.url()).toBe(`chrome-extension://${s.extensionId}/service-worker-loader.js`);
    const manifest = await s.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.side_panel).toEqual({ default_path: 'src/sidepanel/index.html' });
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('reports the comments on an X thread to the worker, and the panel shows their number', async () => {
    const page = await s.openFixture(STATUS_URL, 'sites/x/status.html');
    const tabId = await s.tabIdOf(page);
    const panel = await s.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('comment-count').textContent(), { timeout: 10_000 }).toBe('6');
    await expect.poll(() => panel.getByText('comments found on x.com').count()).toBe(1);

    const state = await panel.evaluate((id) => chrome.runtime.sendMessage({ parley: 1, kind: 'tab/get', payload: { tabId: id } }), tabId);
    const maria = state.queue.map((q: { comment: unknown }) => q.comment).find((c: { author: { handle?: string } }) => c.author.handle === '@maria_l');
    expect(maria.text).toBe('My parcel has been stuck for 9 days and nobody answers my emails. Where is it?? 😡');
    expect(maria.parentId).toBe('1860000000000000001');
    expect(maria.permalink).toBe('https://x.com/maria_l/status/1860000000000000002');
    expect(maria.time).toBe('2026-11-23T09:30:00.000Z');

    // A comment that arrives later (the feed grows) is reported too.
    await page.evaluate(() => {
      const list = document.querySelector('[aria-label="Timeline: Conversation"] > div')!;
      const copy = list.querySelector('article[tabindex="0"]')!.closest('[data-testid="cellInnerDiv"]')!.cloneNode(true) as Element;
      copy.querySelector('a[href*="/status/"]')!.setAttribute('href', '/late/status/1860000000000000099');
      list.append(copy);
    });
    await expect.poll(() => panel.getByTestId('comment-count').textContent(), { timeout: 10_000 }).toBe('7');
  });

  it('rejects malformed messages and never listens to the page', async () => {
    const page = await s.openFixture('https://x.com/AcmeSupport/status/1860000000000000001?second', 'sites/x/status.html');
    const tabId = await s.tabIdOf(page);
    const panel = await s.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('comment-count').textContent(), { timeout: 10_000 }).toBe('6');

    const malformed = await panel.evaluate(() =>
      chrome.runtime.sendMessage({ parley: 1, kind: 'page/report', payload: { url: 42, platform: 'x', comments: 'none' } }),
    );
    expect(malformed).toEqual({ parleyError: 'malformed "page/report" message' });
    const unknown = await panel.evaluate(() => chrome.runtime.sendMessage({ parley: 1, kind: 'pack/delete-everything', payload: {} }));
    expect(unknown).toEqual({ parleyError: 'unknown message kind "pack/delete-everything"' });

    // A page script imitating our envelope reaches nothing.
    await page.evaluate(() => window.postMessage({ parley: 1, kind: 'page/report', payload: { url: location.href, platform: 'x', comments: [] } }, '*'));
    await page.waitForTimeout(800);
    expect(await panel.getByTestId('comment-count').textContent()).toBe('6');
  });

  it('shows the pack in use on the options page and keeps it when a broken pack is offered', async () => {
    const options = await s.openOptions();
    await expect.poll(() => options.getByTestId('pack-name').textContent(), { timeout: 10_000 }).toBe('Parley starter netiquette');
    expect(await options.getByTestId('pack-version').textContent()).toBe('1.0.0');

    const broken = JSON.stringify({ id: 'acme', name: 'Acme', version: '2.0.0', locales: ['en'], voice: { default: {} }, rules: [{ id: 'Acme.NoComment', kind: 'existence', message: 'Avoid %s', why: 'Stonewalling.', examples: { bad: [], good: ['ok'] } }] });
    await options.getByTestId('pack-text').fill(broken);
    await options.getByTestId('pack-import').click();
    const error = options.getByTestId('pack-error');
    await expect.poll(() => error.textContent(), { timeout: 10_000 }).toContain('rules[0] "Acme.NoComment" › examples › bad');
    expect(await error.textContent()).toContain('needs at least 1 item');
    expect(await options.getByTestId('pack-name').textContent()).toBe('Parley starter netiquette');

    const page = await s.openFixture('https://x.com/AcmeSupport/status/1860000000000000001?third', 'sites/x/status.html');
    const panel = await s.openPanel(await s.tabIdOf(page));
    // Every view says a pack was refused; its details are under Settings.
    await expect.poll(() => panel.getByTestId('pack-notice').textContent(), { timeout: 10_000 }).toContain('Parley starter netiquette 1.0.0');
    await panel.getByTestId('pack-notice-details').click();
    await expect.poll(() => panel.getByTestId('pack-error').textContent(), { timeout: 10_000 }).toContain('examples › bad');
    expect(await panel.getByTestId('pack-name').textContent()).toBe('Parley starter netiquette');
  });
});
