import type { IdLookup, SiteAdapter } from './types';
import { keptFirst } from './shared';

/**
 * The focused status of a thread page. Mastodon 4.x renders it as `div.detailed-status` with no
 * `data-id` (features/status/components/detailed_status.tsx): its id is read from its permalink,
 * `a.detailed-status__datetime` → /@acct/<id>. Older fixtures gave it a data-id; both are read.
 */
const FOCUSED = '.detailed-status';
const focusedStatus = keptFirst(FOCUSED);
/** A status, not the quoted post that Mastodon 4.5 nests inside one (`.status__quote` › `.status--is-quote`). */
const STATUS = '.status[data-id]:not(.status--is-quote)';
const ANY = `${STATUS}, ${FOCUSED}`;
/** The status id at the end of a permalink: /@acct/<id>, /@acct@host/<id>, /statuses/<id>. */
const ID_IN_PERMALINK = /\/(\d+)\/?(?:[?#].*)?$/;
/**
 * The focused status's favourites link, /@acct/<id>/favourites: always this server's id. glitch-soc
 * links the focused status's date to `status.url` instead, the original post's address (another
 * server's id, or none, for a remote post).
 */
const FAVOURITES_LINK = ':scope > .detailed-status__meta a.detailed-status__link[href$="/favourites"]';
const ID_IN_FAVOURITES = /\/(\d+)\/favourites$/;
/**
 * The status's own header, not that of the post it quotes: 4.5 renders a quoted post (a `.status`
 * with its own header, time and link) inside `.status__quote`, which in the focused status comes
 * before its date.
 */
const OWN_INFO = ':scope > .status__info';
/**
 * A status hidden behind its content warning (or the reader's filter): since 4.3 status.jsx and
 * detailed_status.tsx render `.content-warning` (the summary in a `p`, then a "Show more" button) and
 * leave the content out until it is opened.
 */
const FOLDED = ':scope:not(:has(> .status__content)) > .content-warning';
/**
 * status.jsx gives this class to every status the thread page lists around the focused one (they
 * get a `rootId`), above and below it alike; statuses of timelines (other deck columns) lack it.
 */
const IN_THREAD = 'status--in-thread';
/**
 * The line status.jsx draws to join a status to its neighbours: present when the status answers
 * the one above it or the focused status, or when the next one answers it (`status__line--full`).
 */
const OWN_LINE = ':scope > .status__line';

/** The status shown just before this one in the thread (document order), if any. */
function previousStatus(el: Element): Element | null {
  const item = el.closest('.status__wrapper, .detailed-status__wrapper')?.parentElement;
  for (let prev = item?.previousElementSibling; prev; prev = prev.previousElementSibling) {
    const found = prev.matches(ANY) ? prev : prev.querySelector(ANY);
    if (found) return found;
  }
  return null;
}

/** The thread status just above this one when it is one of the focused status's ancestors. */
function ancestorAbove(el: Element): Element | null {
  const previous = previousStatus(el);
  return previous?.classList.contains(IN_THREAD) ? previous : null;
}

/**
 * A status listed above the focused one: the thread page (features/status/legacy.jsx, index.jsx
 * before) renders the ancestors (root first, each the one the next answers: selectors/contexts.ts
 * follows in_reply_to_id up from the focused status), then the focused status, then the descendants.
 */
function isAncestor(el: Element, focused: Element): boolean {
  return el.classList.contains(IN_THREAD) && (focused.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
}

/** How many ancestors are shown above an ancestor or the focused status: its distance from the root. */
function ancestorsAbove(el: Element): number {
  let n = 0;
  for (let above = ancestorAbove(el); above && n < 100; above = ancestorAbove(above)) n++;
  return n;
}

function depthOf(el: Element): number {
  const focused = focusedStatus(el.ownerDocument);
  if (!focused) return 0;
  if (el.matches(FOCUSED) || isAncestor(el, focused)) return ancestorsAbove(el);
  // Below the focused status the thread is a flat list: every descendant one level under it.
  return ancestorsAbove(focused) + 1;
}

function parentOf(el: Element, ids: IdLookup): string | undefined {
  const focused = focusedStatus(el.ownerDocument);
  if (!focused) return undefined;
  // The focused status answers the last ancestor, each ancestor the one above it; the first is the
  // root (or answers a status the page does not show).
  if (el === focused || isAncestor(el, focused)) {
    const above = ancestorAbove(el);
    return above ? ids(above) : undefined;
  }
  if (!el.closest('.status__wrapper-reply')) return undefined;
  if (el.classList.contains(IN_THREAD)) {
    // Descendants are listed depth first. One without `status--first-in-thread` answers the status
    // just before it (status.jsx: that class marks a status whose parent is not the one above it, or
    // is the focused one); the first descendant has neither.
    if (!el.classList.contains('status--first-in-thread')) {
      const previous = previousStatus(el);
      if (previous && previous !== focused) return ids(previous);
    }
    // Otherwise it answers the focused status or an earlier descendant. One that answers the
    // focused status always has its line; one without answers an earlier descendant that the
    // markup does not name (and the list is not a plain depth-first order: contexts.ts moves
    // self-replies to the top), so no parent is better than a wrong one. A thread drawing no line
    // at all is older markup: the focused status, as before.
    if (!el.querySelector(OWN_LINE) && el.ownerDocument.querySelector(`.${IN_THREAD} > .status__line`)) return undefined;
  }
  return ids(focused);
}

/**
 * Mastodon runs on any domain: recognised by its app markup once the user enabled Parley there.
 * A thread is a flat list: the ancestors, the focused status, then its replies; a reply that
 * continues a chain answers the status before it.
 */
export const mastodon: SiteAdapter = {
  name: 'mastodon',
  platform: 'mastodon',
  detect: (_loc, doc) => !!doc.querySelector('#mastodon') && !!doc.body?.classList.contains('app-body'),
  threadPath: /^\/(@[^/]+\/\d+|statuses\/\d+|deck\/@[^/]+\/\d+)/,
  comment: ANY,
  // A folded status's text is its warning's summary (marked truncated); never a filter's name.
  text: `:scope > .status__content .status__content__text, ${FOLDED}:not(.content-warning--filter) p`,
  authorName: '.display-name__html',
  authorHandle: '.display-name__account',
  permalink: `${OWN_INFO} a.status__relative-time, a.detailed-status__datetime`,
  time: `${OWN_INFO} time[datetime], .detailed-status__meta time[datetime]`,
  truncation: `:scope > .status__content__read-more-button, ${FOLDED} button`,
  composer: 'textarea.autosuggest-textarea__textarea',
  replyButton: '.status__action-bar button[aria-label="Reply"], .detailed-status__action-bar button[aria-label="Reply"]',
  sendButton: '.compose-form__submit button[type="submit"], .compose-form__publish button',
  counter: '.character-counter',
  editor: 'textarea',
  id: (el, permalink) =>
    el.getAttribute('data-id') ||
    ID_IN_FAVOURITES.exec(el.querySelector(FAVOURITES_LINK)?.getAttribute('href') ?? '')?.[1] ||
    (permalink && ID_IN_PERMALINK.exec(permalink)?.[1]) ||
    null,
  // The advanced interface shows other columns (home, notifications) beside the thread (every column is a div.column, components/column.tsx).
  inThread: (el) => {
    const focused = focusedStatus(el.ownerDocument);
    return !focused || el.closest('.column') === focused.closest('.column');
  },
  // The page shows the status first and its thread once loaded: the ancestors then give it a parent.
  readAgainOnAdd: FOCUSED,
  depth: depthOf,
  parentId: (el, _permalink, ids) => parentOf(el, ids),
  canonicalHandle: (handle, location) => (handle.slice(1).includes('@') ? handle : `${handle}@${location.hostname}`),
};
