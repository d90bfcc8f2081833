import type { SiteAdapter } from './types';
import { onHosts } from './shared';

const LINK = /\/c\/(\d+)(?:\/r\/(\d+))?/;

/**
 * Instagram post page or dialog: comments are list items with the author in an h3 and the time
 * link `/p/<post>/c/<comment>/` (a reply: `/c/<comment>/r/<reply>/`), which gives id and parent.
 */
export const instagram: SiteAdapter = {
  name: 'instagram',
  platform: 'instagram',
  detect: onHosts(/(^|\.)instagram\.com$/),
  threadPath: /^\/(p|reel)\/[^/]+/,
  comment: 'ul li:has(> div h3 a[href])',
  text: 'h3 + div > span[dir="auto"]',
  authorName: 'h3 a[href]',
  authorHandle: 'h3 a[href]',
  permalink: 'a[href*="/c/"] > time',
  time: 'time[datetime]',
  composer: 'form textarea',
  replyButton: 'span._a9ze + button, button:has(> span._a9zd)',
  sendButton: 'form div[role="button"][tabindex="0"], form button[type="submit"]',
  editor: 'textarea',
  id: (_el, permalink) => {
    const m = permalink ? LINK.exec(permalink) : null;
    return m ? m[2] ?? m[1]! : null;
  },
  depth: (_el, permalink) => (permalink && LINK.exec(permalink)?.[2] ? 1 : 0),
  parentId: (_el, permalink) => {
    const m = permalink ? LINK.exec(permalink) : null;
    return m?.[2] ? m[1] : undefined;
  },
};
