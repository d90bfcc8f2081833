import type { Handlers } from '../messages';
import { notify } from './notify';
import { saveReport } from './tab-state';

/** Messages from content scripts. */
export const pageHandlers: Handlers = {
  'page/report': async (report, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('page reports come from tabs only');
    await saveReport(tabId, report);
    notify(tabId, ['queue']);
    return { ok: true };
  },
};
