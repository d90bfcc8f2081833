// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../src/content/sites';
import { byId, loadFixture, readPage } from './fixture-dom';

interface Case {
  site: string;
  file: string;
  url: string;
  adapter: string;
  own: string[];
  /** id → [author name, handle or undefined, parent id or undefined, depth, own] */
  expect: Record<string, [string, string | undefined, string | undefined, number, boolean]>;
  text: [string, string];
  truncated?: string;
}

const INSTAGRAM: Case = {
  site: 'Instagram',
  file: 'instagram/post.html',
  url: 'https://www.instagram.com/p/C9xTrackr01/',
  adapter: 'instagram',
  own: ['@acme.parcels'],
  expect: {
    '17890000000000001': ['maria_l', '@maria_l', undefined, 0, false],
    '17890000000000002': ['acme.parcels', '@acme.parcels', '17890000000000001', 1, true],
    '17890000000000003': ['jonas.weber', '@jonas.weber', undefined, 0, false],
  },
  text: ['17890000000000002', '@maria_l So sorry! Please DM us your tracking number.'],
};

const CASES: Case[] = [
  {
    site: 'X',
    file: 'x/status.html',
    url: 'https://x.com/AcmeSupport/status/1860000000000000001',
    adapter: 'x',
    own: ['@acmesupport'],
    expect: {
      '1860000000000000001': ['Acme Support', '@AcmeSupport', undefined, 0, true],
      '1860000000000000002': ['Maria Lindqvist', '@maria_l', '1860000000000000001', 1, false],
      '1860000000000000005': ['Acme Support', '@AcmeSupport', '1860000000000000002', 1, true],
      '1860000000000000003': ['Jonas Weber', '@jweber', '1860000000000000001', 1, false],
      '1860000000000000004': ['Sam & Co', '@samco', '1860000000000000001', 1, false],
      '1860000000000000006': ['Priya Nair', '@priya_n', '1860000000000000001', 1, false],
    },
    text: ['1860000000000000002', 'My parcel has been stuck for 9 days and nobody answers my emails. Where is it?? 😡'],
    truncated: '1860000000000000006',
  },
  {
    site: 'Facebook',
    file: 'facebook/post.html',
    url: 'https://www.facebook.com/AcmeParcels/posts/pfbid02Acme7Tracker',
    adapter: 'facebook',
    own: ['@acmeparcels'],
    expect: {
      '1051': ['Maria Lindqvist', '@maria.lindqvist.9', undefined, 0, false],
      '1052': ['Acme Parcels', '@AcmeParcels', '1051', 1, true],
      '1053': ['Jonas Weber', '@jonas.weber.77', undefined, 0, false],
      '1054': ['Priya Nair', '@100012345', undefined, 0, false],
    },
    text: ['1051', 'My parcel has been stuck for 9 days and nobody answers my emails. Where is it?? 😡'],
    truncated: '1054',
  },
  {
    site: 'Facebook (2025 group post)',
    file: 'facebook/post-2025.html',
    url: 'https://www.facebook.com/groups/acmeparcelsfans/posts/31250000000000001/',
    adapter: 'facebook',
    own: ['@acmeparcels'],
    expect: {
      '31250000000000101': ['Maria Lindqvist', '@maria.lindqvist.9', undefined, 0, false],
      '31250000000000102': ['Acme Parcels', '@AcmeParcels', '31250000000000101', 1, true],
      '31250000000000103': ['Jonas Weber', '@jonas.weber.77', undefined, 0, false],
      '31250000000000104': ['Priya Nair', '@100012345', undefined, 0, false],
    },
    text: ['31250000000000101', 'My parcel has been stuck for 9 days and nobody answers my emails. Where is it?? 😡'],
    truncated: '31250000000000104',
  },
  INSTAGRAM,
  // The same comments in the 2025 layout.
  { ...INSTAGRAM, site: 'Instagram (2025 markup)', file: 'instagram/post-2025.html' },
  {
    site: 'LinkedIn',
    file: 'linkedin/post.html',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/',
    adapter: 'linkedin',
    own: ['@acme-parcels'],
    expect: {
      'urn:li:comment:(activity:7260000000000000001,7260000000000000101)': ['Maria Lindqvist', '@maria-lindqvist', undefined, 0, false],
      'urn:li:comment:(activity:7260000000000000001,7260000000000000102)': ['Acme Parcels', '@acme-parcels', 'urn:li:comment:(activity:7260000000000000001,7260000000000000101)', 1, true],
      'urn:li:comment:(activity:7260000000000000001,7260000000000000103)': ['Jonas Weber', '@jonas-weber-77', undefined, 0, false],
      'urn:li:comment:(activity:7260000000000000001,7260000000000000104)': ['Priya Nair', '@priya-nair', undefined, 0, false],
    },
    text: ['urn:li:comment:(activity:7260000000000000001,7260000000000000103)', 'Does the tracker cover shipments to Austria as well?'],
    truncated: 'urn:li:comment:(activity:7260000000000000001,7260000000000000104)',
  },
  {
    site: 'LinkedIn (newer DOM)',
    file: 'linkedin/post-sdui.html',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/',
    adapter: 'linkedin',
    own: ['@acme-parcels'],
    expect: {
      'urn:li:comment:(urn:li:activity:7260000000000000001,7260000000000000101)': ['Maria Lindqvist', '@maria-lindqvist', undefined, 0, false],
      'urn:li:comment:(urn:li:activity:7260000000000000001,7260000000000000102)': ['Acme Parcels', '@acme-parcels', 'urn:li:comment:(urn:li:activity:7260000000000000001,7260000000000000101)', 1, true],
      'urn:li:comment:(urn:li:activity:7260000000000000001,7260000000000000103)': ['Jonas Weber', '@jonas-weber-77', undefined, 0, false],
      'urn:li:comment:(urn:li:activity:7260000000000000001,7260000000000000104)': ['Priya Nair', '@priya-nair', undefined, 0, false],
    },
    text: ['urn:li:comment:(urn:li:activity:7260000000000000001,7260000000000000104)', 'We rely on your API for our own shop and since the update last week the webhook for delivered parcels fires twice for every'],
    truncated: 'urn:li:comment:(urn:li:activity:7260000000000000001,7260000000000000104)',
  },
  {
    site: 'YouTube',
    file: 'youtube/watch.html',
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    adapter: 'youtube',
    own: ['@acmeparcels'],
    expect: {
      UgxMaria9days4AaABAg: ['@maria_l', '@maria_l', undefined, 0, false],
      'UgxMaria9days4AaABAg.A1AcmeReply01': ['@AcmeParcels', '@AcmeParcels', 'UgxMaria9days4AaABAg', 1, true],
      UgwJonasAustria4AaABAg: ['@jonasweber', '@jonasweber', undefined, 0, false],
      UgzPriyaLong4AaABAg: ['@priya_n', '@priya_n', undefined, 0, false],
    },
    text: ['UgwJonasAustria4AaABAg', 'Does the tracker work for orders to Austria too?'],
    truncated: 'UgzPriyaLong4AaABAg',
  },
  {
    site: 'Reddit',
    file: 'reddit/post.html',
    url: 'https://www.reddit.com/r/acme/comments/1abcde/our_new_delivery_tracker_is_live/',
    adapter: 'reddit',
    own: ['@acmeparcels'],
    expect: {
      t1_kabc01: ['maria_l', '@maria_l', 't3_1abcde', 0, false],
      t1_kabc02: ['AcmeParcels', '@AcmeParcels', 't1_kabc01', 1, true],
      t1_kabc03: ['jweber', '@jweber', 't3_1abcde', 0, false],
      t1_kabc05: ['samco', '@samco', 't1_kabc04', 1, false],
    },
    text: ['t1_kabc05', 'Love it, finally! <script>alert(1)</script> click'],
  },
  {
    site: 'old Reddit',
    file: 'reddit-old/comments.html',
    url: 'https://old.reddit.com/r/acme/comments/1abcde/our_new_delivery_tracker_is_live/',
    adapter: 'reddit-old',
    own: ['@acmeparcels'],
    expect: {
      t1_kabc01: ['maria_l', '@maria_l', 't3_1abcde', 0, false],
      t1_kabc02: ['AcmeParcels', '@AcmeParcels', 't1_kabc01', 1, true],
      t1_kabc03: ['jweber', '@jweber', 't3_1abcde', 0, false],
      t1_kabc05: ['samco', '@samco', 't1_kabc04', 1, false],
    },
    text: ['t1_kabc05', 'Love it, finally! <img src=x onerror=alert(1)>'],
  },
  {
    site: 'Mastodon',
    file: 'mastodon/thread.html',
    url: 'https://mastodon.social/@acme/113500000000000001',
    adapter: 'mastodon',
    own: ['@acme@mastodon.social'],
    expect: {
      '113500000000000001': ['Acme Parcels', '@acme', undefined, 0, true],
      '113500000000000002': ['Maria', '@maria@example.social', '113500000000000001', 1, false],
      '113500000000000005': ['Acme Parcels', '@acme', '113500000000000002', 1, true],
      '113500000000000003': ['Jonas Weber', '@jonas@chaos.social', '113500000000000001', 1, false],
      '113500000000000004': ['Priya', '@priya@fosstodon.org', '113500000000000001', 1, false],
    },
    text: ['113500000000000002', '@acme my parcel has been stuck for 9 days and nobody answers my emails. Where is it?? 😡'],
    truncated: '113500000000000004',
  },
  {
    site: 'XING',
    file: 'xing/article.html',
    url: 'https://www.xing.com/news/articles/acme-tracker-1001',
    adapter: 'xing',
    own: [],
    expect: {
      '2001': ['Maria Lindqvist', undefined, undefined, 0, false],
      '2002': ['Acme Parcels', undefined, '2001', 1, false],
      '2003': ['Jonas Weber', undefined, undefined, 0, false],
    },
    text: ['2003', 'Funktioniert der Tracker auch für Sendungen nach Österreich?'],
  },
  {
    site: 'any other page',
    file: 'generic/blog-post.html',
    url: 'https://blog.example.org/2026/11/tracker/',
    adapter: 'generic',
    own: [],
    expect: {
      'comment-12': ['Maria Lindqvist', undefined, undefined, 0, false],
      'comment-13': ['Acme Parcels', undefined, 'comment-12', 1, false],
      'comment-14': ['Jonas Weber', undefined, undefined, 0, false],
    },
    text: ['comment-12', 'My parcel has been stuck for 9 days and nobody answers my emails. Where is it?? 😡'],
  },
];

describe.each(CASES)('$site fixture', (c) => {
  it(`is read by the ${c.adapter} adapter: every comment with id, author, parent, depth and own flag`, () => {
    loadFixture(c.file, c.url);
    const adapter = adapterFor(location, document);
    expect(adapter.name).toBe(c.adapter);
    const { comments } = readPage(adapter, c.own);
    const got = Object.fromEntries(comments.map((x) => [x.id, [x.author.name, x.author.handle, x.parentId, x.depth, x.own]]));
    expect(got).toEqual(c.expect);
    expect(byId(comments).get(c.text[0])?.text).toBe(c.text[1]);
    const truncated = comments.filter((x) => x.truncated).map((x) => x.id);
    expect(truncated).toEqual(c.truncated ? [c.truncated] : []);
  });

  it('reports the adapter healthy, with no selector field that matched nothing', () => {
    loadFixture(c.file, c.url);
    const { tracker } = readPage(adapterFor(location, document), c.own);
    const status = tracker.status(true, true);
    expect(status.status).toBe(c.adapter === 'generic' ? 'generic' : 'ok');
    expect(status.failed).toEqual([]);
  });
});

// Mastodon is recognised by its markup on any host already; XING has no markup of its own known.
describe.each(CASES.filter((c) => !['mastodon', 'xing', 'generic'].includes(c.adapter)))('a saved copy of the $site page, on a host Parley was enabled on', (c) => {
  it(`is recognised by its markup and read by the ${c.adapter} adapter as on the site itself`, () => {
    loadFixture(c.file, `https://archive.example.org/saved/${encodeURIComponent(c.site)}.html`);
    const adapter = adapterFor(location, document);
    expect(adapter.name).toBe(c.adapter);
    const { comments } = readPage(adapter, c.own);
    expect(Object.fromEntries(comments.map((x) => [x.id, [x.author.name, x.author.handle, x.parentId, x.depth, x.own]]))).toEqual(c.expect);
  });
});

describe('Facebook markup variants', () => {
  it('reads replies nested inside their parent article, with the action row wrapped deeper', () => {
    loadFixture('facebook/post.html', 'https://www.facebook.com/AcmeParcels/posts/pfbid02Acme7Tracker');
    for (const row of document.querySelectorAll('div[role="article"] ul')) {
      const wrapper = document.createElement('div');
      row.replaceWith(wrapper);
      wrapper.append(row);
    }
    const maria = document.querySelector('div[aria-label^="Comment by Maria"]')!;
    const reply = document.querySelector('div[aria-label^="Reply by Acme"]')!;
    maria.append(reply);
    const { comments } = readPage(adapterFor(location, document), ['@acmeparcels']);
    const got = Object.fromEntries(comments.map((x) => [x.id, [x.author.name, x.parentId, x.depth, x.own]]));
    expect(got).toEqual({
      '1051': ['Maria Lindqvist', undefined, 0, false],
      '1052': ['Acme Parcels', '1051', 1, true],
      '1053': ['Jonas Weber', undefined, 0, false],
      '1054': ['Priya Nair', undefined, 0, false],
    });
    expect(byId(comments).get('1051')?.text).toBe('My parcel has been stuck for 9 days and nobody answers my emails. Where is it?? 😡');
  });
});

describe('Instagram markup variants', () => {
  it('reads the 2023 list once even with avatar columns beside the comment columns', () => {
    loadFixture('instagram/post.html', 'https://www.instagram.com/p/C9xTrackr01/');
    const adapter = adapterFor(location, document);
    const before = document.querySelectorAll(adapter.comment).length;
    for (const column of document.querySelectorAll('div._a9zr')) {
      const avatar = document.createElement('div');
      avatar.innerHTML = '<a href="/someone/"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a>';
      column.before(avatar);
    }
    expect(document.querySelectorAll(adapter.comment)).toHaveLength(before);
    const { comments } = readPage(adapter, ['@acme.parcels']);
    expect(comments.map((x) => [x.id, x.author.name, x.parentId])).toEqual([
      ['17890000000000001', 'maria_l', undefined],
      ['17890000000000002', 'acme.parcels', '17890000000000001'],
      ['17890000000000003', 'jonas.weber', undefined],
    ]);
  });

  it('does not take the 2025 caption, the post header or a thread holding replies for a comment', () => {
    loadFixture('instagram/post-2025.html', 'https://www.instagram.com/p/C9xTrackr01/');
    const adapter = adapterFor(location, document);
    const found = [...document.querySelectorAll(adapter.comment)];
    expect(found).toHaveLength(3);
    for (const el of found) expect(el.querySelectorAll('a[href*="/c/"] > time')).toHaveLength(1);
  });
});
