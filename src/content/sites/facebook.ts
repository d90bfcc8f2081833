import type { SiteAdapter } from './types';
import { onHosts, searchParam } from './shared';

/** The time link in the comment's action row ("2d"); the name and avatar links carry comment_id too. */
const LINK = 'ul li a[href*="comment_id="]';
/** A post in a feed is a role=article holding its comments too, but only comments are labelled ("Comment by …"). */
const COMMENT = 'div[role="article"][aria-label]:not([aria-label=""]):has(> div ul li a[href*="comment_id="])';

/** Newer links carry ids in base64, `comment:<post or thread>_<comment>`; the comment's own id is the last number. */
function commentId(value: string | null): string | null {
  if (!value || /^\d+$/.test(value)) return value;
  try {
    return /^comment:\d+_(\d+)$/.exec(atob(value))?.[1] ?? value;
  } catch {
    return value;
  }
}

const param = (permalink: string | undefined, name: string) => commentId(searchParam(permalink, name));

/** The comment articles this one sits in: a reply whose link names no parent is nested in it. */
function ancestors(el: Element): Element[] {
  const found: Element[] = [];
  for (let p = el.parentElement?.closest(COMMENT); p; p = p.parentElement?.closest(COMMENT)) found.push(p);
  return found;
}

/**
 * Facebook: each comment is a role=article, a reply sitting in the article it answers. A reply's links
 * name the top comment, `?comment_id=<top>&reply_comment_id=<reply>`, even for a reply to a reply: that
 * is the parent when a reply is not nested (a sibling list), the nesting says which reply it answers.
 */
export const facebook: SiteAdapter = {
  name: 'facebook',
  platform: 'facebook',
  detect: onHosts(/(^|\.)facebook\.com$/),
  threadPath: /\/(posts|permalink|photo|videos|story\.php|permalink\.php)|[?&](story_fbid|fbid)=/,
  comment: COMMENT,
  text: 'div[dir="auto"]',
  authorName: 'a[role="link"]:not([aria-hidden="true"]) span[dir="auto"]',
  authorHandle: 'a[role="link"]:not([aria-hidden="true"]):has(span[dir="auto"])',
  handleFromHref: true,
  permalink: LINK,
  truncation: 'div[dir="auto"] div[role="button"]',
  composer: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  // Like is labelled ("Like", "Remove Love"), Reply is a bare button beside it.
  replyButton: 'ul li:nth-child(2) > div[role="button"], [role="button"][aria-label] ~ [role="button"]:not([aria-label])',
  sendButton: '#focused-state-composer-submit div[role="button"], div[aria-label="Comment"][role="button"]',
  editor: 'lexical',
  id: (_el, permalink) => param(permalink, 'reply_comment_id') ?? param(permalink, 'comment_id'),
  depth: (el, permalink) => Math.max(ancestors(el).length, searchParam(permalink, 'reply_comment_id') ? 1 : 0),
  parentId: (el, permalink, ids) => {
    const parent = ancestors(el)[0];
    const nested = parent && ids(parent);
    if (nested) return nested;
    return searchParam(permalink, 'reply_comment_id') ? param(permalink, 'comment_id') ?? undefined : undefined;
  },
};
