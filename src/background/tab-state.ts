import browser from 'webextension-polyfill';
import type { Composer, PageComment, PageReport } from '../core/comment';
import type { Platform } from '../core/pack/schema';
import { classifyComment } from '../core/classify';
import { buildQueue, understandingView } from '../core/queue';
import { builtInPlatform, enableableOrigin, isRestrictedUrl } from '../core/platform-hosts';
import type { QueueItem, TabState, UnderstandingView } from '../message-views';
import type { Analyzer } from '../core/reply/analyze';
import { sendToTab } from '../messages';
import { currentAnalyzer } from './analyzer';
import { CommentChunks } from './comment-chunks';
import { readTab, removeTab, writeTab, type TabRecord } from './tab-store';

/** Characters of comment text kept per tab: storage.session holds 10 MB in all, in UTF-16 JSON. */
const MAX_STORED_TEXT = 2_000_000;

// Writes to one tab's record happen one after another: two deltas read-modify-writing the same
// storage key at once would lose one. (A killed worker loses this queue, but nothing stored.)
const writing = new Map<number, Promise<unknown>>();

/** Run `write` after every earlier write to this tab's record has finished. */
export function serialised<T>(tabId: number, write: () => Promise<T>): Promise<T> {
  const next = (writing.get(tabId) ?? Promise.resolve()).then(write);
  const settled = next.catch(() => undefined);
  writing.set(tabId, settled);
  void settled.then(() => {
    if (writing.get(tabId) === settled) writing.delete(tabId);
  });
  return next;
}

// Each tab's record, kept in memory as well: a long thread's comments are not read back from
// storage on every report and every look. Storage (written through) serves a restarted worker.
const known = new Map<number, TabRecord>();
/** Bumped when a tab's record is removed, so a storage read begun before cannot bring it back. */
const removals = new Map<number, number>();

async function load(tabId: number): Promise<TabRecord | undefined> {
  const cached = known.get(tabId);
  if (cached) return cached;
  const removed = removals.get(tabId);
  const stored = await readTab(tabId);
  // A write that came in while storage was read is the newer one; a removal wins over both.
  if (stored && !known.has(tabId) && removals.get(tabId) === removed) known.set(tabId, stored);
  return known.get(tabId);
}

/** Tabs closed in this worker's life (ids are not reused in a browser session): a report still on its way must not bring one back. */
const closed = new Set<number>();

async function store(tabId: number, tab: TabRecord): Promise<void> {
  if (closed.has(tabId)) return;
  known.set(tabId, tab);
  await writeTab(tabId, tab);
}

async function remove(tabId: number): Promise<void> {
  known.delete(tabId);
  removals.set(tabId, (removals.get(tabId) ?? 0) + 1);
  await removeTab(tabId);
}

/** The platform of the content script running in this tab's current page, if any. */
export async function contentPlatform(tabId: number, tabUrl: string | undefined): Promise<Platform | null> {
  const page = await load(tabId);
  if (!page) return null;
  return !tabUrl || sameDocument(tabUrl, page.url) ? page.platform : null;
}

/** Merge a content script's report into what the worker knows about the tab. */
export function saveReport(tabId: number, report: PageReport): Promise<void> {
  return serialised(tabId, () => merge(tabId, report));
}

async function merge(tabId: number, report: PageReport): Promise<void> {
  const previous = await load(tabId);
  const fresh = report.reset || !previous || !sameDocument(previous.url, report.url);
  const comments = fresh ? CommentChunks.replacing(previous?.comments) : previous.comments;
  comments.apply(report.removed, report.comments, MAX_STORED_TEXT);
  const stored: TabRecord = {
    url: report.url,
    platform: report.platform,
    adapter: report.adapter,
    comments,
    composer: previous?.composer ?? null,
    updatedAt: new Date().toISOString(),
    spotlight: fresh ? undefined : previous.spotlight,
  };
  await store(tabId, stored);
}

/**
 * After the tab loaded a page: when that page does not run our content script (the user left
 * for chrome://… or a site Parley does not read), what the last one reported is forgotten. The
 * worker cannot see the tab's URL without the "tabs" permission, so it asks the page. A report
 * that arrived meanwhile proves the page is ours. True when the record was forgotten.
 */
export async function forgetIfGone(tabId: number): Promise<boolean> {
  const before = await load(tabId);
  if (!before) return false;
  const ours = await sendToTab(tabId, 'page/ping', {}).then(
    () => true,
    () => false,
  );
  if (ours) return false;
  return serialised(tabId, async () => {
    const now = await load(tabId);
    if (now?.updatedAt !== before.updatedAt) return false;
    await remove(tabId);
    return true;
  });
}

/** The tab was closed: its record goes once the writes already queued for it are done, and none comes after. */
export function forgetTab(tabId: number): Promise<void> {
  closed.add(tabId);
  return serialised(tabId, () => remove(tabId));
}

/** Pages already asked to read every comment, by their comment store (a new page gets a new one). */
const askedToReadAll = new WeakSet<CommentChunks>();

/**
 * The panel shows this tab's queue, so its page should read the comments away from the screen
 * too. Once per page: null when the tab's current page was already asked (or none reported);
 * `undo` when the page could not be told.
 */
export async function pageToReadAll(tabId: number): Promise<{ undo(): void } | null> {
  const record = await load(tabId);
  if (!record || askedToReadAll.has(record.comments)) return null;
  askedToReadAll.add(record.comments);
  return { undo: () => void askedToReadAll.delete(record.comments) };
}

// Classification is cached per comment text: a report or a panel refresh does not redo it.
const understood = new Map<string, UnderstandingView>();
const MAX_CACHED = 20_000;

export async function tabState(tabId: number): Promise<TabState> {
  const stored = await load(tabId);
  // Without the "tabs" permission the URL is only visible on sites we have access to.
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const url = tab?.url ?? stored?.url ?? null;
  const host = url ? safeHost(url) : null;
  const current = stored && (!tab?.url || sameDocument(tab.url, stored.url)) ? stored : undefined;
  const analyzer = await currentAnalyzer();
  const understand = understander(analyzer);
  return {
    tabId,
    url,
    platform: current ? current.platform : host ? builtInPlatform(host) : null,
    active: !!current,
    restricted: isRestrictedUrl(url),
    enableableOrigin: current ? null : enableableOrigin(url),
    adapter: current?.adapter ?? null,
    queue: current ? buildQueue(current.comments.all(), understand, analyzer.pack) : [],
    composer: current?.composer ?? null,
    updatedAt: current?.updatedAt ?? null,
    spotlight: current?.spotlight ?? null,
  };
}

function understander(analyzer: Analyzer): (c: PageComment) => UnderstandingView {
  return (c) => {
    const cacheKey = `${analyzer.pack.id}@${analyzer.pack.version}|${c.text}`;
    let view = understood.get(cacheKey);
    if (!view) {
      if (understood.size >= MAX_CACHED) understood.clear();
      view = understandingView(classifyComment(c.text, analyzer.understanding), analyzer.pack.escalations);
      understood.set(cacheKey, view);
    }
    return view;
  };
}

/**
 * Record the reply box in focus (composer tracking). A box focused before the page's first
 * report starts the tab's record; the report then fills in the rest.
 */
export function setComposer(tabId: number, url: string, platform: Platform, composer: Composer | null): Promise<void> {
  return serialised(tabId, async () => {
    const stored = await load(tabId);
    const base: TabRecord =
      stored && sameDocument(stored.url, url)
        ? stored
        : { url, platform, adapter: { id: platform, status: 'generic', failed: [] }, comments: CommentChunks.replacing(stored?.comments), composer: null, updatedAt: new Date().toISOString() };
    await store(tabId, { ...base, composer });
  });
}

/** Ask the panel to show one of the page's comments (a click on its needs-answer mark). */
export function setSpotlight(tabId: number, commentId: string): Promise<void> {
  return serialised(tabId, async () => {
    const stored = await load(tabId);
    if (stored) await store(tabId, { ...stored, spotlight: { commentId, at: new Date().toISOString() } });
  });
}

export interface ReplyContext {
  platform: Platform;
  /** The comment answered, as the queue shows it; null for a new top-level reply or an unknown id. */
  item: QueueItem | null;
  /** What our own accounts already replied to that comment. */
  ownReplies: string[];
}

/** What a draft in this tab answers, for the draft analysis. */
export async function replyContext(tabId: number, commentId: string | null, analyzer: Analyzer): Promise<ReplyContext> {
  const stored = await load(tabId);
  if (!stored) return { platform: 'generic', item: null, ownReplies: [] };
  const replies = commentId ? stored.comments.all().filter((c) => c.own && c.parentId === commentId) : [];
  const comment = commentId ? stored.comments.get(commentId) : undefined;
  const item = comment ? buildQueue([comment, ...replies], understander(analyzer), analyzer.pack).find((q) => q.comment.id === commentId) ?? null : null;
  return { platform: stored.platform, item, ownReplies: replies.map((c) => c.text) };
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
