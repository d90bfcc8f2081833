import type { SiteAdapter } from './types';
import { attribute, onHosts } from './shared';

const REDDIT = onHosts(/(^|\.)reddit\.com$/);

/**
 * Where a comment's own parts sit. Slotted (older): direct children of shreddit-comment, replies
 * beside them. Light DOM (`slot-config="light"`, 2026): shreddit-comment › details[role=article] ›
 * summary (avatar, meta) and div (body, action row, #comment-children holding the replies). The
 * paths stop short of the replies either way.
 */
const OWN_BODY = ':scope > div[slot="comment"], :scope > details > div > div > div[slot="comment"]';

/**
 * Not a comment Reddit marks deleted (`is-comment-deleted="true"` on shreddit-comment): a
 * placeholder whose meta line or body may read "Comment deleted by user" or "Comment removed by
 * moderator" rather than the `[deleted]` the reader drops.
 */
const LIVE = ':not([is-comment-deleted="true"])';

/**
 * The comment's own Reply control in its `shreddit-comment-action-row` (light DOM: inside
 * `div[slot="actionRow"]` once the row's loader has run): `faceplate-tracker[slot="comment-reply"]`
 * holding the button; `button[slot="reply-button"]` as older fixtures and packs had it.
 */
const REPLY = [
  'shreddit-comment-action-row [slot="comment-reply"] button',
  'shreddit-comment-action-row button[slot="comment-reply"]',
  'shreddit-comment-action-row button[slot="reply-button"]',
].join(', ');

/** New Reddit ("shreddit"): web components carrying their data as attributes. */
export const reddit: SiteAdapter = {
  name: 'reddit',
  platform: 'reddit',
  // www.reddit.com serves the old design to people who chose it: its listings are .sitetable.
  detect: (loc, doc) => REDDIT(loc) && loc.hostname !== 'old.reddit.com' && !doc.querySelector('.sitetable'),
  threadPath: /\/comments\/[a-z0-9]+/,
  comment: `shreddit-comment[thingid]${LIVE}`,
  text: OWN_BODY,
  authorAttribute: 'author',
  permalinkAttribute: 'permalink',
  // The first time in the meta line is when it was written; an edited comment has a second one.
  time: ':scope > [slot="commentMeta"] time[datetime], :scope > details > summary [slot="commentMeta"] time[datetime]',
  truncation: ':scope > div[slot="comment"] button[aria-label*="more" i], :scope > details > div > div > div[slot="comment"] button[aria-label*="more" i]',
  // The Lexical editor is a light-DOM child of shreddit-composer (`div[slot="rte"][data-lexical-editor]` in 2026).
  composer: 'shreddit-composer div[contenteditable="true"][role="textbox"], shreddit-composer [slot="rte"][data-lexical-editor][contenteditable="true"]',
  replyButton: REPLY,
  sendButton: 'shreddit-composer button[slot="submit-button"], shreddit-composer button[type="submit"]',
  editor: 'lexical',
  id: attribute('thingid'),
  depth: (el) => Number(el.getAttribute('depth')) || 0,
  // Top-level comments carry no parentid (or an empty one): they answer the post.
  parentId: (el) => el.getAttribute('parentid') || el.getAttribute('postid') || undefined,
};

const OLD_COMMENT = '.thing.comment[data-fullname]';

/**
 * Old Reddit: server-rendered .thing elements, replies nested in .child listings. A top-level
 * comment answers the post (t3_<id> from its permalink), as new Reddit's postid says.
 */
export const oldReddit: SiteAdapter = {
  name: 'reddit-old',
  platform: 'reddit',
  detect: REDDIT,
  threadPath: /\/comments\/[a-z0-9]+/,
  comment: OLD_COMMENT,
  text: ':scope > .entry .usertext-body .md',
  authorName: ':scope > .entry .tagline a.author',
  authorAttribute: 'data-author',
  permalink: ':scope > .entry a.bylink',
  time: ':scope > .entry .tagline time[datetime]',
  composer: '.usertext-edit textarea[name="text"]',
  replyButton: ':scope > .entry .flat-list .reply-button a',
  sendButton: '.usertext-edit button.save',
  editor: 'textarea',
  id: attribute('data-fullname'),
  parentId: (el, permalink, ids) => {
    const parent = el.parentElement?.closest(OLD_COMMENT);
    if (parent) return ids(parent);
    const post = permalink && /\/comments\/([a-z0-9]+)\//.exec(permalink)?.[1];
    return post ? `t3_${post}` : undefined;
  },
};
