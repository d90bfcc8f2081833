import type { IdLookup, SiteAdapter } from './types';

/**
 * The focused status of a thread page. Mastodon 4.x renders it as `div.detailed-status` with no
 * `data-id` (features/status/components/detailed_status.tsx): its id is read from its permalink,
 * `a.detailed-status__datetime` → /@acct/<id>. Older fixtures gave it a data-id; both are read.
 */
const FOCUSED = '.detailed-status';
/** A status, not the quoted post that Mastodon 4.5 nests inside one (`.status__quote` › `.status--is-quote`). */
const STATUS = '.status[data-id]:not(.status--is-quote)';
const ANY = `${STATUS}, ${FOCUSED}`;
/** The status id at the end of a permalink: /@acct/<id>, /@acct@host/<id>, /statuses/<id>. */
const ID_IN_PERMALINK = /\/(\d+)\/?(?:[?#].*)?$/;

/** The status shown just before this one in the thread (document order), if any. */
function previousStatus(el: Element): Element | null {
  const item = el.closest('.status__wrapper')?.parentElement;
  for (let prev = item?.previousElementSibling; prev; prev = prev.previousElementSibling) {
    const found = prev.matches(ANY) ? prev : prev.querySelector(ANY);
    if (found) return found;
  }
  return null;
}

function parentOf(el: Element, ids: IdLookup): string | undefined {
  const focused = el.ownerDocument.querySelector(FOCUSED);
  if (!focused || el === focused || !el.closest('.status__wrapper-reply')) return undefined;
  // Descendants are listed depth first. One without `status--first-in-thread` answers the status
  // just before it (status.jsx: that class marks a status whose parent is not the one above it, or
  // is the focused one); the first descendant has neither and answers the focused status.
  if (el.classList.contains('status--in-thread') && !el.classList.contains('status--first-in-thread')) {
    const previous = previousStatus(el);
    if (previous && previous !== focused) return ids(previous);
  }
  return ids(focused);
}

/**
 * Mastodon runs on any domain: recognised by its app markup once the user enabled Parley there.
 * A thread is a flat list: the focused status, then its replies; a reply that continues a chain
 * is marked `status--in-thread` and answers the status before it.
 */
export const mastodon: SiteAdapter = {
  name: 'mastodon',
  platform: 'mastodon',
  detect: (_loc, doc) => !!doc.querySelector('#mastodon') && !!doc.body?.classList.contains('app-body'),
  threadPath: /^\/(@[^/]+\/\d+|statuses\/\d+|deck\/@[^/]+\/\d+)/,
  comment: ANY,
  text: '.status__content__text',
  authorName: '.display-name__html',
  authorHandle: '.display-name__account',
  permalink: 'a.status__relative-time, a.detailed-status__datetime',
  // Not a bare time[datetime]: 4.5 renders a quoted post (with its own time) before the focused status's date.
  time: '.status__info time[datetime], .detailed-status__meta time[datetime]',
  truncation: '.status__content__read-more-button',
  composer: 'textarea.autosuggest-textarea__textarea',
  replyButton: '.status__action-bar button[aria-label="Reply"], .detailed-status__action-bar button[aria-label="Reply"]',
  sendButton: '.compose-form__submit button[type="submit"], .compose-form__publish button',
  counter: '.character-counter',
  editor: 'textarea',
  id: (el, permalink) => el.getAttribute('data-id') || (permalink && ID_IN_PERMALINK.exec(permalink)?.[1]) || null,
  depth: (el) => (el.matches(FOCUSED) || !el.ownerDocument.querySelector(FOCUSED) ? 0 : 1),
  parentId: (el, _permalink, ids) => parentOf(el, ids),
  canonicalHandle: (handle, location) => (handle.slice(1).includes('@') ? handle : `${handle}@${location.hostname}`),
};
