/**
 * A UI string for the content script, straight from chrome.i18n (the panel's `t` brings the
 * polyfill, too heavy for the content script's budget). Missing strings show their key.
 */
export function say(key: string, ...subs: string[]): string {
  return chrome.i18n.getMessage(key, subs) || key;
}
