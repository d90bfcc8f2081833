import type { SiteAdapter } from './types';
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
 * Markup only one site's pages carry. On a host no adapter claims (one the user enabled Parley
 * on), it recognises a copy of that site's page: a saved page served from an archive or an
 * intranet, a mirror. XING has no such markup known; Mastodon is recognised by its markup anyway.
 */
const SITE_MARKUP: ReadonlyArray<[SiteAdapter, string]> = [
  [x, 'article[data-testid="tweet"]'],
  [facebook, 'div[role="article"] a[href*="comment_id="]'],
  [instagram, 'a[href*="/p/"][href*="/c/"] > time'],
  [linkedin, '[componentkey^="replaceableComment_urn:li:comment:"], article[data-id^="urn:li:comment:"]'],
  [reddit, 'shreddit-comment'],
  [oldReddit, '.thing.comment[data-fullname]'],
  [youtube, 'ytd-comment-thread-renderer, ytd-comment-view-model'],
];

export function adapterFor(location: Location, document: Document): SiteAdapter {
  const byHost = ADAPTERS.find((a) => a !== generic && a.detect(location, document));
  return byHost ?? SITE_MARKUP.find(([, markup]) => document.querySelector(markup))?.[0] ?? generic;
}
