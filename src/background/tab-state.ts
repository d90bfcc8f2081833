import browser from 'webextension-polyfill';
import { getSession, removeSession, setSession } from '../browser/session-store';
import type { AdapterStatus, Composer, PageComment, PageReport } from '../core/comment';
import type { Platform } from '../core/pack/schema';
import { classifyComment } from '../core/classify';
import { buildQueue, understandingView } from '../core/queue';
import { builtInPlatform, enableableOrigin, isRestrictedUrl } from '../core/platform-hosts';
import type { TabState, UnderstandingView } from '../message-views';
import { currentAnalyzer } from './analyzer';

interface StoredTab {
  url: string;
  platform: Platform;
  adapter: AdapterStatus;
  comments: PageComment[];
  composer: Composer | null;
  updatedAt: string;
}

const key = (tabId: number) => `tab:${tabId}`;

/** Merge a content script's report into what the worker knows about the tab. */
export async function saveReport(tabId: number, report: PageReport): Promise<void> {
  const previous = report.reset ? undefined : await getSession<StoredTab>(key(tabId));
  const byId = new Map((previous?.comments ?? []).map((c) => [c.id, c]));
  for (const id of report.removed) byId.delete(id);
  for (const c of report.comments) byId.set(c.id, c);
  const stored: StoredTab = {
    url: report.url,
    platform: report.platform,
    adapter: report.adapter,
    comments: [...byId.values()],
    composer: previous?.composer ?? null,
    updatedAt: new Date().toISOString(),
  };
  await setSession(key(tabId), stored);
}

export async function forgetTab(tabId: number): Promise<void> {
  await removeSession(key(tabId));
}

// Classification is cached per comment text: a report or a panel refresh does not redo it.
const understood = new Map<string, UnderstandingView>();
const MAX_CACHED = 20_000;

export async function tabState(tabId: number): Promise<TabState> {
  const stored = await getSession<StoredTab>(key(tabId));
  // Without the "tabs" permission the URL is only visible on sites we have access to.
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const url = tab?.url ?? stored?.url ?? null;
  const host = url ? safeHost(url) : null;
  const current = stored && (!tab?.url || sameDocument(tab.url, stored.url)) ? stored : undefined;
  const analyzer = await currentAnalyzer();
  const understand = (c: PageComment): UnderstandingView => {
    const cacheKey = `${analyzer.pack.id}@${analyzer.pack.version}|${c.text}`;
    let view = understood.get(cacheKey);
    if (!view) {
      if (understood.size >= MAX_CACHED) understood.clear();
      view = understandingView(classifyComment(c.text, analyzer.understanding), analyzer.pack.escalations);
      understood.set(cacheKey, view);
    }
    return view;
  };
  return {
    tabId,
    url,
    platform: current ? current.platform : host ? builtInPlatform(host) : null,
    active: !!current,
    restricted: isRestrictedUrl(url),
    enableableOrigin: current ? null : enableableOrigin(url),
    adapter: current?.adapter ?? null,
    queue: current ? buildQueue(current.comments, understand, analyzer.pack) : [],
    composer: current?.composer ?? null,
    updatedAt: current?.updatedAt ?? null,
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
