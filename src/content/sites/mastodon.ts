import type { SiteAdapter } from './types';

/** Mastodon runs on any domain: recognised by its app markup once the user enabled Parley there. */
export const mastodon: SiteAdapter = {
  platform: 'mastodon',
  detect: (_loc, doc) => !!doc.querySelector('#mastodon') && doc.body.classList.contains('app-body'),
  comment: '.status[data-id]',
  text: '.status__content__text',
  authorName: '.status__display-name .display-name__html',
  authorHandle: '.status__display-name .display-name__account',
  permalink: 'a.status__relative-time',
  time: '.status__relative-time time[datetime]',
  truncation: '.status__content__read-more-button',
  id: (el) => el.getAttribute('data-id'),
  depth: (el) => (el.classList.contains('status-reply') || el.closest('.status__wrapper-reply') ? 1 : 0),
};
