import browser from 'webextension-polyfill';

/**
 * Per-browser-session state that must survive the worker being stopped; storage.session is
 * cleared when the browser closes, which is what per-tab state wants.
 */
export async function getSession<T>(key: string): Promise<T | undefined> {
  const got = await browser.storage.session.get(key);
  return got[key] as T | undefined;
}

/** The stored values of `keys`; a key not stored is absent. */
export async function getSessionItems(keys: string[]): Promise<Record<string, unknown>> {
  return keys.length ? browser.storage.session.get(keys) : {};
}

export async function setSession(key: string, value: unknown): Promise<void> {
  await setSessionItems({ [key]: value });
}

/** Several keys in one storage call, which the browser applies as one (a quota error writes none). */
export async function setSessionItems(items: Record<string, unknown>): Promise<void> {
  await browser.storage.session.set(items);
}

export async function removeSession(keys: string | string[]): Promise<void> {
  await browser.storage.session.remove(keys);
}
