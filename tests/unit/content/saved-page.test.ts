// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor, linkBase } from '../../../src/content/sites';
import { CommentTracker } from '../../../src/content/comment-tracker';
import { savedFrom } from '../../../src/content/saved-from';
import { loadFixture } from './fixture-dom';

const THREAD = 'https://x.com/AcmeSupport/status/1860000000000000001';

/** Read the page as the content script does: with the adapter it recognises and the base `linkBase` gives. */
function read() {
  const adapter = adapterFor(location, document);
  const tracker = new CommentTracker(adapter, linkBase(adapter, location, document), new Set(['@acmesupport']));
  tracker.noteAll(document);
  return { adapter: adapter.name, comments: tracker.work(() => false).comments };
}

function mark(text: string): void {
  document.insertBefore(document.createComment(text), document.documentElement);
}

/** loadFixture replaces only the body: marks left by an earlier test go. */
function clearMarks(): void {
  for (const node of [...document.childNodes, ...document.documentElement.childNodes]) if (node.nodeType === 8) node.remove();
}

function head(html: string): void {
  document.head.innerHTML = html;
}

beforeEach(() => {
  clearMarks();
  head('');
});

describe('a saved copy of a site page, opened from disk', () => {
  it("is read by the site's adapter, its links resolved against the address Chrome marked it as saved from", () => {
    loadFixture('x/status.html', 'file:///home/maria/Downloads/AcmeSupport%20on%20X.html');
    mark(` saved from url=(0052)${THREAD} `);
    const { adapter, comments } = read();
    expect(adapter).toBe('x');
    expect(comments).toHaveLength(6);
    const maria = comments.find((c) => c.id === '1860000000000000002')!;
    expect(maria.permalink).toBe('https://x.com/maria_l/status/1860000000000000002');
    expect(maria.parentId).toBe('1860000000000000001');
    expect(comments.find((c) => c.id === '1860000000000000001')?.own).toBe(true);
  });

  it("without any mark, against the site's home: ids and permalinks are the site's", () => {
    loadFixture('x/status.html', 'file:///tmp/x.html');
    const { comments } = read();
    expect(comments.map((c) => c.permalink)).toContain('https://x.com/maria_l/status/1860000000000000002');
  });

  it('served from another host the user enabled Parley on, against the canonical address, not that host', () => {
    loadFixture('reddit/post.html', 'http://localhost:8000/saved/reddit-thread.html');
    head('<link rel="canonical" href="https://www.reddit.com/r/acme/comments/1abcde/our_new_delivery_tracker_is_live/">');
    const { adapter, comments } = read();
    expect(adapter).toBe('reddit');
    expect(comments.length).toBeGreaterThan(2);
    for (const c of comments) expect(c.permalink).toMatch(/^https:\/\/www\.reddit\.com\/r\/acme\/comments\/1abcde\//);
  });
});

describe('savedFrom', () => {
  it("reads Chrome's mark, SingleFile's header, the canonical link and og:url, in that order", () => {
    loadFixture('generic/blog-post.html', 'file:///tmp/post.html');
    head('<link rel="canonical" href="https://blog.example.org/canonical"><meta property="og:url" content="https://blog.example.org/og">');
    expect(savedFrom(document)).toBe('https://blog.example.org/canonical');
    head('<meta property="og:url" content="https://blog.example.org/og">');
    expect(savedFrom(document)).toBe('https://blog.example.org/og');
    document.documentElement.prepend(document.createComment('\n Page saved with SingleFile \n url: https://blog.example.org/single \n saved date: Mon Nov 23 2026 \n'));
    expect(savedFrom(document)).toBe('https://blog.example.org/single');
    mark(' saved from url=(0032)https://blog.example.org/chrome ');
    expect(savedFrom(document)).toBe('https://blog.example.org/chrome');
  });

  it("reads a single-file (MHTML) copy's base address, which Chrome keeps from where it was saved", () => {
    loadFixture('generic/blog-post.html', 'file:///tmp/post.mhtml');
    head('<base href="https://blog.example.org/mhtml"><link rel="canonical" href="https://blog.example.org/canonical">');
    expect(savedFrom(document)).toBe('https://blog.example.org/mhtml');
    head('<base href="file:///tmp/"><link rel="canonical" href="https://blog.example.org/canonical">');
    expect(savedFrom(document)).toBe('https://blog.example.org/canonical');
  });

  it('takes no address that is not on the web', () => {
    loadFixture('generic/blog-post.html', 'file:///tmp/post.html');
    head('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="file:///etc/passwd">');
    expect(savedFrom(document)).toBeUndefined();
  });

  it('leaves a page on the site itself resolved against its own address', () => {
    loadFixture('x/status.html', THREAD);
    head('<link rel="canonical" href="https://example.com/elsewhere">');
    const adapter = adapterFor(location, document);
    expect(linkBase(adapter, location, document).href).toBe(THREAD);
  });
});
