import type { SiteAdapter } from './types';

const STATUS = /\/status\/(\d+)/;

/** X / Twitter: articles with data-testid="tweet"; on a status page the focused tweet has tabindex=-1. */
export const x: SiteAdapter = {
  platform: 'x',
  detect: (loc) => /(^|\.)(x|twitter)\.com$/.test(loc.hostname),
  comment: 'article[data-testid="tweet"]',
  text: '[data-testid="tweetText"]',
  authorName: '[data-testid="User-Name"] a:not([tabindex="-1"])',
  authorHandle: '[data-testid="User-Name"] a[tabindex="-1"]',
  permalink: 'a[href*="/status/"]:has(time)',
  time: 'time[datetime]',
  truncation: '[data-testid="tweet-text-show-more-link"]',
  id: (_el, permalink) => (permalink ? STATUS.exec(permalink)?.[1] ?? null : null),
  depth: (el) => (el.getAttribute('tabindex') === '-1' ? 0 : 1),
  parentId: (el, all) => {
    if (el.getAttribute('tabindex') === '-1') return undefined;
    const focused = all.find((a) => a.getAttribute('tabindex') === '-1');
    const link = focused?.querySelector('a[href*="/status/"]:has(time)')?.getAttribute('href');
    return link ? STATUS.exec(link)?.[1] : undefined;
  },
};
