import type { IdLookup, SiteAdapter } from './types';
import { fromPermalink, keptFirst, onHosts } from './shared';

const FOCUSED = 'article[data-testid="tweet"][tabindex="-1"]';
const CELL = '[data-testid="cellInnerDiv"]';
const TEXT = '[data-testid="tweetText"]';
const SHOW_MORE = '[data-testid="tweet-text-show-more-link"]';
const QUOTE = '[role="link"]';
const focusedTweet = keptFirst(FOCUSED);

/**
 * X / Twitter: articles with data-testid="tweet"; on a status page the focused tweet has
 * tabindex=-1 and the replies follow it in timeline cells. A reply continuing a chain sits in the
 * cell right after the tweet it answers; a cell without a tweet (composer, separator) ends a chain.
 * Below the replies X lists recommended posts after a heading cell ("Discover more"): not replies.
 */
export const x: SiteAdapter = {
  name: 'x',
  platform: 'x',
  detect: onHosts(/(^|\.)(x|twitter)\.com$/),
  threadPath: /\/status\/\d+/,
  virtualised: true,
  comment: 'article[data-testid="tweet"]',
  // A quoted post is a div[role=link] inside the tweet with its own text: a reply that only quotes
  // has no text of its own, and does not say the quoted words.
  text: `${TEXT}:not(${QUOTE} ${TEXT})`,
  authorName: '[data-testid="User-Name"] a:not([tabindex="-1"])',
  authorHandle: '[data-testid="User-Name"] a[tabindex="-1"]',
  permalink: 'a[href*="/status/"] > time',
  // A quoted post's time sits in a plain div, before the focused tweet's own time (at its foot).
  time: 'a[href*="/status/"] > time[datetime]',
  truncation: `${SHOW_MORE}:not(${QUOTE} ${SHOW_MORE})`,
  composer: '[data-testid^="tweetTextarea_"][role="textbox"], div[data-testid^="tweetTextarea_"] textarea',
  replyButton: '[data-testid="reply"]',
  sendButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
  editor: 'draft',
  id: fromPermalink(/\/status\/(\d+)/),
  inThread: (el) => !recommended(el),
  depth: (el) => {
    const focused = focusedTweet(el.ownerDocument);
    return !focused || focused === el ? 0 : 1;
  },
  parentId: (el, _permalink, ids) => {
    const focused = focusedTweet(el.ownerDocument);
    if (!focused || focused === el) return undefined;
    return previousInChain(el, ids) ?? ids(focused);
  },
};

function previousInChain(el: Element, ids: IdLookup): string | undefined {
  const previous = el.closest(CELL)?.previousElementSibling;
  const article = previous?.matches(CELL) ? previous.querySelector('article[data-testid="tweet"]') : null;
  if (!article || article.matches(FOCUSED)) return undefined;
  return ids(article);
}

/** Cells looked back over for the heading or a tweet already placed; X keeps few cells rendered. */
const LOOK_BACK = 8;
/** Tweets already placed on either side of the heading, so the next cell need not look further. */
const placed = new WeakMap<Element, boolean>();

/**
 * Whether a tweet sits below X's heading cell that starts the recommendations (h2[role=heading],
 * "Discover more" in the UI's language). The heading scrolls out of the DOM while the list goes
 * on, so a tweet also counts as recommended when the nearest tweet above it was.
 */
function recommended(el: Element): boolean {
  if (el.matches(FOCUSED)) return false;
  let cell = el.closest(CELL)?.previousElementSibling;
  let answer = false;
  for (let n = 0; cell && n < LOOK_BACK; n++, cell = cell.previousElementSibling) {
    const tweet = cell.querySelector('article[data-testid="tweet"]');
    if (tweet) {
      const known = tweet.matches(FOCUSED) ? false : placed.get(tweet);
      if (known !== undefined) {
        answer = known;
        break;
      }
    } else if (cell.querySelector('h2[role="heading"]')) {
      answer = true;
      break;
    }
  }
  placed.set(el, answer);
  return answer;
}