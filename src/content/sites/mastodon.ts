import type { SiteAdapter } from './types';
import { attribute } from './shared';

const FOCUSED = '.detailed-status[data-id]';

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
  comment: '.status[data-id], .detailed-status[data-id]',
  text: '.status__content__text',
  authorName: '.display-name__html',
  authorHandle: '.display-name__account',
  permalink: 'a.status__relative-time, a.detailed-status__datetime',
  time: 'time[datetime]',
  truncation: '.status__content__read-more-button',
  composer: 'textarea.autosuggest-textarea__textarea',
  replyButton: '.status__action-bar button[aria-label="Reply"], .detailed-status__action-bar button[aria-label="Reply"]',
  sendButton: '.compose-form__submit button[type="submit"], .compose-form__publish button',
  counter: '.character-counter',
  editor: 'textarea',
  id: attribute('data-id'),
  depth: (el) => (el.matches(FOCUSED) || !el.ownerDocument.querySelector(FOCUSED) ? 0 : 1),
  parentId: (el, _permalink, ids) => {
    const focused = el.ownerDocument.querySelector(FOCUSED);
    if (!focused || el === focused || !el.closest('.status__wrapper-reply')) return undefined;
    if (el.classList.contains('status--in-thread') && !el.classList.contains('status--first-in-thread')) {
      const previous = el.closest('.status__wrapper')?.parentElement?.previousElementSibling?.querySelector('.status[data-id], .detailed-status[data-id]');
      if (previous) return ids(previous);
    }
    return ids(focused);
  },
  canonicalHandle: (handle, location) => (handle.slice(1).includes('@') ? handle : `${handle}@${location.hostname}`),
};
