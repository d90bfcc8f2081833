import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { starterPackJson } from '../../src/core/pack/starter/index';
import type { TabState } from '../../src/message-views';
import { launch, type Session } from './harness';
import { askTab, stateText } from './editors-helpers';

/** The organisation's own accounts, one per platform, as a brand lead would list them in the pack. */
const ACCOUNTS = [
  { platform: 'x', handle: 'AcmeSupport' },
  { platform: 'facebook', handle: 'AcmeParcels' },
  { platform: 'instagram', handle: 'acme.parcels' },
  { platform: 'linkedin', handle: 'acme-parcels' },
  { platform: 'youtube', handle: '@AcmeParcels' },
  { platform: 'reddit', handle: 'AcmeParcels' },
];

interface SiteCase {
  site: string;
  url: string;
  file: string;
  adapter: string;
  /** id → author name, in page order. */
  authors: Record<string, string>;
  /** The comment one of our accounts answered. */
  answered?: string;
}

const SITES: SiteCase[] = [
  {
    site: 'X',
    url: 'https://x.com/AcmeSupport/status/1860000000000000001',
    file: 'sites/x/status.html',
    adapter: 'x',
    authors: {
      '1860000000000000001': 'Acme Support',
      '1860000000000000002': 'Maria Lindqvist',
      '1860000000000000005': 'Acme Support',
      '1860000000000000003': 'Jonas Weber',
      '1860000000000000004': 'Sam & Co',
      '1860000000000000006': 'Priya Nair',
    },
    answered: '1860000000000000002',
  },
  {
    site: 'X, late 2025 markup (focused tweet quoting a post)',
    url: 'https://x.com/AcmeSupport/status/1990000000000000001',
    file: 'sites/x/status-2025.html',
    adapter: 'x',
    authors: {
      '1990000000000000001': 'Acme Support',
      '1990000000000000002': 'Nora K',
      '1990000000000000003': 'Acme Support',
      '1990000000000000004': 'Ben O',
    },
    answered: '1990000000000000002',
  },
  {
    site: 'Facebook',
    url: 'https://www.facebook.com/AcmeParcels/posts/pfbid02Acme7Tracker',
    file: 'sites/facebook/post.html',
    adapter: 'facebook',
    authors: { '1051': 'Maria Lindqvist', '1052': 'Acme Parcels', '1053': 'Jonas Weber', '1054': 'Priya Nair' },
    answered: '1051',
  },
  {
    site: 'Instagram',
    url: 'https://www.instagram.com/p/C9xTrackr01/',
    file: 'sites/instagram/post.html',
    adapter: 'instagram',
    authors: { '17890000000000001': 'maria_l', '17890000000000002': 'acme.parcels', '17890000000000003': 'jonas.weber' },
    answered: '17890000000000001',
  },
  {
    site: 'Facebook (2025 group post)',
    url: 'https://www.facebook.com/groups/acmeparcelsfans/posts/31250000000000001/',
    file: 'sites/facebook/post-2025.html',
    adapter: 'facebook',
    authors: { '31250000000000101': 'Maria Lindqvist', '31250000000000102': 'Acme Parcels', '31250000000000103': 'Jonas Weber', '31250000000000104': 'Priya Nair' },
    answered: '31250000000000101',
  },
  {
    site: 'Facebook (base64 comment ids, a sticker comment)',
    url: 'https://www.facebook.com/groups/acmeparcelsfans/posts/31250000000000001/?ids=base64',
    file: 'sites/facebook/post-base64.html',
    adapter: 'facebook',
    authors: {
      '31250000000000101': 'Maria Lindqvist',
      '31250000000000102': 'Acme Parcels',
      '31250000000000103': 'Jonas Weber',
      '31250000000000104': 'Priya Nair',
      '31250000000000105': 'Sam Okafor',
    },
    answered: '31250000000000101',
  },
  {
    site: 'Instagram (2025 markup)',
    url: 'https://www.instagram.com/p/C9xTrackr01/?markup=2025',
    file: 'sites/instagram/post-2025.html',
    adapter: 'instagram',
    authors: { '17890000000000001': 'maria_l', '17890000000000002': 'acme.parcels', '17890000000000003': 'jonas.weber' },
    answered: '17890000000000001',
  },
  {
    site: 'LinkedIn',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/',
    file: 'sites/linkedin/post.html',
    adapter: 'linkedin',
    authors: {
      'urn:li:comment:(activity:7260000000000000001,7260000000000000101)': 'Maria Lindqvist',
      'urn:li:comment:(activity:7260000000000000001,7260000000000000102)': 'Acme Parcels',
      'urn:li:comment:(activity:7260000000000000001,7260000000000000103)': 'Jonas Weber',
      'urn:li:comment:(activity:7260000000000000001,7260000000000000104)': 'Priya Nair',
    },
    answered: 'urn:li:comment:(activity:7260000000000000001,7260000000000000101)',
  },
  {
    site: 'LinkedIn (Ember DOM, 2026)',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/?dom=2026',
    file: 'sites/linkedin/post-2026.html',
    adapter: 'linkedin',
    authors: {
      'urn:li:comment:(activity:7260000000000000001,7260000000000000101)': 'Maria Lindqvist',
      'urn:li:comment:(activity:7260000000000000001,7260000000000000102)': 'Acme Parcels',
      'urn:li:comment:(activity:7260000000000000001,7260000000000000103)': 'Jonas Weber',
    },
    answered: 'urn:li:comment:(activity:7260000000000000001,7260000000000000101)',
  },
  {
    site: 'LinkedIn (newer DOM)',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/?dom=sdui',
    file: 'sites/linkedin/post-sdui.html',
    adapter: 'linkedin',
    authors: {
      'urn:li:comment:(urn:li:activity:7260000000000000001,7260000000000000101)': 'Maria Lindqvist',
      'urn:li:comment:(urn:li:activity:7260000000000000001,7260000000000000102)': 'Acme Parcels',
      'urn:li:comment:(urn:li:activity:7260000000000000001,7260000000000000103)': 'Jonas Weber',
      'urn:li:comment:(urn:li:activity:7260000000000000001,7260000000000000104)': 'Priya Nair',
    },
    answered: 'urn:li:comment:(urn:li:activity:7260000000000000001,7260000000000000101)',
  },
  {
    site: 'YouTube',
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    file: 'sites/youtube/watch.html',
    adapter: 'youtube',
    authors: {
      UgxMaria9days4AaABAg: '@maria_l',
      'UgxMaria9days4AaABAg.A1AcmeReply01': '@AcmeParcels',
      UgwJonasAustria4AaABAg: '@jonasweber',
      UgzPriyaLong4AaABAg: '@priya_n',
    },
    answered: 'UgxMaria9days4AaABAg',
  },
  {
    site: "YouTube, 2025 markup (the creator's pinned comment)",
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    file: 'sites/youtube/watch-2025.html',
    adapter: 'youtube',
    authors: { UgzPinnedCreator00AaABAg: '@AcmeParcels', UgwMariaThread0000AaABAg: '@maria-lindqvist', UgxJonasThread0000AaABAg: '@jonasweber' },
  },
  {
    site: 'Reddit',
    url: 'https://www.reddit.com/r/acme/comments/1abcde/our_new_delivery_tracker_is_live/',
    file: 'sites/reddit/post.html',
    adapter: 'reddit',
    authors: { t1_kabc01: 'maria_l', t1_kabc02: 'AcmeParcels', t1_kabc03: 'jweber', t1_kabc05: 'samco' },
    answered: 't1_kabc01',
  },
  {
    site: 'Reddit (light-DOM comments)',
    url: 'https://www.reddit.com/r/acme/comments/1abcde/our_new_delivery_tracker_is_live/?dom=light',
    file: 'sites/reddit/post-light.html',
    adapter: 'reddit',
    authors: { t1_kabc01: 'maria_l', t1_kabc02: 'AcmeParcels', t1_kabc03: 'jweber', t1_kabc05: 'samco' },
    answered: 't1_kabc01',
  },
  {
    site: 'old Reddit',
    url: 'https://old.reddit.com/r/acme/comments/1abcde/our_new_delivery_tracker_is_live/',
    file: 'sites/reddit-old/comments.html',
    adapter: 'reddit-old',
    authors: { t1_kabc01: 'maria_l', t1_kabc02: 'AcmeParcels', t1_kabc03: 'jweber', t1_kabc05: 'samco' },
    answered: 't1_kabc01',
  },
  {
    site: 'XING',
    url: 'https://www.xing.com/news/articles/acme-tracker-1001',
    file: 'sites/xing/article.html',
    adapter: 'xing',
    authors: { '2001': 'Maria Lindqvist', '2002': 'Acme Parcels', '2003': 'Jonas Weber' },
  },
];

describe('comment detection on each site, in Chromium with the built extension', () => {
  let s: Session;
  let messenger: Page;

  const tabState = (tabId: number): Promise<TabState> =>
    messenger.evaluate((id) => chrome.runtime.sendMessage({ parley: 1, kind: 'tab/get', payload: { tabId: id } }), tabId);

  const importPack = async (extra: Record<string, unknown>) => {
    const pack = { ...(starterPackJson as Record<string, unknown>), id: 'acme', name: 'Acme house voice', version: '2026.11.1', ...extra };
    const result = await messenger.evaluate(
      (text) => chrome.runtime.sendMessage({ parley: 1, kind: 'pack/import', payload: { text, source: 'acme.json' } }),
      JSON.stringify(pack),
    );
    expect(result).toEqual({ ok: true, problems: [] });
  };

  /** Poll the worker's state for the tab until `ready` holds. */
  async function settle(page: Page, ready: (state: TabState) => boolean): Promise<TabState> {
    const tabId = await s.tabIdOf(page);
    let state = await tabState(tabId);
    await expect.poll(async () => ready((state = await tabState(tabId))), { timeout: 15_000 }).toBe(true);
    return state;
  }

  beforeAll(async () => {
    s = await launch();
    messenger = await s.openOptions();
    await importPack({ accounts: ACCOUNTS });
  });
  afterAll(async () => {
    await s?.close();
  });

  it.each(SITES)('$site: every comment with its author, and the one we answered', async (c) => {
    const page = await s.openFixture(c.url, c.file);
    const ids = Object.keys(c.authors);
    const state = await settle(page, (st) => st.queue.length === ids.length);
    expect(state.adapter).toEqual({ id: c.adapter, status: 'ok', failed: [] });
    const got = Object.fromEntries(state.queue.map((q) => [q.comment.id, q.comment.author.name]));
    expect(got).toEqual(c.authors);
    const answered = state.queue.filter((q) => q.answered).map((q) => q.comment.id);
    expect(answered).toEqual(c.answered ? [c.answered] : []);
    // The answered comment no longer asks for an answer; our own never do.
    for (const q of state.queue) if (q.answered || q.comment.own) expect(q.needsAnswer).toBe(false);
    await page.close();
  });

  it('X: a reply that only quotes a post says nothing of its own: neither the quoted words nor its "Show more"', async () => {
    const page = await s.openFixture('https://x.com/AcmeSupport/status/1990000000000000001?quote-reply', 'sites/x/status-quote-reply.html');
    const state = await settle(page, (st) => st.queue.length === 5);
    const ben = state.queue.find((q) => q.comment.id === '1990000000000000004')!.comment;
    expect([ben.author.name, ben.text, ben.truncated ?? false, ben.parentId]).toEqual(['Ben O', '', false, '1990000000000000001']);
    await page.close();
  });

  it('X: a comment the growing feed adds later is read and classified', async () => {
    const page = await s.openFixture('https://x.com/AcmeSupport/status/1860000000000000001?grows', 'sites/x/status.html');
    await settle(page, (st) => st.queue.length === 6);
    await page.evaluate(() => {
      const list = document.querySelector('[aria-label="Timeline: Conversation"] > div')!;
      const cell = document.querySelector('article[data-testid="tweet"][tabindex="0"]')!.closest('[data-testid="cellInnerDiv"]')!;
      const copy = cell.cloneNode(true) as Element;
      copy.querySelector('a[href*="/status/"]:has(> time)')!.setAttribute('href', '/late/status/1860000000000000099');
      copy.querySelector('[data-testid="tweetText"]')!.textContent = 'Is anyone there? I need my parcel today!';
      list.append(copy);
    });
    const state = await settle(page, (st) => st.queue.length === 7);
    const late = state.queue.find((q) => q.comment.id === '1860000000000000099');
    expect(late?.comment.text).toBe('Is anyone there? I need my parcel today!');
    expect(late?.needsAnswer).toBe(true);
    await page.close();
  });

  it('X: on a long thread, only the comments near the screen are read until the side panel shows the tab; then all of them', async () => {
    const page = await s.openFixture('https://x.com/AcmeSupport/status/1860000000000000001?long', 'sites/x/status.html');
    const tabId = await s.tabIdOf(page);
    await page.evaluate(() => {
      const list = document.querySelector('[aria-label="Timeline: Conversation"] > div')!;
      const cell = document.querySelector('article[data-testid="tweet"][tabindex="0"]')!.closest('[data-testid="cellInnerDiv"]')!;
      // As X lays out a thread: each cell placed below the one before.
      for (let i = 0; i < 300; i++) {
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.style.transform = `translateY(${1200 + i * 140}px)`;
        copy.querySelector('a[href*="/status/"]:has(> time)')!.setAttribute('href', `/reader${i}/status/${1880000000000000000n + BigInt(i)}`);
        list.append(copy);
      }
      (list as HTMLElement).style.minHeight = `${1200 + 300 * 140}px`;
    });
    // What the worker holds for the tab (its stored comment chunks), without asking as the panel does.
    const held = () =>
      s.worker.evaluate(async (id) => {
        const all = await chrome.storage.session.get(null);
        return Object.entries(all).flatMap(([key, value]) => (key.startsWith(`tab:${id}:c`) ? (value as Array<{ id: string }>).map((c) => c.id) : []));
      }, tabId);
    await expect.poll(async () => (await held()).includes('1860000000000000002'), { timeout: 15_000 }).toBe(true);
    await page.waitForTimeout(1_500);
    const nearOnly = await held();
    expect(nearOnly.length).toBeLessThan(100);
    expect(nearOnly).not.toContain('1880000000000000299');

    // Scrolling to the end brings the last comments near: they are read.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await held()).includes('1880000000000000299'), { timeout: 15_000 }).toBe(true);
    expect((await held()).length).toBeLessThan(200);

    // The panel asks for the tab's queue: every comment is read.
    const state = await settle(page, (st) => st.queue.length === 306);
    expect(state.queue.map((q) => q.comment.id)).toContain('1880000000000000150');
    await page.close();
  });

  it('X: navigating without a reload starts the page over with the new thread', async () => {
    const page = await s.openFixture('https://x.com/AcmeSupport/status/1860000000000000001?spa', 'sites/x/status.html');
    await settle(page, (st) => st.queue.length === 6);
    await page.evaluate(() => {
      history.pushState({}, '', '/jweber/status/1870000000000000001');
      const articles = [...document.querySelectorAll('article[data-testid="tweet"]')];
      articles.slice(2).forEach((a) => a.closest('[data-testid="cellInnerDiv"]')!.remove());
      articles.slice(0, 2).forEach((a, i) => {
        const id = `187000000000000000${i + 1}`;
        a.querySelector('a[href*="/status/"]:has(> time)')!.setAttribute('href', `/jweber/status/${id}`);
      });
    });
    const state = await settle(page, (st) => st.url?.includes('/jweber/status/1870000000000000001') === true && st.queue.length === 2);
    expect(state.queue.map((q) => q.comment.id).sort()).toEqual(['1870000000000000001', '1870000000000000002']);
    await page.close();
  });

  /** Sites that change the URL without a reload (besides X, above), and a thread path on each to go to. */
  const SPA_SITES = [
    { site: 'YouTube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&spa', file: 'sites/youtube/watch.html', next: '/watch?v=9bZkp7q19f0' },
    { site: 'Reddit', url: 'https://www.reddit.com/r/acme/comments/1abcde/our_new_delivery_tracker_is_live/?spa', file: 'sites/reddit/post.html', next: '/r/acme/comments/1fghij/weekend_deliveries/' },
    { site: 'LinkedIn', url: 'https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/?spa', file: 'sites/linkedin/post.html', next: '/feed/update/urn:li:activity:7260000000000000999/' },
    { site: 'Facebook', url: 'https://www.facebook.com/AcmeParcels/posts/pfbid02Acme7Tracker?spa', file: 'sites/facebook/post.html', next: '/AcmeParcels/posts/pfbid02Acme8Weekend' },
    { site: 'Instagram', url: 'https://www.instagram.com/p/C9xTrackr01/?spa', file: 'sites/instagram/post.html', next: '/p/C9xWeekend02/' },
  ];

  it.each(SPA_SITES)('$site: navigating without a reload starts the page over and reads it again', async (c) => {
    const page = await s.openFixture(c.url, c.file);
    const count = Object.keys(SITES.find((x) => x.file === c.file)!.authors).length;
    const before = await settle(page, (st) => st.queue.length === count);
    await page.evaluate((next) => history.pushState({}, '', next), c.next);
    // Nothing in the page changed: only starting over sends the new address, with every comment read again.
    const after = await settle(page, (st) => st.url?.endsWith(c.next) === true && st.queue.length === count);
    expect(after.queue.map((q) => q.comment.id).sort()).toEqual(before.queue.map((q) => q.comment.id).sort());
    await page.close();
  });

  it('LinkedIn (newer DOM): a reply listed beside its comment answers that comment, and a "… more" comment is marked cut', async () => {
    const page = await s.openFixture('https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/?dom=sdui&thread', 'sites/linkedin/post-sdui.html');
    const state = await settle(page, (st) => st.queue.length === 4);
    const urn = (n: number) => `urn:li:comment:(urn:li:activity:7260000000000000001,726000000000000010${n})`;
    const got = Object.fromEntries(state.queue.map((q) => [q.comment.id, [q.comment.parentId, q.comment.depth, !!q.comment.truncated]]));
    expect(got).toEqual({
      [urn(1)]: [undefined, 0, false],
      [urn(2)]: [urn(1), 1, false],
      [urn(3)]: [undefined, 0, false],
      [urn(4)]: [undefined, 0, true],
    });
    await page.close();
  });

  it("LinkedIn (newer DOM): a comment's reply box is its Tiptap editor, and a template lands in that editor's state", async () => {
    const page = await s.openFixture('https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/?dom=sdui&reply', 'sites/linkedin/post-sdui.html');
    const tabId = await s.tabIdOf(page);
    await settle(page, (st) => st.queue.length === 4);
    await page.locator('button[data-fixture-opens="#li-reply-7260000000000000103"]').click();
    const jonas = 'urn:li:comment:(urn:li:activity:7260000000000000001,7260000000000000103)';
    const composer = await settle(page, (st) => st.composer?.replyTo === jonas);
    expect(composer.composer).toMatchObject({ editor: 'prosemirror', replyTo: jonas });
    expect(composer.composer?.label).toContain('@jonas-weber-77');

    const text = 'Hi Jonas, yes: the tracker covers Austria too.';
    expect(await askTab(messenger, tabId, 'editor/insert', { text, mode: 'replace' })).toMatchObject({ ok: true });
    expect(await stateText(page, 'li-reply-7260000000000000103-editor')).toBe(text);
    expect(await page.locator('#li-reply-7260000000000000103-send').isEnabled()).toBe(true);
    expect(await stateText(page, 'li-comment-editor')).toBe('');
    await page.close();
  });

  it("Instagram (2025 markup): the Reply in a comment binds the post's textarea to that comment, and a template lands in the textarea's state", async () => {
    const page = await s.openFixture('https://www.instagram.com/p/C9xTrackr01/?markup=2025&reply', 'sites/instagram/post-2025.html');
    const tabId = await s.tabIdOf(page);
    await settle(page, (st) => st.queue.length === 3);
    const jonas = '17890000000000003';
    // Instagram's Reply puts the caret in the one comment box below the list.
    await page.locator('div:has(> span > a[href*="/c/17890000000000003/"] > time)').locator('xpath=../../..').locator('div[role="button"]', { hasText: 'Reply' }).click();
    await page.locator('#ig-comment textarea').click();
    const composer = await settle(page, (st) => st.composer?.replyTo === jonas);
    expect(composer.composer).toMatchObject({ editor: 'textarea', replyTo: jonas });

    const text = 'Hi Jonas, yes: the tracker covers Austria too.';
    expect(await askTab(messenger, tabId, 'editor/insert', { text, mode: 'replace' })).toMatchObject({ ok: true });
    expect(await stateText(page, 'ig-comment')).toBe(text);
    expect(await page.locator('#ig-post-send-button').isEnabled()).toBe(true);
    await page.close();
  });

  it("Reddit (light-DOM comments): the Reply in a comment's loaded action row opens its box inside that comment, and a template lands in the Lexical editor's state", async () => {
    const page = await s.openFixture('https://www.reddit.com/r/acme/comments/1abcde/our_new_delivery_tracker_is_live/?dom=light&reply', 'sites/reddit/post-light.html');
    const tabId = await s.tabIdOf(page);
    await settle(page, (st) => st.queue.length === 4);
    await page.locator('button[data-fixture-opens="#rd-reply-kabc03"]').click();
    const composer = await settle(page, (st) => st.composer?.replyTo === 't1_kabc03');
    expect(composer.composer).toMatchObject({ editor: 'lexical', replyTo: 't1_kabc03' });

    const text = 'Hi Jonas, yes: the tracker covers Austria too.';
    expect(await askTab(messenger, tabId, 'editor/insert', { text, mode: 'replace' })).toMatchObject({ ok: true });
    expect(await stateText(page, 'rd-reply-kabc03-editor')).toBe(text);
    expect(await page.locator('#rd-reply-kabc03-editor-send').isEnabled()).toBe(true);
    await page.close();
  });

  it('Reddit: a redesign that renames the comment element shows as "missing", and a pack fix brings the comments back', async () => {
    const redesigned = readFileSync(resolve(import.meta.dirname, '../fixtures/sites/reddit/post.html'), 'utf8').replaceAll('shreddit-comment ', 'shreddit-comment-v2 ').replaceAll('</shreddit-comment>', '</shreddit-comment-v2>');
    const url = 'https://www.reddit.com/r/acme/comments/2redes/after_the_redesign/';
    await s.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: redesigned }));
    const page = await s.context.newPage();
    await page.goto(url);
    const broken = await settle(page, (st) => st.adapter?.status === 'missing');
    expect(broken.adapter).toEqual({ id: 'reddit', status: 'missing', failed: ['comment'] });
    expect(broken.queue).toEqual([]);

    await importPack({ accounts: ACCOUNTS, sites: { reddit: { comment: 'shreddit-comment-v2[thingid]' } } });
    await page.reload();
    const fixed = await settle(page, (st) => st.queue.length === 4);
    expect(fixed.adapter).toEqual({ id: 'reddit', status: 'ok', failed: [] });
    expect(fixed.queue.find((q) => q.comment.id === 't1_kabc01')?.answered).toBe(true);
    await page.close();
  });
});
