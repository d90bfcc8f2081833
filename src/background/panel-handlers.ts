import type { Handlers } from '../messages';
import { enableSite } from '../browser/site-access';
import { tabState } from './tab-state';
import contentScript from '../content/content-script.ts?script';

/** Messages from the side panel about the tab it shows. */
export const panelHandlers: Handlers = {
  'tab/get': ({ tabId }) => tabState(tabId),
  'site/enable': async ({ tabId, origin }) => {
    await enableSite(origin, tabId, contentScript);
    return { ok: true };
  },
};
