import type { SiteAdapter } from './types';
import { x } from './x';
import { oldReddit, reddit } from './reddit';
import { youtube } from './youtube';
import { mastodon } from './mastodon';

/** Order matters where two adapters share a host (new before old Reddit). */
export const ADAPTERS: SiteAdapter[] = [x, reddit, oldReddit, youtube, mastodon];

export function adapterFor(location: Location, document: Document): SiteAdapter | null {
  return ADAPTERS.find((a) => a.detect(location, document)) ?? null;
}
