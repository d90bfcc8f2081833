import browser from 'webextension-polyfill';
import { formatMessage, type LocaleMessages } from '../core/phrase';

export type UiLanguage = '' | 'en' | 'de' | 'sv';

// chrome.i18n always answers in the browser's language; a chosen language is loaded here instead.
let chosen: { language: Exclude<UiLanguage, ''>; messages: LocaleMessages } | null = null;

/** A UI string; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, ...subs: string[]): string {
  const entry = chosen?.messages[key];
  if (entry) return formatMessage(entry, subs);
  return browser.i18n.getMessage(key, subs) || key;
}

/** The language the UI speaks now, for `lang` attributes and number formatting. */
export function uiLanguage(): string {
  return chosen?.language ?? browser.i18n.getUILanguage();
}

/** Switch the UI language ("" = the browser's) by loading that locale's messages.json from the extension. */
export async function chooseLanguage(language: UiLanguage): Promise<void> {
  if (!language) {
    chosen = null;
    return;
  }
  if (chosen?.language === language) return;
  const response = await fetch(browser.runtime.getURL(`_locales/${language}/messages.json`));
  chosen = { language, messages: (await response.json()) as LocaleMessages };
}
