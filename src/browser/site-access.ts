import browser from 'webextension-polyfill';

const scriptId = (origin: string) => `parley-site-${origin.replace(/[^a-z0-9]/gi, '_')}`;

/** Ask for access to one origin; call it straight from the click handler (a user gesture). */
export function requestOrigin(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${origin}/*`] });
}

/** The files the manifest injects on the built-in sites: the content script and the main-world bridge. */
function manifestScripts(): { content: string; bridge: string } {
  // @types/chrome's manifest type predates `world`.
  const declared: Array<{ js?: string[]; world?: string }> = chrome.runtime.getManifest().content_scripts ?? [];
  const file = (main: boolean) => declared.find((s) => (s.world === 'MAIN') === main)?.js?.[0];
  const content = file(false);
  const bridge = file(true);
  if (!content || !bridge) throw new Error('the manifest declares no content script to run on the site');
  return { content, bridge };
}

/**
 * Run the content script on an origin the user granted, now and on future visits, with the
 * main-world bridge some editors need for insertion (as the manifest does for built-in sites).
 */
export async function enableSite(origin: string, tabId: number): Promise<void> {
  const scripts = manifestScripts();
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
