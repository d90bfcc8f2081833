import { getSession, getSessionItems, removeSession, setSessionItems } from '../browser/session-store';
import type { AdapterStatus, Composer } from '../core/comment';
import type { Platform } from '../core/pack/schema';
import { CommentChunks, type StoredChunk } from './comment-chunks';

/** What the worker knows about a tab's page. */
export interface TabRecord {
  url: string;
  platform: Platform;
  adapter: AdapterStatus;
  comments: CommentChunks;
  composer: Composer | null;
  updatedAt: string;
  spotlight?: { commentId: string; at: string };
}

/** Stored under `tab:<id>`; the comments under `tab:<id>:c<key>`, one key a chunk, in the order of `chunks`. */
interface TabHeader extends Omit<TabRecord, 'comments'> {
  chunks: number[];
}

const headerKey = (tabId: number) => `tab:${tabId}`;
const chunkKey = (tabId: number, key: number) => `tab:${tabId}:c${key}`;

export async function readTab(tabId: number): Promise<TabRecord | undefined> {
  const header = await getSession<TabHeader>(headerKey(tabId));
  if (!header) return undefined;
  const { chunks, ...rest } = header;
  const got = await getSessionItems(chunks.map((key) => chunkKey(tabId, key)));
  // A chunk can be gone when its header's rewrite failed after the removal (its comments were
  // removed, or belonged to the page before): it is left out, and the next write heals the header.
  const stored = chunks.flatMap((key): StoredChunk[] => {
    const comments = got[chunkKey(tabId, key)] as StoredChunk['comments'] | undefined;
    return comments ? [{ key, comments }] : [];
  });
  return { ...rest, comments: CommentChunks.restore(stored) };
}

/**
 * Store the tab's header and the chunks changed since the last write. Chunks gone are removed
 * first, freeing their room; the header goes in the same storage call as the chunks it lists,
 * so a worker stopped between two calls never leaves a header naming a chunk not yet written.
 */
export async function writeTab(tabId: number, tab: TabRecord): Promise<void> {
  const { comments, ...rest } = tab;
  const { write, drop } = comments.changes();
  if (drop.length) await removeSession(drop.map((key) => chunkKey(tabId, key)));
  const items: Record<string, unknown> = { [headerKey(tabId)]: { ...rest, chunks: comments.keys() } satisfies TabHeader };
  for (const chunk of write) items[chunkKey(tabId, chunk.key)] = chunk.comments;
  await setSessionItems(items);
  comments.saved();
}

export async function removeTab(tabId: number): Promise<void> {
  const header = await getSession<TabHeader>(headerKey(tabId));
  await removeSession([headerKey(tabId), ...(header?.chunks ?? []).map((key) => chunkKey(tabId, key))]);
}
