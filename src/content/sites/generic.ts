import type { SiteAdapter, SiteSelectors } from './types';

/**
 * Any other page: comment markup that is a convention rather than one site's: ARIA's
 * role=comment, schema.org Comment microdata, and WordPress-style `comment-<id>` items.
 */
export const GENERIC_SELECTORS: SiteSelectors = {
  comment: '[role="comment"], [itemtype$="schema.org/Comment"], li.comment[id^="comment-"], article.comment[id^="comment-"]',
  text: '[itemprop="text"], .comment-content',
  authorName: '[itemprop="author"] [itemprop="name"], .comment-author .fn',
  permalink: 'a[href*="#comment-"], a[itemprop="url"]',
  time: 'time[datetime]',
  composer: 'textarea, [contenteditable="true"][role="textbox"]',
  editor: 'textarea',
};

const genericId = (el: Element, permalink: string | undefined): string | null =>
  el.getAttribute('data-comment-id') || el.getAttribute('itemid') || el.id || (permalink?.includes('#') ? permalink.slice(permalink.indexOf('#') + 1) : null) || null;

export const generic: SiteAdapter = {
  ...GENERIC_SELECTORS,
  name: 'generic',
  platform: 'generic',
  detect: () => true,
  id: genericId,
};

/**
 * XING: no public source documents its comment markup, so it is read through the same
 * conventions (and its pack `sites.xing` entry can name the real selectors).
 */
export const xing: SiteAdapter = {
  ...GENERIC_SELECTORS,
  name: 'xing',
  platform: 'xing',
  detect: (loc) => /(^|\.)xing\.com$/.test(loc.hostname),
  id: genericId,
};
