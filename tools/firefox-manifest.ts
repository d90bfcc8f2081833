/**
 * Firefox's manifest from the Chrome one (manifest.json stays the single source): the same pages
 * and scripts, with the keys Firefox names differently.
 */

/** The add-on's id in Firefox; enterprise policies (policies.json "3rdparty") are keyed by it. */
export const GECKO_ID = 'parley@parley-extension';
/** storage.session (115), `world: "MAIN"` content scripts (128), data_collection_permissions (140). */
export const FIREFOX_MIN_VERSION = '140.0';

type Json = Record<string, unknown>;

interface ChromeManifest extends Json {
  action?: { default_title?: string; default_icon?: Json | string };
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  side_panel?: { default_path: string };
  permissions?: string[];
  storage?: { managed_schema?: string };
}

export interface FirefoxManifest extends Json {
  background?: { scripts: string[]; type?: string };
  sidebar_action?: { default_panel: string; default_title?: string; default_icon?: Json | string; open_at_install: boolean };
  permissions?: string[];
  browser_specific_settings: {
    gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: ['none'] } };
  };
}

export function toFirefoxManifest(chrome: ChromeManifest): FirefoxManifest {
  const { minimum_chrome_version: _chromeOnly, side_panel, storage, background, permissions, ...rest } = chrome;
  const firefox: FirefoxManifest = {
    ...rest,
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Pack sync fetches only URLs the organisation or the user configured; nothing about the user is sent.
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
  // Firefox MV3 runs background scripts as an event page, not a service worker.
  if (background) {
    const scripts = background.scripts ?? (background.service_worker ? [background.service_worker] : []);
    firefox.background = { scripts, ...(background.type ? { type: background.type } : {}) };
  }
  if (side_panel) {
    firefox.sidebar_action = {
      default_panel: side_panel.default_path,
      ...(chrome.action?.default_title ? { default_title: chrome.action.default_title } : {}),
      ...(chrome.action?.default_icon ? { default_icon: chrome.action.default_icon } : {}),
      open_at_install: false,
    };
  }
  // Firefox has no sidePanel permission (sidebarAction needs none).
  if (permissions) firefox.permissions = permissions.filter((p) => p !== 'sidePanel');
  // Firefox ignores storage.managed_schema: administrators set managed storage in policies.json ("3rdparty").
  const { managed_schema: _schema, ...storageRest } = storage ?? {};
  if (storage && Object.keys(storageRest).length) firefox.storage = storageRest;
  return firefox;
}
