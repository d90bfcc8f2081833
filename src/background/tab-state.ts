import browser from 'webextension-polyfill';
import { getSession, removeSession, setSession } from '../browser/session-store';
import type { PageReport } from '../core/comment';
import { builtInPlatform, enableableOrigin } from '../core/platform-hosts';
import type { TabState } from '../messages';

interface StoredTab {
  report: PageReport;
  updatedAt: string;
}

const key = (tabId: number) => `tab:${tabId}`;

export async function saveReport(tabId: number, report: PageReport): Promise<void> {
  await setSession(key(tabId), { report, updatedAt: new Date().toISOString() } satisfies StoredTab);
}

export async function forgetTab(tabId: number): Promise<void> {
  await removeSession(key(tabId));
}

export async function tabState(tabId: number): Promise<TabState> {
  const stored = await getSession<StoredTab>(key(tabId));
  // Without the "tabs" permission the URL is only visible on sites we have access to.
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const url = tab?.url ?? stored?.report.url ?? null;
  const host = url ? safeHost(url) : null;
  const reportIsCurrent = !!stored && (!tab?.url || sameDocument(tab.url, stored.report.url));
  return {
    tabId,
    url,
    platform: reportIsCurrent ? stored.report.platform : host ? builtInPlatform(host) : null,
    active: reportIsCurrent,
    enableableOrigin: reportIsCurrent ? null : enableableOrigin(url),
    comments: reportIsCurrent ? stored.report.comments : [],
    updatedAt: reportIsCurrent ? stored.updatedAt : null,
  };
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}
