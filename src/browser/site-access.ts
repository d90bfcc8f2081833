import browser from 'webextension-polyfill';

const scriptId = (origin: string) => `parley-site-${origin.replace(/[^a-z0-9]/gi, '_')}`;

/** Ask for access to one origin; call it straight from the click handler (a user gesture). */
export function requestOrigin(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${origin}/*`] });
}

/**
 * Run the content script on an origin the user granted, now and on future visits, with the
 * main-world bridge some editors need for insertion (as the manifest does for built-in sites).
 */
export async function enableSite(origin: string, tabId: number, scripts: { content: string; bridge: string }): Promise<void> {
  const id = scriptId(origin);
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [id, `${id}-bridge`] });
  const missing = [
    { id, matches: [`${origin}/*`], js: [scripts.content], runAt: 'document_idle' as const, persistAcrossSessions: true },
    { id: `${id}-bridge`, matches: [`${origin}/*`], js: [scripts.bridge], runAt: 'document_start' as const, world: 'MAIN' as const, persistAcrossSessions: true },
  ].filter((s) => !existing.some((e) => e.id === s.id));
  if (missing.length) await chrome.scripting.registerContentScripts(missing);
  await chrome.scripting.executeScript({ target: { tabId }, files: [scripts.bridge], world: 'MAIN' });
  await chrome.scripting.executeScript({ target: { tabId }, files: [scripts.content] });
}

export async function isOriginGranted(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [`${origin}/*`] });
}
