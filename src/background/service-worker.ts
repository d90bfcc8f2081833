import browser from 'webextension-polyfill';
import { handle } from '../messages';
import { openPanel, openPanelOnActionClick } from '../browser/side-panel';
import { forgetTab } from './tab-state';
import { pageHandlers } from './page-handlers';
import { packHandlers } from './pack-handlers';
import { panelHandlers } from './panel-handlers';

// Listeners are registered synchronously at the top level so a worker woken by an event gets it.
browser.runtime.onInstalled.addListener(() => void openPanelOnActionClick());
browser.runtime.onStartup.addListener(() => void openPanelOnActionClick());

chrome.commands.onCommand.addListener((command, tab) => {
  if (command === 'open-panel' && tab?.id !== undefined) void openPanel(tab.id);
});

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

handle({ ...pageHandlers, ...packHandlers, ...panelHandlers });
