import browser from 'webextension-polyfill';
import { send, sendToTab } from '../messages';
import { diffMarks, marksOf, type SentMarks } from '../core/marks';
import { configsSent } from './content-config';
import { tabState } from './tab-state';

type Topic = 'queue' | 'draft' | 'pack' | 'settings';

/**
 * Tell open panels and option pages what changed; nobody listening is fine. A tab's queue or the
 * pack changing also updates the in-page markers of comments needing an answer.
 */
export function notify(tabId: number | null, topics: Topic[]): void {
  send('state/changed', { tabId, topics }).catch(() => undefined);
  if (tabId !== null && topics.includes('queue')) markTab(tabId);
  if (tabId === null && topics.includes('pack')) void markAllTabs();
}

// What each tab's content script was last sent. Lost with the worker: the next push is then a reset.
const sent = new Map<number, SentMarks>();
/** Bumped when a tab's page starts over, so a push begun before cannot record what the new page holds. */
const generation = new Map<number, number>();
const running = new Set<number>();
const again = new Set<number>();

/** The tab's page started over (new document or content script): its next marks are a reset. */
export function forgetMarks(tabId: number): void {
  sent.delete(tabId);
  generation.set(tabId, (generation.get(tabId) ?? 0) + 1);
}

/** Nothing known about the tab's marks; the next push, if any, is a reset. */
function dropMarks(tabId: number): void {
  sent.delete(tabId);
  generation.delete(tabId);
}

/** Push the tab's marks; reports arriving meanwhile are folded into one more push. */
function markTab(tabId: number): void {
  if (running.has(tabId)) {
    again.add(tabId);
    return;
  }
  running.add(tabId);
  void (async () => {
    try {
      do {
        again.delete(tabId);
        await pushMarks(tabId);
      } while (again.has(tabId));
    } catch (err) {
      console.warn('[parley] could not update the page markers', err);
    } finally {
      running.delete(tabId);
    }
  })();
}

async function pushMarks(tabId: number): Promise<void> {
  // The markers need the pack compiled (tens of ms of the worker's time after a change); a config
  // push under way (begun right after a pack change is notified) goes out first.
  await configsSent();
  const state = await tabState(tabId);
  if (!state.active) return dropMarks(tabId);
  const at = generation.get(tabId);
  const { update, sent: next } = diffMarks(sent.get(tabId), marksOf(state.queue));
  if (!update) return;
  try {
    await sendToTab(tabId, 'page/marks', update);
    if (generation.get(tabId) === at) sent.set(tabId, next);
  } catch {
    // Not delivered (tab gone, page unloading): whatever the page holds, start it over next time.
    dropMarks(tabId);
  }
}

async function markAllTabs(): Promise<void> {
  for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) markTab(tab.id);
}
