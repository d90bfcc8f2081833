import type { PageComment } from '../core/comment';
import type { IdLookup, SiteAdapter } from './sites/types';
import { visibleText } from './visible-text';
import { atHandle } from '../core/handle';

/** PageComment's limits (src/core/comment.ts): longer values are cut, never rejected. */
const MAX_TEXT = 20_000;
const MAX_FIELD = 500;
const MAX_URL = 2_000;

/** Fields whose selector may legitimately match nothing on one comment but not on all. */
export const HEALTH_FIELDS = ['text', 'authorName', 'authorHandle', 'permalink', 'time'] as const;
export type HealthField = (typeof HEALTH_FIELDS)[number];

/** The parts of the page's address reading needs. */
export type PageAddress = Pick<Location, 'href' | 'origin' | 'protocol' | 'hostname'>;

/** A copy of the address: each read of the live `location` from the content script's world is a call into the browser. */
export const addressOf = ({ href, origin, protocol, hostname }: PageAddress): PageAddress => ({ href, origin, protocol, hostname });

export interface ReadContext {
  adapter: SiteAdapter;
  location: PageAddress;
  /** Lower-case handles with "@" (and "@user@host" on Mastodon). */
  ownHandles: ReadonlySet<string>;
  ids: IdLookup;
}

export interface Read {
  comment: PageComment;
  /** Health fields whose selector found something in this comment. */
  matched: HealthField[];
}

const DELETED = /^\[(deleted|removed)\]$/i;

/** Read one comment element; null when it has no id or is a deleted placeholder. */
export function readComment(el: Element, ctx: ReadContext): Read | null {
  const { adapter, location } = ctx;
  if (adapter.inThread && !adapter.inThread(el)) return null;
  const matched: HealthField[] = [];
  const identity = commentIdentity(el, adapter, location);
  if (!identity) return null;
  const { id, permalink } = identity;
  if (permalink) matched.push('permalink');

  const textEl = pick(el, adapter.text);
  const { text, cut } = textEl ? visibleText(textEl, MAX_TEXT, adapter.truncation) : { text: '', cut: false };
  if (textEl) matched.push('text');

  const nameEl = pick(el, adapter.authorName);
  if (nameEl) matched.push('authorName');
  const handleEl = pick(el, adapter.authorHandle);
  if (handleEl) matched.push('authorHandle');
  const fromAttribute = adapter.authorAttribute ? el.getAttribute(adapter.authorAttribute) : null;
  const rawHandle = fromAttribute ?? (handleEl ? (adapter.handleFromHref ? handleFromHref(handleEl.getAttribute('href')) : firstLine(handleEl)) : undefined);
  const handle = atHandle(rawHandle);
  const name = ((nameEl ? firstLine(nameEl) : '') || fromAttribute || handle || '').slice(0, MAX_FIELD);
  if (DELETED.test(name) || DELETED.test(text) || (!name && !text)) return null;

  const timeEl = pick(el, adapter.time);
  const time = readTime(timeEl);
  if (time) matched.push('time');
  const parentId = (adapter.parentId ? adapter.parentId(el, permalink, ctx.ids) : nestedParent(el, adapter, ctx.ids))?.slice(0, MAX_FIELD);
  const truncated = cut || hasOwnTruncation(el, adapter);

  const comment: PageComment = {
    id,
    author: handle ? { name, handle: handle.slice(0, MAX_FIELD) } : { name },
    text,
    depth: Math.min(100, Math.max(0, adapter.depth ? adapter.depth(el, permalink) : nestedDepth(el, adapter))),
    own: isOwn(handle, adapter, location, ctx.ownHandles),
  };
  if (permalink) comment.permalink = permalink;
  if (time) comment.time = time;
  if (parentId && parentId !== id) comment.parentId = parentId;
  if (truncated) comment.truncated = true;
  return { comment, matched };
}

/** Written by one of the organisation's accounts (handles compared case-insensitively). */
export function isOwn(handle: string | undefined, adapter: SiteAdapter, location: PageAddress, ownHandles: ReadonlySet<string>): boolean {
  if (!handle) return false;
  const canonical = adapter.canonicalHandle ? adapter.canonicalHandle(handle, location) : handle;
  return ownHandles.has(canonical.toLowerCase());
}

/** The site's id for a comment element and its permalink; null when it has none. */
export function commentIdentity(el: Element, adapter: SiteAdapter, base: PageAddress): { id: string; permalink?: string } | null {
  const permalink = readPermalink(el, adapter, base);
  const id = adapter.id(el, permalink)?.slice(0, MAX_FIELD);
  if (!id) return null;
  return permalink ? { id, permalink } : { id };
}

function pick(el: Element, selector: string | undefined): Element | null {
  if (!selector) return null;
  return selector === ':scope' ? el : el.querySelector(selector);
}

/** A root-relative path without dot segments, escapes to add or a fragment: resolving it is concatenation. */
const PLAIN_PATH = /^\/[\w\-~%/]*(\?[\w\-~%=&.]*)?$/;

function readPermalink(el: Element, adapter: SiteAdapter, base: PageAddress): string | undefined {
  const link = adapter.permalinkAttribute ? null : pick(el, adapter.permalink);
  const href = adapter.permalinkAttribute ? el.getAttribute(adapter.permalinkAttribute) : (link?.closest('a[href]') ?? link)?.getAttribute('href');
  if (!href) return undefined;
  // Most permalinks are such paths, and `new URL` is a good part of reading a comment.
  if (PLAIN_PATH.test(href) && !href.startsWith('//') && (base.protocol === 'https:' || base.protocol === 'http:')) {
    const url = base.origin + href;
    return url.length <= MAX_URL ? url : undefined;
  }
  try {
    const url = new URL(href, base.href);
    // A page could put javascript: or data: in a link; only web addresses are kept.
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.href.length <= MAX_URL ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function readTime(el: Element | null): string | undefined {
  const value = el?.getAttribute('datetime');
  return value && value.length <= 100 && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/** A name or handle: plain text unless emoji images or line breaks make the full reader necessary. */
function firstLine(el: Element): string {
  const text = el.querySelector('img, br, [hidden], [aria-hidden="true"]') ? visibleText(el, MAX_FIELD).text : (el.textContent ?? '').slice(0, MAX_FIELD);
  return text.trim().split('\n')[0]!.trim();
}

/** "/in/jane-doe/" → "jane-doe"; "/profile.php?id=42" → "42". */
function handleFromHref(href: string | null): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, 'https://example.invalid');
    const segments = url.pathname.split('/').filter(Boolean);
    const last = segments[segments.length - 1];
    return last === 'profile.php' ? url.searchParams.get('id') ?? undefined : last;
  } catch {
    return undefined;
  }
}

/** A "see more" control of the comment itself, not of a reply nested inside it (Facebook nests replies). */
function hasOwnTruncation(el: Element, adapter: SiteAdapter): boolean {
  if (!adapter.truncation) return false;
  for (const control of el.querySelectorAll(adapter.truncation)) if (!inNestedComment(control, el, adapter)) return true;
  return false;
}

/** Whether a comment of its own (one the adapter reads, not a copy it skips) sits between `node` and `el`. */
function inNestedComment(node: Element, el: Element, adapter: SiteAdapter): boolean {
  for (let c = node.closest(adapter.comment); c && c !== el; c = c.parentElement?.closest(adapter.comment) ?? null) {
    if (!adapter.inThread || adapter.inThread(c)) return true;
  }
  return false;
}

function nestedDepth(el: Element, adapter: SiteAdapter): number {
  let depth = 0;
  for (let p = el.parentElement?.closest(adapter.comment); p && depth < 100; p = p.parentElement?.closest(adapter.comment)) depth++;
  return depth;
}

function nestedParent(el: Element, adapter: SiteAdapter, ids: IdLookup): string | undefined {
  const parent = el.parentElement?.closest(adapter.comment);
  return parent ? ids(parent) : undefined;
}
