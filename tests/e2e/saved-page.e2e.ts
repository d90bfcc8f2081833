import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import type { TabState } from '../../src/message-views';
import { launch, type Session } from './harness';

const THREAD = 'https://x.com/AcmeSupport/status/1860000000000000001';
const FIXTURE = resolve(import.meta.dirname, '../fixtures/sites/x/status.html');

/**
 * A thread saved from X with Chrome's "Save page as…" and opened from disk. Chrome runs
 * extensions on file:// pages only once the person switches on "Allow access to file URLs" for
 * them in chrome://extensions; automation flips that switch through the page's own
 * developerPrivate API, which reloads the extension as the switch does.
 */
describe('a page saved from a site and opened from disk, in Chromium', () => {
  let s: Session;
  let worker: Worker;
  let messenger: Page;
  let dir: string;

  const tabState = (id: number): Promise<TabState> =>
    messenger.evaluate((t) => chrome.runtime.sendMessage({ parley: 1, kind: 'tab/get', payload: { tabId: t } }), id);

  beforeAll(async () => {
    s = await launch();
    const extensions = await s.context.newPage();
    await extensions.goto('chrome://extensions');
    const error = await extensions.evaluate(
      (extensionId) =>
        new Promise<string | null>((done) => {
          const api = (chrome as unknown as { developerPrivate: { updateExtensionConfiguration(c: object, cb: () => void): void } }).developerPrivate;
          api.updateExtensionConfiguration({ extensionId, fileAccess: true }, () => done(chrome.runtime.lastError?.message ?? null));
        }),
      s.extensionId,
    );
    expect(error).toBeNull();
    // The switch restarts the extension: talk to whichever worker runs it now.
    for (let tries = 0; ; tries++) {
      worker = s.context.serviceWorkers().find((w) => w.url().includes(s.extensionId)) ?? s.worker;
      if ((await worker.evaluate(() => chrome.runtime.id).catch(() => null)) === s.extensionId) break;
      if (tries > 50) throw new Error('the extension did not come back after allowing file access');
      await extensions.waitForTimeout(200);
    }
    await extensions.close();
    messenger = await s.openOptions();
    dir = mkdtempSync(join(tmpdir(), 'parley-saved-'));
  });
  afterAll(async () => {
    await s?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Open a saved copy of the X thread from disk and expect it read as X, with x.com's links. */
  async function expectReadAsX(file: string): Promise<void> {
    const page = await s.context.newPage();
    await page.goto(`file://${file}`);
    await page.bringToFront();
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);

    await expect.poll(async () => (await tabState(tabId)).queue.length, { timeout: 15_000 }).toBe(6);
    const state = await tabState(tabId);
    expect([state.platform, state.adapter?.id, state.adapter?.status]).toEqual(['x', 'x', 'ok']);
    const maria = state.queue.find((q) => q.comment.id === '1860000000000000002')!;
    expect([maria.comment.author.handle, maria.comment.permalink, maria.comment.parentId]).toEqual([
      '@maria_l',
      'https://x.com/maria_l/status/1860000000000000002',
      '1860000000000000001',
    ]);
    expect(state.queue.find((q) => q.comment.id === '1860000000000000003')?.needsAnswer).toBe(true);

    const panel = await s.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('comment-count').textContent({ timeout: 1_000 }).catch(() => null), { timeout: 15_000 }).toBe('6');
    await Promise.all([panel.close(), page.close()]);
  }

  it("is read by X's adapter, its links relative to x.com resolved there", async () => {
    const file = join(dir, 'AcmeSupport on X.html');
    // Chrome writes this mark at the top of a saved page; the page's links stay relative to x.com.
    writeFileSync(file, `<!-- saved from url=(${String(THREAD.length).padStart(4, '0')})${THREAD} -->\n${readFileSync(FIXTURE, 'utf8')}`);
    await expectReadAsX(file);
  });

  it('is read when saved as a single file (MHTML), which Chrome opens sandboxed, without scripts', async () => {
    // Saved by Chrome itself: the snapshot "Save page as… Webpage, Single File" writes.
    const live = await s.context.newPage();
    await s.context.route(THREAD, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(FIXTURE, 'utf8') }));
    await live.goto(THREAD);
    const cdp = await s.context.newCDPSession(live);
    const { data } = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
    await live.close();
    const file = join(dir, 'AcmeSupport on X.mhtml');
    writeFileSync(file, data);
    await expectReadAsX(file);
  });
});
