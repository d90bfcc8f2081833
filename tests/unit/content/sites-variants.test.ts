// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../src/content/sites';
import { byId, loadFixture, readPage } from './fixture-dom';
import { CommentTracker } from '../../../src/content/comment-tracker';

/** id → [author name, handle, parent id, depth, own] */
type Row = [string, string | undefined, string | undefined, number, boolean];
const rows = (comments: ReturnType<typeof readPage>['comments']) => Object.fromEntries(comments.map((x) => [x.id, [x.author.name, x.author.handle, x.parentId, x.depth, x.own] as Row]));

describe('Mastodon 4.4/4.5 markup', () => {
  const URL = 'https://mastodon.social/@acme/113500000000000001';
  const OWN = ['@acme@mastodon.social'];

  it('reads the focused status without a data-id (its id from its permalink) and chains replies by the real list classes', () => {
    loadFixture('mastodon/thread-4.5.html', URL);
    const adapter = adapterFor(location, document);
    expect(adapter.name).toBe('mastodon');
    const { comments } = readPage(adapter, OWN);
    expect(rows(comments)).toEqual({
      '113500000000000001': ['Acme Parcels', '@acme@mastodon.social', undefined, 0, true],
      // The first reply below the focused status has no status--first-in-thread: it still answers the focused one.
      '113500000000000002': ['Maria', '@maria@example.social', '113500000000000001', 1, false],
      '113500000000000005': ['Acme Parcels', '@acme', '113500000000000002', 1, true],
      '113500000000000003': ['Jonas Weber', '@jonas@chaos.social', '113500000000000001', 1, false],
      '113500000000000004': ['Priya', '@priya@fosstodon.org', '113500000000000001', 1, false],
    });
    const got = byId(comments);
    expect(got.get('113500000000000001')).toMatchObject({ permalink: 'https://mastodon.social/@acme/113500000000000001', time: '2026-11-23T09:12:00.000Z' });
    expect(got.get('113500000000000002')).toMatchObject({ permalink: 'https://mastodon.social/@maria@example.social/113500000000000002', time: '2026-11-23T09:30:00.000Z' });
    // The quoted post inside Jonas's reply is not a comment, and its text is not his.
    expect(got.get('113500000000000003')?.text).toBe('@acme does the tracker work for orders to Austria too?');
    expect(got.get('113500000000000003')?.time).toBe('2026-11-23T09:41:00.000Z');
    expect(comments.filter((c) => c.truncated).map((c) => c.id)).toEqual(['113500000000000004']);
  });

  it('reports the adapter healthy on it', () => {
    loadFixture('mastodon/thread-4.5.html', URL);
    const { tracker } = readPage(adapterFor(location, document), OWN);
    expect(tracker.status(true, true)).toMatchObject({ status: 'ok', failed: [] });
  });

  it('still reads the older fixture whose focused status carries a data-id', () => {
    loadFixture('mastodon/thread.html', URL);
    const { comments } = readPage(adapterFor(location, document), OWN);
    expect(comments.map((c) => [c.id, c.parentId])).toEqual([
      ['113500000000000001', undefined],
      ['113500000000000002', '113500000000000001'],
      ['113500000000000005', '113500000000000002'],
      ['113500000000000003', '113500000000000001'],
      ['113500000000000004', '113500000000000001'],
    ]);
  });
});

describe('new Reddit, light-DOM comments (details › summary / comment-main-grid)', () => {
  const URL = 'https://www.reddit.com/r/acme/comments/1abcde/our_new_delivery_tracker_is_live/';

  it('reads each comment’s own body and time, not a nested reply’s; top-level comments answer the post', () => {
    loadFixture('reddit/post-light.html', URL);
    const adapter = adapterFor(location, document);
    expect(adapter.name).toBe('reddit');
    const { comments } = readPage(adapter, ['@acmeparcels']);
    expect(rows(comments)).toEqual({
      t1_kabc01: ['maria_l', '@maria_l', 't3_1abcde', 0, false],
      t1_kabc02: ['AcmeParcels', '@AcmeParcels', 't1_kabc01', 1, true],
      t1_kabc03: ['jweber', '@jweber', 't3_1abcde', 0, false],
      t1_kabc05: ['samco', '@samco', 't1_kabc04', 1, false],
    });
    const got = byId(comments);
    expect(got.get('t1_kabc01')).toMatchObject({
      text: 'My parcel has been stuck for 9 days and nobody answers my emails. Where is it?? 😡',
      time: '2026-11-23T09:30:00.000Z',
      permalink: 'https://www.reddit.com/r/acme/comments/1abcde/our_new_delivery_tracker_is_live/comment/kabc01/',
    });
    expect(got.get('t1_kabc02')?.time).toBe('2026-11-23T09:50:00.000Z');
    expect(got.get('t1_kabc05')?.text).toBe('Love it, finally! <script>alert(1)</script> click');
  });

  it('reports text, permalink and time found', () => {
    loadFixture('reddit/post-light.html', URL);
    const { tracker } = readPage(adapterFor(location, document), ['@acmeparcels']);
    expect(tracker.status(true, true)).toMatchObject({ status: 'ok', failed: [] });
  });
});

describe('YouTube reply ids', () => {
  it('takes a reply’s depth and thread from its "<thread>.<reply>" lc id, whatever element holds the replies', () => {
    loadFixture('youtube/watch.html', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    // A renamed replies container (as if ytd-comment-replies-renderer became something else).
    for (const box of document.querySelectorAll('ytd-comment-replies-renderer')) {
      const renamed = document.createElement('div');
      renamed.append(...box.childNodes);
      box.replaceWith(renamed);
    }
    const { comments } = readPage(adapterFor(location, document), ['@acmeparcels']);
    expect(byId(comments).get('UgxMaria9days4AaABAg.A1AcmeReply01')).toMatchObject({ depth: 1, parentId: 'UgxMaria9days4AaABAg', own: true });
    expect(byId(comments).get('UgxMaria9days4AaABAg')).toMatchObject({ depth: 0 });
  });
});

describe('X: recommended posts below the replies', () => {
  const URL = 'https://x.com/AcmeSupport/status/1860000000000000001';

  /** The heading cell X puts after the replies ("Discover more" in the UI's language), then `count` recommended posts. */
  function addRecommendations(count: number): void {
    const list = document.querySelector('[aria-label="Timeline: Conversation"] > div')!;
    const tweetCell = document.querySelector('article[data-testid="tweet"][tabindex="0"]')!.closest('[data-testid="cellInnerDiv"]')!;
    list.insertAdjacentHTML('beforeend', '<div data-testid="cellInnerDiv"><div><div><h2 dir="ltr" role="heading" aria-level="2"><span>Mehr entdecken</span></h2></div></div></div>');
    for (let i = 0; i < count; i++) {
      const cell = tweetCell.cloneNode(true) as Element;
      cell.querySelector('a[href*="/status/"]:has(> time)')!.setAttribute('href', `/someone${i}/status/${1990000000000000000n + BigInt(i)}`);
      list.append(cell);
    }
  }

  it('are not read as replies, also once the heading has left the DOM', () => {
    loadFixture('x/status.html', URL);
    const replies = readPage(adapterFor(location, document)).comments.map((c) => c.id);
    addRecommendations(3);
    const { comments } = readPage(adapterFor(location, document));
    expect(comments.map((c) => c.id)).toEqual(replies);

    // X renders only the cells near the screen: scrolled on, the heading is gone, the posts go on.
    const tracker = new CommentTracker(adapterFor(location, document), location, new Set());
    tracker.noteAll(document);
    tracker.work(() => false);
    document.querySelector('h2[role="heading"]')!.closest('[data-testid="cellInnerDiv"]')!.remove();
    const later = document.querySelector('article[data-testid="tweet"][tabindex="0"]')!.closest('[data-testid="cellInnerDiv"]')!.cloneNode(true) as Element;
    later.querySelector('a[href*="/status/"]:has(> time)')!.setAttribute('href', '/late/status/1990000000000000099');
    document.querySelector('[aria-label="Timeline: Conversation"] > div')!.append(later);
    tracker.noteAdded(later);
    expect(tracker.work(() => false).comments).toEqual([]);
  });
});
