import type { SiteAdapter } from './types';
import { onHosts, searchParam } from './shared';

/** The time link in the comment's action row ("2d"); the name and avatar links carry comment_id too. */
const LINK = 'ul li a[href*="comment_id="]';

/**
 * Facebook: each comment is a role=article; replies follow it in a sibling list rather than
 * inside it, so nesting is read from the time link: `?comment_id=<top>&reply_comment_id=<reply>`.
 */
export const facebook: SiteAdapter = {
  name: 'facebook',
  platform: 'facebook',
  detect: onHosts(/(^|\.)facebook\.com$/),
  threadPath: /\/(posts|permalink|photo|videos|story\.php|permalink\.php)|[?&](story_fbid|fbid)=/,
  comment: 'div[role="article"]:has(> div ul li a[href*="comment_id="])',
  text: 'div[dir="auto"]',
  authorName: 'a[role="link"]:not([aria-hidden="true"]) span[dir="auto"]',
  authorHandle: 'a[role="link"]:not([aria-hidden="true"]):has(span[dir="auto"])',
  handleFromHref: true,
  permalink: LINK,
  truncation: 'div[dir="auto"] div[role="button"]',
  composer: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  replyButton: 'ul li:nth-child(2) > div[role="button"]',
  sendButton: '#focused-state-composer-submit div[role="button"], div[aria-label="Comment"][role="button"]',
  editor: 'lexical',
  id: (_el, permalink) => searchParam(permalink, 'reply_comment_id') ?? searchParam(permalink, 'comment_id'),
  depth: (_el, permalink) => (searchParam(permalink, 'reply_comment_id') ? 1 : 0),
  parentId: (_el, permalink) => (searchParam(permalink, 'reply_comment_id') ? searchParam(permalink, 'comment_id') ?? undefined : undefined),
};
