import browser from 'webextension-polyfill';

const scriptId = (origin: string) => `parley-site-${origin.replace(/[^a-z0-9]/gi, '_')}`;

/** Ask for access to one origin; call it straight from the click handler (a user gesture). */
export function requestOrigin(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${origin}/*`] });
}

/** Run the content script on an origin the user granted, now and on future visits. */
export async function enableSite(origin: string, tabId: number, contentScript: string): Promise<void> {
  const id = scriptId(origin);
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [id] });
  if (!existing.length) {
    await chrome.scripting.registerContentScripts([
      { id, matches: [`${origin}/*`], js: [contentScript], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  await chrome.scripting.executeScript({ target: { tabId }, files: [contentScript] });
}

export async function isOriginGranted(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [`${origin}/*`] });
}
