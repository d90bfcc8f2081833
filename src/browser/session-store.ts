import browser from 'webextension-polyfill';

/**
 * Per-browser-session state that must survive the worker being stopped; storage.session is
 * cleared when the browser closes, which is what per-tab state wants.
 */
export async function getSession<T>(key: string): Promise<T | undefined> {
  const got = await browser.storage.session.get(key);
  return got[key] as T | undefined;
}

export async function setSession(key: string, value: unknown): Promise<void> {
  await browser.storage.session.set({ [key]: value });
}

export async function removeSession(key: string): Promise<void> {
  await browser.storage.session.remove(key);
}
