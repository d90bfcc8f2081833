import browser from 'webextension-polyfill';
import type * as ChromePanel from './side-panel';

/**
 * Firefox's sidebar (`sidebar_action` in the Firefox manifest) in place of Chrome's side panel;
 * the Firefox build uses this file wherever side-panel.ts is imported. Firefox's sidebar belongs
 * to the window and follows its active tab, so no tab id is needed to open it.
 */

const toggle = () => void browser.sidebarAction.toggle();

/** Call at the background script's top level: Firefox wakes the event page only for listeners registered there. */
export const openPanelOnActionClick: typeof ChromePanel.openPanelOnActionClick = async () => {
  if (!browser.action.onClicked.hasListener(toggle)) browser.action.onClicked.addListener(toggle);
};

/** Must be called directly inside a user action (a command or click), with no await before it. */
export const openPanel: typeof ChromePanel.openPanel = () => browser.sidebarAction.open();
