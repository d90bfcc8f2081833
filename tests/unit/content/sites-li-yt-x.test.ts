// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../src/content/sites';
import { byId, loadFixture, readPage, rows } from './fixture-dom';


describe('LinkedIn newer DOM, 2026 variant: text named by componentkey, nested keys, loaders, reply box', () => {
  const URL = 'https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/?dom=sdui-2026';
  const urn = (n: number) => `urn:li:comment:(urn:li:activity:7260000000000000001,72600000000000001${String(n).padStart(2, '0')})`;
  const outer = (n: number) => document.getElementById(`replaceableComment_${urn(n)}`)!;

  it('reads each comment once with its own text, the reply under its comment, and the cut comment as cut', () => {
    loadFixture('linkedin/post-sdui-2026.html', URL);
    const adapter = adapterFor(location, document);
    expect(adapter.name).toBe('linkedin');
    const { comments, tracker } = readPage(adapter, ['@acme-parcels']);
    expect(rows(comments)).toEqual({
      [urn(1)]: ['Maria Lindqvist', '@maria-lindqvist', undefined, 0, false],
      [urn(2)]: ['Acme Parcels', '@acme-parcels', urn(1), 1, true],
      [urn(3)]: ['Jonas Weber', '@jonas-weber-77', undefined, 0, false],
      [urn(4)]: ['Priya Nair', '@priya-nair', undefined, 0, false],
    });
    const got = byId(comments);
    expect(got.get(urn(1))?.text).toBe('Our shipment has been stuck for 9 days and nobody answers our emails. Who can help?');
    expect(got.get(urn(2))?.text).toBe('So sorry, Maria. We have sent you a message and will call today.');
    expect(got.get(urn(3))?.text).toBe('Does the tracker cover shipments to Austria as well?');
    expect(comments.filter((x) => x.truncated).map((x) => x.id)).toEqual([urn(4)]);
    expect(tracker.status(true, true)).toMatchObject({ status: 'ok', failed: [] });
  });

  it('tells a reply by its own text key when its actor links carry no data-view-name', () => {
    loadFixture('linkedin/post-sdui-2026.html', URL);
    for (const a of outer(2).querySelectorAll('a[data-view-name^="reply-actor-"]')) a.removeAttribute('data-view-name');
    const { comments } = readPage(adapterFor(location, document));
    expect(byId(comments).get(urn(2))).toMatchObject({ parentId: urn(1), depth: 1, text: 'So sorry, Maria. We have sent you a message and will call today.' });
  });

  it('keeps a reply LinkedIn loads in place of "See more replies" in its thread', () => {
    loadFixture('linkedin/post-sdui-2026.html', URL);
    const loader = document.querySelector('[componentkey$="-replaceableLoadMoreReplies"]')!;
    expect(loader.previousElementSibling).toBe(outer(2));
    const loaded = outer(2).cloneNode(true) as Element;
    const key = `replaceableComment_${urn(5)}`;
    for (const el of [loaded, ...loaded.querySelectorAll('[componentkey^="replaceableComment_"]')]) el.setAttribute('componentkey', key);
    loaded.id = key;
    loader.replaceWith(loaded);
    const { comments } = readPage(adapterFor(location, document), ['@acme-parcels']);
    expect(byId(comments).get(urn(5))).toMatchObject({ parentId: urn(1), depth: 1 });
    expect(byId(comments).get(urn(3))?.parentId).toBeUndefined();
  });

  it('finds the reply box under the comment and its Reply submit', () => {
    loadFixture('linkedin/post-sdui-2026.html', URL);
    const adapter = adapterFor(location, document);
    const box = document.querySelector('[componentkey="commentBox-li-reply-7260000000000000103"]')!;
    expect(box.previousElementSibling).toBe(outer(3));
    expect(box.querySelector(adapter.sendButton!)?.textContent).toBe('Reply');
  });
});

describe('LinkedIn newer DOM: a reply whose text is data-view-name="comment-reply-commentary"', () => {
  it('is read with that text, under the comment it follows', () => {
    loadFixture('linkedin/post-sdui.html', 'https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/');
    const reply = 'urn:li:comment:(urn:li:activity:7260000000000000001,7260000000000000102)';
    document.querySelector(`[id="replaceableComment_${reply}"] [data-testid="expandable-text-box"]`)!.removeAttribute('data-testid');
    const { comments } = readPage(adapterFor(location, document), ['@acme-parcels']);
    expect(byId(comments).get(reply)).toMatchObject({ text: 'So sorry, Maria. We have sent you a message and will call today.', depth: 1, own: true });
  });
});

describe('YouTube 2025 markup: a thread with its replies opened', () => {
  const URL = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

  it('reads each reply (its own ytd-comment-thread-renderer in #expanded-threads) under its thread, the creator heart outside any text', () => {
    loadFixture('youtube/watch-2025-replies.html', URL);
    const { comments, tracker } = readPage(adapterFor(location, document), ['@acmeparcels']);
    expect(rows(comments)).toEqual({
      UgzPinnedCreator00AaABAg: ['@AcmeParcels', '@AcmeParcels', undefined, 0, true],
      UgwMariaThread0000AaABAg: ['@maria-lindqvist', '@maria-lindqvist', undefined, 0, false],
      'UgwMariaThread0000AaABAg.AQ1cReplyAcme01': ['@AcmeParcels', '@AcmeParcels', 'UgwMariaThread0000AaABAg', 1, true],
      'UgwMariaThread0000AaABAg.AQ1cReplySam002': ['@sam-co', '@sam-co', 'UgwMariaThread0000AaABAg', 1, false],
      UgxJonasThread0000AaABAg: ['@jonasweber', '@jonasweber', undefined, 0, false],
    });
    const got = byId(comments);
    expect(got.get('UgwMariaThread0000AaABAg')?.text).toBe('My parcel has been stuck for 9 days.');
    expect(got.get('UgwMariaThread0000AaABAg.AQ1cReplyAcme01')?.text).toBe('So sorry, Maria. We have sent you a message and will call today.');
    expect(comments.filter((x) => x.truncated).map((x) => x.id)).toEqual(['UgwMariaThread0000AaABAg.AQ1cReplySam002']);
    expect(tracker.status(true, true)).toMatchObject({ status: 'ok', failed: [] });
  });
});

describe('X: a reply that only quotes a post, and replies below "Show probable spam"', () => {
  const URL = 'https://x.com/AcmeSupport/status/1990000000000000001?quote-reply';

  it('reads the quote-only reply as its author’s, answering the focused tweet, and a revealed spam reply as a reply', () => {
    loadFixture('x/status-quote-reply.html', URL);
    const { comments } = readPage(adapterFor(location, document), ['@acmesupport']);
    expect(rows(comments)).toEqual({
      '1990000000000000001': ['Acme Support', '@AcmeSupport', undefined, 0, true],
      '1990000000000000002': ['Nora K', '@nora_k', '1990000000000000001', 1, false],
      '1990000000000000003': ['Acme Support', '@AcmeSupport', '1990000000000000002', 1, true],
      '1990000000000000004': ['Ben O', '@ben_o', '1990000000000000001', 1, false],
      '1990000000000000005': ['Prize Desk', '@prize_bot_99', '1990000000000000001', 1, false],
    });
    // Its own time, not the quoted post's (a plain div without a status link).
    expect(byId(comments).get('1990000000000000004')?.time).toBe('2026-11-21T08:50:00.000Z');
  });
});
