import browser from 'webextension-polyfill';

/** A UI string from _locales; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, ...subs: string[]): string {
  return browser.i18n.getMessage(key, subs) || key;
}
