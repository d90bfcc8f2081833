import type { SiteAdapter } from './types';
import { attribute, onHosts } from './shared';

const REDDIT = onHosts(/(^|\.)reddit\.com$/);

/** New Reddit ("shreddit"): web components carrying their data as attributes. */
export const reddit: SiteAdapter = {
  name: 'reddit',
  platform: 'reddit',
  // www.reddit.com serves the old design to people who chose it: its listings are .sitetable.
  detect: (loc, doc) => REDDIT(loc) && loc.hostname !== 'old.reddit.com' && !doc.querySelector('.sitetable'),
  threadPath: /\/comments\/[a-z0-9]+/,
  comment: 'shreddit-comment[thingid]',
  text: ':scope > div[slot="comment"]',
  authorAttribute: 'author',
  permalinkAttribute: 'permalink',
  time: ':scope > [slot="commentMeta"] faceplate-timeago time[datetime], :scope > [slot="commentMeta"] time[datetime]',
  truncation: ':scope > div[slot="comment"] button[aria-label*="more" i]',
  composer: 'shreddit-composer div[contenteditable="true"][role="textbox"]',
  replyButton: 'shreddit-comment-action-row button[slot="reply-button"]',
  sendButton: 'shreddit-composer button[slot="submit-button"]',
  editor: 'lexical',
  id: attribute('thingid'),
  depth: (el) => Number(el.getAttribute('depth')) || 0,
  parentId: (el) => el.getAttribute('parentid') ?? el.getAttribute('postid') ?? undefined,
};

/** Old Reddit: server-rendered .thing elements, replies nested in .child listings. */
export const oldReddit: SiteAdapter = {
  name: 'reddit-old',
  platform: 'reddit',
  detect: REDDIT,
  threadPath: /\/comments\/[a-z0-9]+/,
  comment: '.thing.comment[data-fullname]',
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
};
