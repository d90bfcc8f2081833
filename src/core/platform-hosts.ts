import type { Platform } from './pack/schema';

/** Hosts where Parley's content script runs from install (must match manifest.json). */
const HOSTS: Array<[RegExp, Platform]> = [
  [/^(?:mobile\.)?(?:x|twitter)\.com$/, 'x'],
  [/^(?:www|m)\.facebook\.com$/, 'facebook'],
  [/^www\.instagram\.com$/, 'instagram'],
  [/^www\.linkedin\.com$/, 'linkedin'],
  [/^(?:www|m)\.youtube\.com$/, 'youtube'],
  [/^(?:www|old)\.reddit\.com$/, 'reddit'],
  [/^www\.xing\.com$/, 'xing'],
];

export function builtInPlatform(host: string): Platform | null {
  for (const [re, platform] of HOSTS) if (re.test(host)) return platform;
  return null;
}

/** The origin the user could enable Parley on, for http(s) pages that are not built in. */
export function enableableOrigin(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if ((u.protocol !== 'https:' && u.protocol !== 'http:') || builtInPlatform(u.hostname)) return null;
    return u.origin;
  } catch {
    return null;
  }
}

/** Pages no extension may script: browser pages, extension galleries, other extensions. */
export function isRestrictedUrl(url: string | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:' && u.protocol !== 'file:') return true;
    return /^(chromewebstore\.google\.com|chrome\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com)$/.test(u.hostname);
  } catch {
    return false;
  }
}
