import browser from 'webextension-polyfill';
import { handle, send } from '../messages';
import { openPanel, openPanelOnActionClick } from '../browser/side-panel';
import { enableSite } from '../browser/site-access';
import { forgetTab, saveReport, tabState } from './tab-state';
import { importPack, packStatus, resetToStarter } from './packs';
import contentScript from '../content/content-script.ts?script';

// Listeners are registered synchronously at the top level so a worker woken by an event gets it.
browser.runtime.onInstalled.addListener(() => void openPanelOnActionClick());
browser.runtime.onStartup.addListener(() => void openPanelOnActionClick());

chrome.commands.onCommand.addListener((command, tab) => {
  if (command === 'open-panel' && tab?.id !== undefined) void openPanel(tab.id);
});

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

/** Tell open panels and option pages; nobody listening is fine. */
function notify(tabId: number | null): void {
  send('state/changed', { tabId }).catch(() => undefined);
}

handle({
  'page/report': async (report, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('page reports come from tabs only');
    await saveReport(tabId, report);
    notify(tabId);
    return { ok: true };
  },
  'tab/get': ({ tabId }) => tabState(tabId),
  'pack/status': () => packStatus(),
  'pack/import': async ({ text, source }) => {
    const result = await importPack(text, source);
    notify(null);
    return result;
  },
  'pack/reset': async () => {
    await resetToStarter();
    notify(null);
    return { ok: true };
  },
  'site/enable': async ({ tabId, origin }) => {
    await enableSite(origin, tabId, contentScript);
    return { ok: true };
  },
});
