import type { SiteAdapter } from './types';
import { addressOf, type PageAddress } from '../scan';
import { savedFrom } from '../saved-from';
import { x } from './x';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { oldReddit, reddit } from './reddit';
import { youtube } from './youtube';
import { mastodon } from './mastodon';
import { generic, xing } from './generic';

/** Order matters where two adapters share a host (new before old Reddit); generic comes last. */
export const ADAPTERS: readonly SiteAdapter[] = [x, facebook, instagram, linkedin, reddit, oldReddit, youtube, xing, mastodon, generic];

/**
 * Copies of a site's page: markup only that site's pages carry (its comment selector unless named),
 * and the site's address. On a page no adapter claims by its host (a saved page opened from disk,
 * or served from a host the user enabled Parley on), the markup recognises the site. XING has no
 * such markup known; Mastodon is recognised by its markup anyway.
 */
const COPIES: ReadonlyArray<{ adapter: SiteAdapter; markup?: string; home: string }> = [
  { adapter: x, home: 'https://x.com/' },
  { adapter: facebook, markup: 'div[role="article"] a[href*="comment_id="]', home: 'https://www.facebook.com/' },
  { adapter: instagram, markup: 'a[href*="/p/"][href*="/c/"] > time', home: 'https://www.instagram.com/' },
  { adapter: linkedin, home: 'https://www.linkedin.com/' },
  { adapter: reddit, home: 'https://www.reddit.com/' },
  { adapter: oldReddit, home: 'https://old.reddit.com/' },
  { adapter: youtube, markup: 'ytd-comment-thread-renderer, ytd-comment-view-model', home: 'https://www.youtube.com/' },
];

export function adapterFor(location: Location, document: Document): SiteAdapter {
  const byHost = ADAPTERS.find((a) => a !== generic && a.detect(location, document));
  return byHost ?? COPIES.find((c) => document.querySelector(c.markup ?? c.adapter.comment))?.adapter ?? generic;
}

/**
 * The address comment links are resolved against. On the site itself it is the page's own. A copy
 * of a site's page links relative to the site, so there it is the address the page was saved
 * from (see `savedFrom`), else the site's home page.
 */
export function linkBase(adapter: SiteAdapter, location: Location, document: Document): PageAddress {
  const page = addressOf(location);
  if ((page.protocol === 'https:' || page.protocol === 'http:') && adapter.detect(location, document)) return page;
  const home = COPIES.find((c) => c.adapter.name === adapter.name)?.home;
  const from = savedFrom(document) ?? home;
  return from ? addressOf(new URL(from)) : page;
}
