// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../src/content/sites';
import { byId, loadFixture, readPage, rows } from './fixture-dom';
import { CommentTracker } from '../../../src/content/comment-tracker';


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

describe('LinkedIn newer DOM: replies beside their comment', () => {
  const URL = 'https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/';
  const urn = (n: number) => `urn:li:comment:(urn:li:activity:7260000000000000001,72600000000000001${String(n).padStart(2, '0')})`;
  const keyed = (n: number) => document.querySelector(`[componentkey="replaceableComment_${urn(n)}"]`)!;

  /** Another reply after `after`, with its own URN, author and text. */
  function addReply(after: Element, n: number, author: string, text: string): void {
    const reply = keyed(2).cloneNode(true) as Element;
    for (const el of [reply, ...reply.querySelectorAll('[componentkey]')]) el.setAttribute('componentkey', el.getAttribute('componentkey')!.replace(urn(2), urn(n)));
    reply.id = `replaceableComment_${urn(n)}`;
    for (const a of reply.querySelectorAll('a[data-view-name^="reply-actor-"]')) a.setAttribute('href', `https://www.linkedin.com/in/${author.toLowerCase().replace(' ', '-')}/`);
    reply.querySelector('a[data-view-name="reply-actor-description"] p')!.textContent = author;
    reply.querySelector('[data-testid="expandable-text-box"]')!.textContent = text;
    after.after(reply);
  }

  it('gives every reply in a thread the comment it follows, also a reply to a reply (LinkedIn has one level)', () => {
    loadFixture('linkedin/post-sdui.html', URL);
    addReply(keyed(2), 5, 'Maria Lindqvist', 'Thanks, got it!');
    const { comments } = readPage(adapterFor(location, document), ['@acme-parcels']);
    const got = Object.fromEntries(comments.map((x) => [x.id, [x.author.handle, x.parentId, x.depth, x.own]]));
    expect(got).toEqual({
      [urn(1)]: ['@maria-lindqvist', undefined, 0, false],
      [urn(2)]: ['@acme-parcels', urn(1), 1, true],
      [urn(5)]: ['@maria-lindqvist', urn(1), 1, false],
      [urn(3)]: ['@jonas-weber-77', undefined, 0, false],
      [urn(4)]: ['@priya-nair', undefined, 0, false],
    });
  });

  it('still reads a reply nested inside its comment, each with its own author and text', () => {
    loadFixture('linkedin/post-sdui.html', URL);
    keyed(1).append(keyed(2));
    const { comments } = readPage(adapterFor(location, document), ['@acme-parcels']);
    expect(byId(comments).get(urn(2))).toMatchObject({ parentId: urn(1), depth: 1, own: true, author: { name: 'Acme Parcels' } });
    expect(byId(comments).get(urn(1))).toMatchObject({ depth: 0, own: false, author: { name: 'Maria Lindqvist', handle: '@maria-lindqvist' } });
    expect(byId(comments).get(urn(1))?.text).toBe('Our shipment has been stuck for 9 days and nobody answers our emails. Who can help?');
    expect(byId(comments).get(urn(1))?.parentId).toBeUndefined();
  });

  it('gives a reply whose comment the list has dropped (scrolled far above) no parent, and keeps the next thread apart', () => {
    loadFixture('linkedin/post-sdui.html', URL);
    keyed(1).remove();
    addReply(keyed(3), 5, 'Acme Parcels', 'Yes, Austria too.');
    const { comments } = readPage(adapterFor(location, document), ['@acme-parcels']);
    expect(byId(comments).get(urn(2))).toMatchObject({ depth: 1, own: true });
    expect(byId(comments).get(urn(2))?.parentId).toBeUndefined();
    expect(byId(comments).get(urn(5))).toMatchObject({ parentId: urn(3), depth: 1 });
    expect(byId(comments).get(urn(4))?.parentId).toBeUndefined();
  });

  it('reads "… more" inside the text as truncation, and the expanded text as whole', () => {
    loadFixture('linkedin/post-sdui.html', URL);
    const button = keyed(4).querySelector('button[data-testid="expandable-text-button"]')!;
    expect(readPage(adapterFor(location, document)).comments.filter((x) => x.truncated).map((x) => x.id)).toEqual([urn(4)]);
    button.before(' exactly one parcel.');
    button.remove();
    const { comments } = readPage(adapterFor(location, document));
    expect(comments.filter((x) => x.truncated)).toEqual([]);
    expect(byId(comments).get(urn(4))?.text).toMatch(/fires twice for every exactly one parcel\.$/);
  });
});

describe('LinkedIn newer DOM: one comment drawn as nested elements with the same componentkey', () => {
  const URL = 'https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/';
  const urn = (n: number) => `urn:li:comment:(urn:li:activity:7260000000000000001,72600000000000001${String(n).padStart(2, '0')})`;

  /** Wrap each keyed comment's content twice more in elements carrying its componentkey, as the live page does. */
  function nestKeys(): void {
    for (const outer of document.querySelectorAll('[id^="replaceableComment_"]')) {
      let host = outer;
      for (let i = 0; i < 2; i++) {
        const inner = document.createElement('div');
        inner.setAttribute('componentkey', outer.getAttribute('componentkey')!);
        inner.append(...host.childNodes);
        host.append(inner);
        host = inner;
      }
    }
  }

  it('reads each comment once, from its outermost element, with its own depth and parent', () => {
    loadFixture('linkedin/post-sdui.html', URL);
    nestKeys();
    expect(document.querySelectorAll(`[componentkey="replaceableComment_${urn(2)}"]`)).toHaveLength(3);
    const { comments, tracker } = readPage(adapterFor(location, document), ['@acme-parcels']);
    expect(rows(comments)).toEqual({
      [urn(1)]: ['Maria Lindqvist', '@maria-lindqvist', undefined, 0, false],
      [urn(2)]: ['Acme Parcels', '@acme-parcels', urn(1), 1, true],
      [urn(3)]: ['Jonas Weber', '@jonas-weber-77', undefined, 0, false],
      [urn(4)]: ['Priya Nair', '@priya-nair', undefined, 0, false],
    });
    expect(comments.map((x) => x.id)).toEqual([urn(1), urn(2), urn(3), urn(4)]);
    expect(tracker.status(true, true)).toMatchObject({ status: 'ok', failed: [] });
  });
});

describe('LinkedIn Ember DOM as served in 2026 (real capture structure)', () => {
  const URL = 'https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/';
  const urn = (n: number) => `urn:li:comment:(activity:7260000000000000001,72600000000000001${String(n).padStart(2, '0')})`;

  it('reads comments and the reply nested in its thread item, the name without the Author badge, the handle from the plain or tracked profile link', () => {
    loadFixture('linkedin/post-2026.html', URL);
    const { comments, tracker } = readPage(adapterFor(location, document), ['@acme-parcels']);
    expect(rows(comments)).toEqual({
      [urn(1)]: ['Maria Lindqvist', '@maria-lindqvist', undefined, 0, false],
      [urn(2)]: ['Acme Parcels', '@acme-parcels', urn(1), 1, true],
      [urn(3)]: ['Jonas Weber', '@jonas-weber-77', undefined, 0, false],
    });
    // A mention is part of the reply's text; the parent's text stops short of its replies.
    expect(byId(comments).get(urn(2))?.text).toBe('Maria Lindqvist So sorry. We have sent you a message and will call today.');
    expect(byId(comments).get(urn(1))?.text).toBe('Our shipment has been stuck for 9 days and nobody answers our emails. Who can help?');
    expect(tracker.status(true, true)).toMatchObject({ status: 'ok', failed: [] });
  });
});

describe('Facebook: base64 comment ids and replies nested without reply_comment_id', () => {
  const URL = 'https://www.facebook.com/groups/acmeparcelsfans/posts/31250000000000001/';
  const OWN = ['@acmeparcels'];

  it('reads the numeric id out of base64 links, the parent from the article a reply sits in, and a sticker comment without text', () => {
    loadFixture('facebook/post-base64.html', URL);
    const adapter = adapterFor(location, document);
    expect(adapter.name).toBe('facebook');
    const { comments } = readPage(adapter, OWN);
    expect(rows(comments)).toEqual({
      '31250000000000101': ['Maria Lindqvist', '@maria.lindqvist.9', undefined, 0, false],
      '31250000000000102': ['Acme Parcels', '@AcmeParcels', '31250000000000101', 1, true],
      '31250000000000103': ['Jonas Weber', '@jonas.weber.77', undefined, 0, false],
      '31250000000000104': ['Priya Nair', '@100012345', undefined, 0, false],
      '31250000000000105': ['Sam Okafor', '@sam.okafor', undefined, 0, false],
    });
    const got = byId(comments);
    expect(got.get('31250000000000101')?.text).toBe('My parcel has been stuck for 9 days and nobody answers my emails. Where is it?? 😡');
    expect(got.get('31250000000000102')?.text).toBe('So sorry, Maria. Please send us your tracking number by message and we will chase it today.');
    expect(got.get('31250000000000105')?.text).toBe('');
    expect(comments.filter((c) => c.truncated).map((c) => c.id)).toEqual(['31250000000000104']);
  });

  it('keeps an id that is not base64 of "comment:<post>_<comment>" as it is', () => {
    loadFixture('facebook/post-base64.html', URL);
    for (const a of document.querySelectorAll('div[aria-label^="Comment by Jonas"] a[href*="comment_id="]')) {
      a.setAttribute('href', a.getAttribute('href')!.replace(/comment_id=[^&]+/, 'comment_id=pfbid0Acme'));
    }
    const ids = readPage(adapterFor(location, document), OWN).comments.map((c) => c.id);
    expect(ids).toEqual(['31250000000000101', '31250000000000102', 'pfbid0Acme', '31250000000000104', '31250000000000105']);
  });

  it('reports the adapter healthy on it', () => {
    loadFixture('facebook/post-base64.html', URL);
    const { tracker } = readPage(adapterFor(location, document), OWN);
    expect(tracker.status(true, true)).toMatchObject({ status: 'ok', failed: [] });
  });
});

describe('Instagram 2025 layout: a GIF comment', () => {
  it('is read with its author and an empty text, while avatars still mark the columns holding other comments', () => {
    loadFixture('instagram/post-2025.html', 'https://www.instagram.com/p/C9xTrackr01/');
    // The GIF's markup is not known: an image in place of the text span (not in a link, as avatars are).
    const text = document.querySelector('a[href*="/c/17890000000000003/"]')!.closest('span')!.parentElement!.nextElementSibling!;
    text.innerHTML = '<div role="button" tabindex="0"><img alt="GIF" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" style="height: 120px;"></div>';
    const { comments } = readPage(adapterFor(location, document), ['@acme.parcels']);
    expect(rows(comments)).toEqual({
      '17890000000000001': ['maria_l', '@maria_l', undefined, 0, false],
      '17890000000000002': ['acme.parcels', '@acme.parcels', '17890000000000001', 1, true],
      '17890000000000003': ['jonas.weber', '@jonas.weber', undefined, 0, false],
    });
    expect(byId(comments).get('17890000000000003')?.text).toBe('');
  });
});

describe('Mastodon thread page of a reply: ancestors above the focused status', () => {
  const URL = 'https://mastodon.social/@maria@example.social/113500000000000006';
  const OWN = ['@acme@mastodon.social'];
  const read = () => rows(readPage(adapterFor(location, document), OWN).comments);

  it('reads the ancestors root first, each answering the one above it, and the focused status answering the last of them', () => {
    loadFixture('mastodon/thread-ancestors-4.5.html', URL);
    expect(read()).toEqual({
      // Above the focused status: the root, then the chain down to the status it answers.
      '113500000000000001': ['Acme Parcels', '@acme', undefined, 0, true],
      '113500000000000002': ['Maria', '@maria@example.social', '113500000000000001', 1, false],
      '113500000000000005': ['Acme Parcels', '@acme', '113500000000000002', 2, true],
      '113500000000000006': ['Maria', '@maria@example.social', '113500000000000005', 3, false],
      // Below it, one level under it: the first answers it, the next continues that chain.
      '113500000000000007': ['Acme Parcels', '@acme', '113500000000000006', 4, true],
      '113500000000000008': ['Maria', '@maria@example.social', '113500000000000007', 4, false],
      // status--first-in-thread and no line: it answers neither the status above nor the focused one, and the markup does not say which.
      '113500000000000009': ['Jonas Weber', '@jonas@chaos.social', undefined, 4, false],
      // status--first-in-thread with its line (not --full): joined to the focused status.
      '113500000000000010': ['Priya', '@priya@fosstodon.org', '113500000000000006', 4, false],
    });
  });

  it('gives the focused status its parent and depth once its thread loads after it, as Mastodon renders it', () => {
    loadFixture('mastodon/thread-ancestors-4.5.html', URL);
    const focusedItem = document.querySelector('.detailed-status')!.closest('[tabindex="-1"]:not(.focusable)')!;
    const list = focusedItem.parentElement!;
    const thread = [...list.children].filter((item) => item !== focusedItem);
    const below = thread.findIndex((item) => focusedItem.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_FOLLOWING);
    for (const item of thread) item.remove();
    const tracker = new CommentTracker(adapterFor(location, document), location, new Set(OWN));
    tracker.noteAll(document);
    expect(rows(tracker.work(() => false).comments)).toEqual({ '113500000000000006': ['Maria', '@maria@example.social', undefined, 0, false] });

    focusedItem.before(...thread.slice(0, below));
    focusedItem.after(...thread.slice(below));
    for (const item of thread) tracker.noteAdded(item);
    const again = rows(tracker.work(() => false).comments);
    expect(again['113500000000000006']).toEqual(['Maria', '@maria@example.social', '113500000000000005', 3, false]);
    expect(again['113500000000000007']?.slice(2, 4)).toEqual(['113500000000000006', 4]);
  });

  it('still gives a first-in-thread status to the focused one on older markup that draws no thread line', () => {
    loadFixture('mastodon/thread-ancestors-4.5.html', URL);
    for (const line of document.querySelectorAll('.status__line')) line.remove();
    const got = read();
    expect(got['113500000000000009']?.[2]).toBe('113500000000000006');
    expect(got['113500000000000006']?.[2]).toBe('113500000000000005');
  });

  it('takes no timeline status of another deck column for an ancestor, nor for a comment of the thread', () => {
    loadFixture('mastodon/thread-ancestors-4.5.html', 'https://mastodon.social/deck/@maria@example.social/113500000000000006');
    // A home column left of the thread: the same status markup, without the classes the thread page gives.
    const timeline = document.querySelector('.status__wrapper')!.closest('[tabindex="-1"]')!.cloneNode(true) as Element;
    for (const el of timeline.querySelectorAll('.status__wrapper--in-thread, .status--in-thread')) el.classList.remove('status__wrapper--in-thread', 'status--in-thread');
    timeline.querySelector('.status')!.setAttribute('data-id', '113500000000000099');
    timeline.querySelector('a.status__relative-time')!.setAttribute('href', '/@acme/113500000000000099');
    const column = document.createElement('div');
    column.className = 'column';
    column.innerHTML = '<div class="item-list scrollable" role="feed"></div>';
    column.firstElementChild!.append(timeline);
    document.querySelector('.columns-area')!.prepend(column);
    const got = read();
    expect(got['113500000000000001']?.slice(2, 4)).toEqual([undefined, 0]);
    expect(got['113500000000000006']?.slice(2, 4)).toEqual(['113500000000000005', 3]);
    // Nor a comment on the thread at all: the home column's statuses are not replies to the focused one.
    expect(got['113500000000000099']).toBeUndefined();
    expect(Object.keys(got)).toHaveLength(8);
  });
});

describe('new Reddit, light-DOM comments: action row, reply box, deleted comments', () => {
  const URL = 'https://www.reddit.com/r/acme/comments/1abcde/our_new_delivery_tracker_is_live/';
  const comment = (id: string) => document.querySelector(`shreddit-comment[thingid="${id}"]`)!;

  it('finds each comment’s own Reply in its hydrated action row, and its reply box belongs to that comment', () => {
    loadFixture('reddit/post-light.html', URL);
    const adapter = adapterFor(location, document);
    expect(comment('t1_kabc03').querySelector(adapter.replyButton!)?.getAttribute('data-fixture-opens')).toBe('#rd-reply-kabc03');
    // Maria's row comes before her reply's: her own button, not AcmeParcels's.
    expect(comment('t1_kabc01').querySelector(adapter.replyButton!)?.closest('shreddit-comment-action-row')?.getAttribute('comment-id')).toBe('t1_kabc01');
    // samco's row has not been loaded yet (Reddit fills it when the comment comes into view).
    expect(comment('t1_kabc05').querySelector(adapter.replyButton!)).toBeNull();
    // The box a reply button opens is mounted inside the comment's own row: the comment it sits in is the one it answers.
    expect(document.querySelector('#rd-reply-kabc03-editor')!.closest(adapter.comment)?.getAttribute('thingid')).toBe('t1_kabc03');
    expect(document.querySelector('#rd-reply-kabc03-editor-send')!.matches(adapter.sendButton!)).toBe(true);
  });

  it('reads no comment Reddit marks deleted, whatever its author and placeholder say', () => {
    loadFixture('reddit/post-light.html', URL);
    const deleted = comment('t1_kabc04');
    // A placeholder the reader's "[deleted]" rule would not catch: a name and a sentence.
    deleted.setAttribute('author', 'maria_l');
    deleted.querySelector('.comment-main-grid > div.min-w-0')!.innerHTML = '<div class="md" id="t1_kabc04-comment-rtjson-content" slot="comment"><p>Comment removed by moderator</p></div>';
    const ids = () => readPage(adapterFor(location, document)).comments.map((c) => c.id);
    expect(ids()).toEqual(['t1_kabc01', 't1_kabc02', 't1_kabc03', 't1_kabc05']);
    // Without the mark it would be read: the selector is what leaves it out.
    deleted.removeAttribute('is-comment-deleted');
    expect(ids()).toContain('t1_kabc04');
  });
});

describe('X late 2025 markup: the focused tweet quotes a post', () => {
  it('reads the thread, and the focused tweet’s own time and text rather than the quoted post’s', () => {
    loadFixture('x/status-2025.html', 'https://x.com/AcmeSupport/status/1990000000000000001');
    const { comments } = readPage(adapterFor(location, document), ['@acmesupport']);
    expect(rows(comments)).toEqual({
      '1990000000000000001': ['Acme Support', '@AcmeSupport', undefined, 0, true],
      '1990000000000000002': ['Nora K', '@nora_k', '1990000000000000001', 1, false],
      '1990000000000000003': ['Acme Support', '@AcmeSupport', '1990000000000000002', 1, true],
      '1990000000000000004': ['Ben O', '@ben_o', '1990000000000000001', 1, false],
    });
    const focused = byId(comments).get('1990000000000000001')!;
    expect(focused.time).toBe('2026-11-21T08:00:00.000Z');
    expect(focused.text).toBe('Timetable change on line 4, details below.');
  });
});

describe('YouTube 2025 markup: the creator’s pinned comment', () => {
  it('reads the creator from the hidden author link beside the creator badge', () => {
    loadFixture('youtube/watch-2025.html', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    const { comments } = readPage(adapterFor(location, document), ['@acmeparcels']);
    expect(rows(comments)).toEqual({
      UgzPinnedCreator00AaABAg: ['@AcmeParcels', '@AcmeParcels', undefined, 0, true],
      UgwMariaThread0000AaABAg: ['@maria-lindqvist', '@maria-lindqvist', undefined, 0, false],
      UgxJonasThread0000AaABAg: ['@jonasweber', '@jonasweber', undefined, 0, false],
    });
    expect(byId(comments).get('UgwMariaThread0000AaABAg')!.text).toBe('My parcel has been stuck for 9 days.');
  });
});
