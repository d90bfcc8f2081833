import { getSession, removeSession, setSession } from '../browser/session-store';
import type { DraftView } from '../message-views';

/**
 * The last analysed draft per tab. Kept in memory for the keystroke path and written through to
 * storage.session, so a panel opened after the worker was stopped still finds it.
 */
const drafts = new Map<number, DraftView>();
const key = (tabId: number) => `draft:${tabId}`;

const writing = new Map<number, ReturnType<typeof setTimeout>>();

export function saveDraft(tabId: number, view: DraftView): void {
  drafts.set(tabId, view);
  // Written after the keystroke's task (telling the panel comes first), the latest view per tab.
  if (writing.has(tabId)) return;
  writing.set(
    tabId,
    setTimeout(() => {
      writing.delete(tabId);
      const latest = drafts.get(tabId);
      if (latest) setSession(key(tabId), latest).catch((err: unknown) => console.warn('[parley] could not keep the draft', err));
    }),
  );
}

export async function loadDraft(tabId: number): Promise<DraftView | null> {
  const known = drafts.get(tabId);
  if (known) return known;
  const stored = await getSession<DraftView>(key(tabId));
  if (stored) drafts.set(tabId, stored);
  return stored ?? null;
}

export async function forgetDraft(tabId: number): Promise<void> {
  drafts.delete(tabId);
  await removeSession(key(tabId));
}
