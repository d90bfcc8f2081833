import type { Handlers } from '../messages';
import type { Platform } from '../core/pack/schema';
import { builtInPlatform } from '../core/platform-hosts';
import { contentConfigFor } from './content-config';
import { forgetMarks, notify } from './notify';
import { saveReport } from './tab-state';

/**
 * The platform a content script may claim: its host decides for the built-in sites; elsewhere
 * (a site the user enabled) only the self-hosted kinds it can recognise by markup.
 */
function platformOfSender(url: string | undefined, claimed: Platform | undefined): Platform {
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    // an unparsable sender URL is treated like any other host
  }
  return builtInPlatform(host) ?? (claimed === 'mastodon' ? 'mastodon' : 'generic');
}

/** Messages from content scripts. */
export const pageHandlers: Handlers = {
  'page/report': async (report, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('page reports come from tabs only');
    await saveReport(tabId, report);
    if (report.reset) forgetMarks(tabId);
    notify(tabId, ['queue']);
    return { ok: true };
  },
  'content/config': ({ platform }, sender) => contentConfigFor(platformOfSender(sender.url ?? sender.tab?.url, platform)),
};
