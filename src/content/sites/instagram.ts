import type { SiteAdapter } from './types';
import { onHosts } from './shared';

const LINK = /\/c\/(\d+)(?:\/r\/(\d+))?/;

/** The comment's header row in the 2025 markup: author link, then the time link `/c/<id>/`. */
const HEADER = 'div:has(> span > a[href*="/c/"] > time)';

/**
 * Instagram post page or dialog: the time link `/p/<post>/c/<comment>/` (a reply:
 * `/c/<comment>/r/<reply>/`) gives id and parent. Two layouts are read:
 * - 2023: comments are list items, the author in an h3 (`ul li:has(> div h3 a[href])`);
 * - 2025: no list and no h3. A comment row is an avatar column (an image, no time) followed by
 *   the comment's column (header, text, Reply, Like). That column is the comment: it holds the
 *   time link and no avatar. Columns holding avatars (image links sized inline, `a[style]`) hold
 *   other comments (threads, the list); any other image may be the comment's own GIF or sticker.
 *   An h3 means the 2023 layout, read by the first selector.
 */
export const instagram: SiteAdapter = {
  name: 'instagram',
  platform: 'instagram',
  detect: onHosts(/(^|\.)instagram\.com$/),
  threadPath: /^\/(p|reel)\/[^/]+/,
  comment: 'ul li:has(> div h3 a[href]), div:has(img):not(:has(time)) + div:has(a[href*="/c/"] > time):not(:has(h3, a[style]))',
  text: `h3 + div > span[dir="auto"], ${HEADER} + div > span[dir="auto"]`,
  authorName: `h3 a[href], ${HEADER} > span a[href]:not([href*="/c/"])`,
  authorHandle: `h3 a[href], ${HEADER} > span a[href]:not([href*="/c/"])`,
  permalink: 'a[href*="/c/"] > time',
  time: 'time[datetime]',
  composer: 'form textarea',
  replyButton: 'span._a9ze + button, button:has(> span._a9zd), div[role="button"]:has(> span[dir="auto"]):not(:has(svg))',
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
