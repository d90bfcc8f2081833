// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../src/content/sites';
import { loadFixture, readPage } from './fixture-dom';

/** id → [author name, parent id, depth] */
const rows = (comments: ReturnType<typeof readPage>['comments']) => Object.fromEntries(comments.map((x) => [x.id, [x.author.name, x.parentId, x.depth]]));

const GROUP_POST = 'https://www.facebook.com/groups/acmeparcelsfans/posts/31250000000000001/';
const OWN = ['@acmeparcels'];
const THREAD = {
  '31250000000000101': ['Maria Lindqvist', undefined, 0],
  '31250000000000102': ['Acme Parcels', '31250000000000101', 1],
  '31250000000000103': ['Jonas Weber', undefined, 0],
  '31250000000000104': ['Priya Nair', undefined, 0],
};

describe('Facebook 2025: posts, Reply buttons and replies to replies', () => {
  it('does not read a post shown in a feed, an unlabelled role=article around its comments, as a comment', () => {
    loadFixture('facebook/post-2025.html', GROUP_POST);
    // In a feed the post itself is a role=article without aria-label (webrecorder/browsertrix-behaviors src/site/facebook.ts).
    document.querySelector('div[aria-posinset="1"]')!.setAttribute('role', 'article');
    const { comments } = readPage(adapterFor(location, document), OWN);
    expect(rows(comments)).toEqual(THREAD);
  });

  it("finds each comment's own Reply button beside its labelled Like, not a nested reply's", () => {
    loadFixture('facebook/post-2025.html', GROUP_POST);
    const adapter = adapterFor(location, document);
    const articles = [...document.querySelectorAll(adapter.comment)];
    expect(articles).toHaveLength(4);
    for (const article of articles) {
      const reply = article.querySelector(adapter.replyButton!);
      expect(reply?.textContent).toBe('Reply');
      expect(reply?.closest(adapter.comment)).toBe(article);
    }
    const jonas = document.querySelector('div[aria-label^="Comment by Jonas"]')!;
    expect(jonas.querySelector(adapter.replyButton!)?.getAttribute('data-fixture-opens')).toBe('#fb-reply-103');
  });

  it('still finds Reply as the second item of the older action list', () => {
    loadFixture('facebook/post.html', 'https://www.facebook.com/AcmeParcels/posts/pfbid02Acme7Tracker');
    const adapter = adapterFor(location, document);
    for (const article of document.querySelectorAll(adapter.comment)) expect(article.querySelector(adapter.replyButton!)?.textContent).toBe('Reply');
  });

  it('answers a reply to a reply with the reply it sits in, though its links name the top comment', () => {
    loadFixture('facebook/post-2025.html', GROUP_POST);
    const acme = document.querySelector('div[aria-label^="Reply by Acme"]')!;
    const answer = acme.cloneNode(true) as Element;
    answer.setAttribute('aria-label', "Reply by Maria Lindqvist to Acme Parcels's reply a day ago");
    for (const a of answer.querySelectorAll('a[href]')) {
      // A reply to a reply keeps the top comment in comment_id (as a reply does), its own id in reply_comment_id.
      const href = a.getAttribute('href')!.replace('/AcmeParcels?comment_id=31250000000000102', '/maria.lindqvist.9?comment_id=31250000000000105');
      a.setAttribute('href', href.replace('reply_comment_id=31250000000000102', 'reply_comment_id=31250000000000105'));
    }
    answer.querySelector('span[dir="auto"]')!.textContent = 'Maria Lindqvist';
    answer.querySelector('div[dir="auto"]')!.textContent = 'Sent it, thanks!';
    acme.append(answer);
    const { comments } = readPage(adapterFor(location, document), OWN);
    expect(rows(comments)).toEqual({ ...THREAD, '31250000000000105': ['Maria Lindqvist', '31250000000000102', 2] });
  });
});

describe('Facebook: "See more" in a nested reply', () => {
  it('notes the reply as truncated, not the comment it sits in', () => {
    loadFixture('facebook/post-2025.html', GROUP_POST);
    const adapter = adapterFor(location, document);
    const seeMore = document.querySelector(`div[aria-label^="Comment by Priya"] ${adapter.truncation}`)!;
    document.querySelector('div[aria-label^="Reply by Acme"] div[dir="auto"]')!.append(seeMore.cloneNode(true));
    const { comments } = readPage(adapter, OWN);
    expect(comments.filter((c) => c.truncated).map((c) => c.id).sort()).toEqual(['31250000000000102', '31250000000000104']);
  });
});
