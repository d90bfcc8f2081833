import browser from 'webextension-polyfill';
import { handle } from '../messages';
import { openPanel, openPanelOnActionClick } from '../browser/side-panel';
import { forgetIfGone, forgetTab } from './tab-state';
import { pageHandlers } from './page-handlers';
import { packHandlers } from './pack-handlers';
import { panelHandlers } from './panel-handlers';
import { draftHandlers, forgetReplyContext, registerPanelOpener } from './draft-handlers';
import { forgetDraft } from './draft-state';
import { notify } from './notify';
import { registerSyncTriggers } from './sync-triggers';

// Listeners are registered synchronously at the top level so a worker woken by an event gets it.
// (Firefox's sidebar opens from an action.onClicked listener, so this runs on every start.)
void openPanelOnActionClick();

chrome.commands.onCommand.addListener((command, tab) => {
  if (command === 'open-panel' && tab?.id !== undefined) void openPanel(tab.id);
});

registerSyncTriggers();
registerPanelOpener();

const forgetPage = (tabId: number) => {
  forgetReplyContext(tabId);
  void forgetDraft(tabId);
};
browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
  forgetPage(tabId);
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'complete') return;
  void forgetIfGone(tabId).then((gone) => {
    if (!gone) return;
    forgetPage(tabId);
    notify(tabId, ['queue', 'draft']);
  });
});

handle({ ...pageHandlers, ...packHandlers, ...panelHandlers, ...draftHandlers });
