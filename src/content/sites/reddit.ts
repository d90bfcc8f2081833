import type { SiteAdapter } from './types';

/** New Reddit ("shreddit"): web components carrying their data as attributes. */
export const reddit: SiteAdapter = {
  platform: 'reddit',
  detect: (loc, doc) => /(^|\.)reddit\.com$/.test(loc.hostname) && !!doc.querySelector('shreddit-app, shreddit-comment, shreddit-post'),
  comment: 'shreddit-comment[thingid]',
  text: ':scope > div[slot="comment"]',
  authorAttribute: 'author',
  permalink: ':scope',
  truncation: ':scope > [slot="comment"] button[aria-label*="more"]',
  id: (el) => el.getAttribute('thingid'),
  depth: (el) => Number(el.getAttribute('depth') ?? 0),
  parentId: (el) => el.getAttribute('parentid') ?? undefined,
};

/** Old Reddit: server-rendered .thing elements. */
export const oldReddit: SiteAdapter = {
  platform: 'reddit',
  detect: (loc, doc) => /(^|\.)reddit\.com$/.test(loc.hostname) && !!doc.querySelector('.thing.comment, .thing.link'),
  comment: '.thing.comment[data-fullname]',
  text: ':scope > .entry .usertext-body .md',
  authorName: ':scope > .entry .tagline a.author',
  authorAttribute: 'data-author',
  permalink: ':scope > .entry a.bylink',
  time: ':scope > .entry .tagline time[datetime]',
  id: (el) => el.getAttribute('data-fullname'),
  depth: (el) => {
    let depth = 0;
    for (let p = el.parentElement?.closest('.thing.comment'); p; p = p.parentElement?.closest('.thing.comment')) depth++;
    return depth;
  },
  parentId: (el) => el.parentElement?.closest('.thing.comment')?.getAttribute('data-fullname') ?? undefined,
};
