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

export function adapterFor(location: Location, document: Document): SiteAdapter {
  return ADAPTERS.find((a) => a.detect(location, document)) ?? generic;
}
