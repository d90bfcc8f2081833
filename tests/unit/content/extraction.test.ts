// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CommentTracker } from '../../../src/content/comment-tracker';
import { reddit } from '../../../src/content/sites/reddit';
import { x } from '../../../src/content/sites/x';
import { mastodon } from '../../../src/content/sites/mastodon';
import { facebook } from '../../../src/content/sites/facebook';
import { applyOverride } from '../../../src/content/sites/overrides';
import { visibleText } from '../../../src/content/visible-text';
import { commentIdentity } from '../../../src/content/scan';
import { generic } from '../../../src/content/sites/generic';
import { byId, loadFixture, readPage } from './fixture-dom';

const REDDIT_URL = 'https://www.reddit.com/r/acme/comments/1abcde/our_new_delivery_tracker_is_live/';
const X_URL = 'https://x.com/AcmeSupport/status/1860000000000000001';

const shredditText = (id: string) => document.querySelector(`shreddit-comment[thingid="${id}"] > div[slot="comment"]`)!;

describe('reading comments', () => {
  it('leaves out deleted comments but keeps their replies pointing at them', () => {
    loadFixture('reddit/post.html', REDDIT_URL);
    const comments = byId(readPage(reddit).comments);
    expect(comments.has('t1_kabc04')).toBe(false);
    expect(comments.get('t1_kabc05')?.parentId).toBe('t1_kabc04');
  });

  it('turns emoji images into their characters and keeps markup-looking text as text', () => {
    loadFixture('x/status.html', X_URL);
    const comments = byId(readPage(x).comments);
    expect(comments.get('1860000000000000001')?.text).toBe('Our new delivery tracker is live. Tell us what you think 📦');
    expect(comments.get('1860000000000000004')?.text).toBe('Love it, finally! #logistics <img src=x onerror=alert(1)>');
  });

  it('marks our own replies and the comments they answer', () => {
    loadFixture('x/status.html', X_URL);
    const comments = byId(readPage(x, ['@acmesupport']).comments);
    const ours = [...comments.values()].filter((c) => c.own).map((c) => c.id);
    expect(ours).toEqual(['1860000000000000001', '1860000000000000005']);
    expect(comments.get('1860000000000000005')?.parentId).toBe('1860000000000000002');
  });

  it('recognises a Mastodon account on its home server written either way', () => {
    loadFixture('mastodon/thread.html', 'https://mastodon.social/@acme/113500000000000001');
    const mine = readPage(mastodon, ['@acme@mastodon.social']).comments.filter((c) => c.own);
    expect(mine.map((c) => c.author.handle)).toEqual(['@acme', '@acme']);
    loadFixture('mastodon/thread.html', 'https://other.example/@acme@mastodon.social/113500000000000001');
    expect(readPage(mastodon, ['@acme@mastodon.social']).comments.filter((c) => c.own)).toEqual([]);
  });

  it('keeps "See more" out of the text and notes the truncation', () => {
    loadFixture('facebook/post.html', 'https://www.facebook.com/AcmeParcels/posts/pfbid02Acme7Tracker');
    const { comments } = readPage(facebook);
    const priya = byId(comments).get('1054');
    expect(priya?.truncated).toBe(true);
    expect(priya?.text.endsWith('forty minutes in the queue…')).toBe(true);
    expect(priya?.text).not.toContain('See more');
  });

  it('cuts a megabyte-long comment to the report limit and says so', () => {
    loadFixture('reddit/post.html', REDDIT_URL);
    shredditText('t1_kabc03').textContent = 'Where is my parcel?!'.repeat(52_429);
    const jonas = byId(readPage(reddit).comments).get('t1_kabc03')!;
    expect(jonas.text.length).toBe(20_000);
    expect(jonas.text.startsWith('Where is my parcel?!Where')).toBe(true);
    expect(jonas.truncated).toBe(true);
  });

  it('does not end a cut text on half an emoji', () => {
    const el = document.createElement('div');
    el.textContent = 'a' + '😡'.repeat(15_000);
    const { text, cut } = visibleText(el, 20_000);
    expect(cut).toBe(true);
    expect(text.length).toBe(19_999);
    expect(text.endsWith('😡')).toBe(true);
  });

  it('stops walking a comment made of a huge number of elements', () => {
    const el = document.createElement('div');
    el.innerHTML = '<p></p>'.repeat(30_000) + '<p>tail</p>';
    const { text, cut } = visibleText(el);
    expect(cut).toBe(true);
    expect(text).toBe('');
  });

  it('reads plain text runs and structured text alike', () => {
    const plain = document.createElement('div');
    plain.innerHTML = '<span>Where is </span><a href="/x">my parcel</a><span>?</span>';
    expect(visibleText(plain)).toEqual({ text: 'Where is my parcel?', cut: false });
    const structured = document.createElement('div');
    structured.innerHTML = '<p>Where is <img alt="📦"> my parcel?</p><p>Day <b>9</b></p>';
    expect(visibleText(structured)).toEqual({ text: 'Where is 📦 my parcel?\nDay 9', cut: false });
  });

  it('ends every block on a line of its own, however deeply it closes', () => {
    const el = document.createElement('div');
    el.innerHTML = '<div><p>Where <b>is</b></p><blockquote><p>my</p></blockquote></div>parcel<p hidden>x</p>?<ul><li>a</li><li><img alt="📦"></li></ul>';
    expect(visibleText(el).text).toBe('Where is\nmy\nparcel?\na\n📦');
  });

  it('resolves permalinks exactly as the URL parser does', () => {
    loadFixture('x/status.html', X_URL);
    const hrefs = ['/acme/status/1', '/a/./status/2?x=1&y=.2', '/a/../status/3', '/a b/status/4', '//evil.example/status/5', 'https://x.com/acme/status/6#top', '/%61/status/7', 'status/8'];
    for (const href of hrefs) {
      const el = document.createElement('article');
      el.innerHTML = `<a href="${href}">link</a>`;
      const identity = commentIdentity(el, { ...generic, permalink: 'a', id: () => 'id' }, location);
      expect(identity?.permalink).toBe(new URL(href, location.href).href);
    }
  });

  it('skips hidden nodes, scripts and styles', () => {
    const el = document.createElement('div');
    el.innerHTML = 'Hello<script>evil()</script><style>p{}</style><span hidden>secret</span><span aria-hidden="true">·</span> there<br>you';
    expect(visibleText(el).text).toBe('Hello there\nyou');
  });

  it('drops permalinks that are not web addresses', () => {
    loadFixture('reddit/post.html', REDDIT_URL);
    document.querySelector('shreddit-comment[thingid="t1_kabc03"]')!.setAttribute('permalink', 'javascript:alert(1)');
    const jonas = byId(readPage(reddit).comments).get('t1_kabc03')!;
    expect(jonas.permalink).toBeUndefined();
    expect(jonas.author.name).toBe('jweber');
  });
});

describe('incremental tracking', () => {
  it('reports only comments that are new or changed', () => {
    loadFixture('reddit/post.html', REDDIT_URL);
    const { tracker, comments } = readPage(reddit);
    expect(comments).toHaveLength(4);

    shredditText('t1_kabc03').innerHTML = '<p>Does the tracker work for orders to Austria too? Edit: and Italy?</p>';
    tracker.noteChanged(shredditText('t1_kabc03').firstChild!);
    tracker.noteChanged(shredditText('t1_kabc01'));
    const delta = tracker.work(() => false);
    expect(delta.comments.map((c) => [c.id, c.text])).toEqual([['t1_kabc03', 'Does the tracker work for orders to Austria too? Edit: and Italy?']]);
    expect(delta.removed).toEqual([]);
  });

  it('finds comments inside an added subtree, and reports removed ones', () => {
    loadFixture('reddit/post.html', REDDIT_URL);
    const { tracker } = readPage(reddit);
    const tree = document.querySelector('shreddit-comment-tree')!;
    const wrapper = document.createElement('div');
    wrapper.innerHTML = tree.querySelector('shreddit-comment[thingid="t1_kabc03"]')!.outerHTML.replaceAll('kabc03', 'kabc09');
    tree.append(wrapper);
    tracker.noteAdded(wrapper);
    tree.querySelector('shreddit-comment[thingid="t1_kabc01"]')!.remove();
    tracker.noteRemoved();
    const delta = tracker.work(() => false);
    expect(delta.comments.map((c) => c.id)).toEqual(['t1_kabc09']);
    expect(delta.removed.sort()).toEqual(['t1_kabc01', 't1_kabc02']);
  });

  it('keeps comments a virtualised list (X) scrolled out of the DOM', () => {
    loadFixture('x/status.html', X_URL);
    const { tracker } = readPage(x);
    document.querySelectorAll('[data-testid="cellInnerDiv"]')[2]!.remove();
    tracker.noteRemoved();
    expect(tracker.work(() => false)).toEqual({ comments: [], removed: [] });
    expect(tracker.size).toBe(6);
  });

  it('reads in slices: a slice that is used up leaves the rest for the next one', () => {
    loadFixture('reddit/post.html', REDDIT_URL);
    const tracker = new CommentTracker(reddit, location, new Set());
    tracker.noteAll(document);
    let budget = 2;
    expect(tracker.work(() => budget-- <= 0).comments.map((c) => c.id)).toEqual(['t1_kabc01', 't1_kabc02']);
    expect(tracker.hasWork).toBe(true);
    expect(tracker.work(() => false).comments.map((c) => c.id)).toEqual(['t1_kabc03', 't1_kabc05']);
    expect(tracker.hasWork).toBe(false);
  });

  it('near the screen only: an added node is searched once it comes near, and the rest when everything is asked for', () => {
    loadFixture('reddit/post.html', REDDIT_URL);
    const tracker = new CommentTracker(reddit, location, new Set());
    tracker.nearOnly();
    const tree = document.querySelector('shreddit-comment-tree')!;
    tree.insertAdjacentHTML('beforeend', tree.querySelector('shreddit-comment[thingid="t1_kabc03"]')!.outerHTML.replaceAll('kabc03', 'kabc09'));
    const added = tree.lastElementChild!;
    tracker.noteAdded(added);
    expect(tracker.work(() => false).comments).toEqual([]);
    expect(tracker.takeFresh()).toEqual([added]);
    expect(tracker.prioritise(added)).toBe(true);
    expect(tracker.work(() => false).comments.map((c) => c.id)).toEqual(['t1_kabc09']);
    expect(tracker.takeFresh()).toEqual([]);
    expect(tracker.hasWork).toBe(false);

    tracker.readAll(document);
    expect(tracker.work(() => false).comments.map((c) => c.id)).toEqual(['t1_kabc01', 't1_kabc02', 't1_kabc03', 't1_kabc05']);
  });

  it('reads the comments near the screen first', () => {
    loadFixture('reddit/post.html', REDDIT_URL);
    const tracker = new CommentTracker(reddit, location, new Set());
    tracker.noteAll(document);
    tracker.prioritise(document.querySelector('shreddit-comment[thingid="t1_kabc05"]')!);
    let budget = 1;
    expect(tracker.work(() => budget-- <= 0).comments.map((c) => c.id)).toEqual(['t1_kabc05']);
    expect(tracker.work(() => false).comments.map((c) => c.id)).toEqual(['t1_kabc01', 't1_kabc02', 't1_kabc03']);
  });

  it('skips comments the page removed before they were read, without throwing', () => {
    loadFixture('reddit/post.html', REDDIT_URL);
    const tracker = new CommentTracker(reddit, location, new Set());
    tracker.noteAll(document);
    document.querySelector('shreddit-comment-tree')!.remove();
    expect(tracker.work(() => false)).toEqual({ comments: [], removed: [] });
  });

  it('skips a comment whose markup trips an adapter hook, and reads the others', () => {
    loadFixture('reddit/post.html', REDDIT_URL);
    const fragile = { ...reddit, depth: (el: Element) => (el.getAttribute('thingid') === 't1_kabc03' ? (null as unknown as Element).nodeType : 0) };
    const { comments } = readPage(fragile);
    expect(comments.map((c) => c.id).sort()).toEqual(['t1_kabc01', 't1_kabc02', 't1_kabc05']);
  });

  it('flips "own" on known comments when the pack accounts change', () => {
    loadFixture('reddit/post.html', REDDIT_URL);
    const { tracker } = readPage(reddit);
    expect(tracker.setOwnHandles(new Set(['@acmeparcels'])).map((c) => [c.id, c.own])).toEqual([['t1_kabc02', true]]);
    expect(tracker.setOwnHandles(new Set(['@acmeparcels']))).toEqual([]);
  });

  it('stops at the report limit on a page with more comments than that', () => {
    document.body.innerHTML = '';
    const tree = document.createElement('shreddit-comment-tree');
    tree.innerHTML = Array.from({ length: 55 }, (_, i) => `<shreddit-comment thingid="t1_${i}" author="u${i}"><div slot="comment">hi ${i}</div></shreddit-comment>`).join('');
    document.body.append(tree);
    const tracker = new CommentTracker(reddit, location, new Set(), 50);
    tracker.noteAll(document);
    expect(tracker.work(() => false).comments).toHaveLength(50);
    expect(tracker.overflow).toBe(true);
  });
});

describe('adapter status', () => {
  it('says "missing" with the failed field when a thread page shows no comment after the grace period', () => {
    loadFixture('reddit/post.html', REDDIT_URL);
    document.querySelector('shreddit-comment-tree')!.remove();
    const { tracker } = readPage(reddit);
    expect(tracker.status(true, false)).toEqual({ id: 'reddit', status: 'ok', failed: [] });
    expect(tracker.status(true, true)).toEqual({ id: 'reddit', status: 'missing', failed: ['comment'] });
    expect(tracker.status(false, true)).toEqual({ id: 'reddit', status: 'ok', failed: [] });
  });

  it('names a selector that matched nothing in any comment', () => {
    loadFixture('reddit/post.html', REDDIT_URL);
    for (const t of document.querySelectorAll('faceplate-timeago')) t.remove();
    expect(readPage(reddit).tracker.status(true, true)).toEqual({ id: 'reddit', status: 'ok', failed: ['time'] });
  });
});

describe('pack overrides', () => {
  it('replace selectors field by field, and a pack fix brings back comments after a site change', () => {
    loadFixture('reddit/post.html', REDDIT_URL);
    for (const el of document.querySelectorAll('shreddit-comment')) {
      const renamed = document.createElement('shreddit-comment-v2');
      for (const a of el.attributes) renamed.setAttribute(a.name, a.value);
      while (el.firstChild) renamed.append(el.firstChild);
      el.replaceWith(renamed);
    }
    expect(readPage(reddit).comments).toEqual([]);
    const { adapter, rejected } = applyOverride(reddit, { comment: 'shreddit-comment-v2[thingid]' });
    expect(rejected).toEqual([]);
    expect(adapter.text).toBe(reddit.text);
    expect(readPage(adapter).comments.map((c) => c.id)).toEqual(['t1_kabc01', 't1_kabc02', 't1_kabc03', 't1_kabc05']);
  });

  it('ignore a selector the browser cannot parse and keep the built-in one', () => {
    const { adapter, rejected } = applyOverride(reddit, { comment: 'shreddit-comment[', text: 'div.body' });
    expect(rejected).toEqual(['comment']);
    expect(adapter.comment).toBe(reddit.comment);
    expect(adapter.text).toBe('div.body');
  });
});
