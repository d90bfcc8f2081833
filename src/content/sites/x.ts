import type { IdLookup, SiteAdapter } from './types';
import { fromPermalink, onHosts } from './shared';

const FOCUSED = 'article[data-testid="tweet"][tabindex="-1"]';
const CELL = '[data-testid="cellInnerDiv"]';

/**
 * X / Twitter: articles with data-testid="tweet"; on a status page the focused tweet has
 * tabindex=-1 and the replies follow it in timeline cells. A reply continuing a chain sits in the
 * cell right after the tweet it answers; a cell without a tweet (composer, separator) ends a chain.
 */
export const x: SiteAdapter = {
  name: 'x',
  platform: 'x',
  detect: onHosts(/(^|\.)(x|twitter)\.com$/),
  threadPath: /\/status\/\d+/,
  virtualised: true,
  comment: 'article[data-testid="tweet"]',
  text: '[data-testid="tweetText"]',
  authorName: '[data-testid="User-Name"] a:not([tabindex="-1"])',
  authorHandle: '[data-testid="User-Name"] a[tabindex="-1"]',
  permalink: 'a[href*="/status/"] > time',
  time: 'time[datetime]',
  truncation: '[data-testid="tweet-text-show-more-link"]',
  composer: '[data-testid^="tweetTextarea_"][role="textbox"], div[data-testid^="tweetTextarea_"] textarea',
  replyButton: '[data-testid="reply"]',
  sendButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
  editor: 'draft',
  id: fromPermalink(/\/status\/(\d+)/),
  depth: (el) => (el.matches(FOCUSED) || !el.ownerDocument.querySelector(FOCUSED) ? 0 : 1),
  parentId: (el, _permalink, ids) => {
    if (el.matches(FOCUSED)) return undefined;
    const focused = el.ownerDocument.querySelector(FOCUSED);
    if (!focused) return undefined;
    return previousInChain(el, ids) ?? ids(focused);
  },
};

function previousInChain(el: Element, ids: IdLookup): string | undefined {
  const previous = el.closest(CELL)?.previousElementSibling;
  const article = previous?.matches(CELL) ? previous.querySelector('article[data-testid="tweet"]') : null;
  if (!article || article.matches(FOCUSED)) return undefined;
  return ids(article);
}
