import browser from 'webextension-polyfill';

const KEY = 'settings';

/** The communicator's settings as stored (unchecked: the caller parses them). */
export async function readStoredSettings(): Promise<unknown> {
  const got = await browser.storage.local.get(KEY);
  return got[KEY];
}

export async function writeStoredSettings(value: unknown): Promise<void> {
  await browser.storage.local.set({ [KEY]: value });
}
