import browser from 'webextension-polyfill';
import { handle } from '../messages';
import { openPanel, openPanelOnActionClick } from '../browser/side-panel';
import { forgetTab } from './tab-state';
import { pageHandlers } from './page-handlers';
import { packHandlers } from './pack-handlers';
import { panelHandlers } from './panel-handlers';
import { draftHandlers, forgetReplyContext, registerPanelOpener } from './draft-handlers';
import { forgetDraft } from './draft-state';
import { registerSyncTriggers } from './sync-triggers';

// Listeners are registered synchronously at the top level so a worker woken by an event gets it.
// (Firefox's sidebar opens from an action.onClicked listener, so this runs on every start.)
void openPanelOnActionClick();

chrome.commands.onCommand.addListener((command, tab) => {
  if (command === 'open-panel' && tab?.id !== undefined) void openPanel(tab.id);
});

registerSyncTriggers();
registerPanelOpener();

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
browser.tabs.onRemoved.addListener((tabId) => {
  forgetReplyContext(tabId);
  void forgetDraft(tabId);
});

handle({ ...pageHandlers, ...packHandlers, ...panelHandlers, ...draftHandlers });
