import type { AdapterStatus, PageComment } from '../core/comment';
import type { SiteAdapter } from './sites/types';
import { CommentTracker } from './comment-tracker';
import { linkBase } from './sites';
import { NearScreen } from './near-screen';
import { extensionAlive, sendToWorker } from './channel';

/**
 * Longest stretch of reading per slice; the rest waits for the next idle period. Two slices and a
 * report still fit the budget of 4 ms per mutation batch.
 */
const SLICE_MS = 2;
/** Comments per message, so one report never carries megabytes. */
const CHUNK = 250;
/** Changes are gathered this long into one report: the worker rewrites the tab's state per report. */
const REPORT_MS = 250;
/** How long a thread page may show no comment before the adapter counts as broken. */
const GRACE_MS = 2_500;

/** Reading waits at most this long for the page to fall idle. */
const IDLE_WAIT_MS = 100;

/** Timing hooks, replaceable in tests and the benchmark. */
export interface Clock {
  now(): number;
  /** Run when the page is idle (its frame drawn, its own tasks done), or after IDLE_WAIT_MS at the latest. */
  idle(run: () => void): void;
  later(run: () => void, ms: number): void;
}

export const browserClock: Clock = {
  now: () => performance.now(),
  idle: (run) => void requestIdleCallback(run, { timeout: IDLE_WAIT_MS }),
  later: (run, ms) => void setTimeout(run, ms),
};

export interface PageWatch {
  setOwnHandles(handles: ReadonlySet<string>): void;
  /** Someone wants the page's whole queue: read the comments away from the screen too. */
  readAll(): void;
  /** The element of a comment by its id, when it is on the page. */
  find(id: string): Element | null;
  stop(): void;
}

/**
 * One MutationObserver for the page: mutations only note nodes; reading happens in idle slices of
 * at most SLICE_MS, and what changed goes to the worker gathered every REPORT_MS. Only comments on
 * or near the screen are read (what the in-page marks need) until `readAll` (the side panel asks
 * for the page's queue); then the rest too, those near the screen first. A URL change without a
 * reload (X, YouTube, Reddit, LinkedIn) starts the page over with a reset report.
 */
export function watchPage(adapter: SiteAdapter, ownHandles: ReadonlySet<string>, clock: Clock = browserClock): PageWatch {
  let handles = ownHandles;
  let tracker: CommentTracker;
  let pageKey = '';
  let startedAt = 0;
  let reset = true;
  let reportedComments = false;
  let lastStatus = '';
  let scheduled = false;
  let reportDue = false;
  let stopped = false;
  let chain: Promise<unknown> = Promise.resolve();
  const changed = new Map<string, PageComment>();
  const removed = new Set<string>();
  // Without an IntersectionObserver nothing can tell what is near the screen: everything is read.
  let readingAll = !NearScreen.available;
  const near = new NearScreen((el) => {
    if (tracker.prioritise(el)) schedule();
    else near.unwatch(el);
  });

  const keyOf = (href: string) => href.split('#')[0]!;

  const begin = () => {
    pageKey = keyOf(location.href);
    tracker = new CommentTracker(adapter, linkBase(adapter, location, document), handles);
    if (!readingAll) tracker.nearOnly();
    startedAt = clock.now();
    reset = true;
    reportedComments = false;
    lastStatus = '';
    changed.clear();
    removed.clear();
    near.clear();
    tracker.noteAll(document);
    const key = pageKey;
    clock.later(() => {
      if (key === pageKey) send();
    }, GRACE_MS);
  };

  const navigated = () => {
    if (keyOf(location.href) === pageKey) return false;
    begin();
    return true;
  };

  const status = (): AdapterStatus =>
    tracker.status(!!adapter.threadPath?.test(location.pathname + location.search), clock.now() - startedAt >= GRACE_MS);

  const gather = (comments: PageComment[], gone: string[]) => {
    for (const c of comments) {
      changed.set(c.id, c);
      removed.delete(c.id);
    }
    for (const id of gone) {
      changed.delete(id);
      removed.add(id);
    }
  };

  /** Send what changed since the last report; nothing goes out when nothing did (unless the page was reset). */
  const send = () => {
    reportDue = false;
    if (stopped) return;
    const adapterStatus = status();
    const statusKey = JSON.stringify(adapterStatus);
    if (!reset && !changed.size && !removed.size && statusKey === lastStatus) return;
    lastStatus = statusKey;
    const base = { url: location.href, platform: adapter.platform, adapter: adapterStatus };
    const comments = [...changed.values()];
    if (comments.length) reportedComments = true;
    const gone = [...removed];
    changed.clear();
    removed.clear();
    const chunks: PageComment[][] = [];
    for (let i = 0; i < comments.length; i += CHUNK) chunks.push(comments.slice(i, i + CHUNK));
    if (!chunks.length) chunks.push([]);
    chunks.forEach((chunk, i) => {
      const report = { ...base, reset: reset && i === 0, comments: chunk, removed: i === 0 ? gone : [] };
      chain = chain.then(() => sendToWorker('page/report', report)).catch((err: unknown) => {
        if (!extensionAlive()) stop();
        else console.warn('[parley] could not report comments', err);
      });
    });
    reset = false;
  };

  /** Send what changed with the next gathered report. */
  const sendLater = () => {
    if ((changed.size || removed.size) && !reportDue) {
      reportDue = true;
      clock.later(send, REPORT_MS);
    }
  };

  const slice = () => {
    scheduled = false;
    if (stopped) return;
    const end = clock.now() + SLICE_MS;
    const delta = tracker.work(() => clock.now() >= end);
    gather(delta.comments, delta.removed);
    // The first report of a page, and the first with comments, go out at once; later ones are gathered.
    if (reset || (changed.size && !reportedComments)) send();
    else sendLater();
    const fresh = tracker.takeFresh();
    if (tracker.waiting || !readingAll) near.watch(fresh);
    else near.clear();
    schedule();
  };

  const schedule = () => {
    if (scheduled || stopped || (!tracker.hasWork && !reset)) return;
    scheduled = true;
    clock.idle(slice);
  };

  // Where the Navigation API reports same-document navigations (Chromium), the URL is not read on
  // every mutation: reading location from the content script's world is not free.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  const urlChanges: EventTarget = navigation ?? window;
  const urlChange = navigation ? 'currententrychange' : 'popstate';
  const observer = new MutationObserver((records) => {
    if (!navigation && navigated()) {
      schedule();
      return;
    }
    for (const r of records) {
      if (r.type === 'characterData') {
        tracker.noteChanged(r.target);
        continue;
      }
      if (r.removedNodes.length) tracker.noteRemoved();
      // The added nodes share this parent: one lookup of the comment holding them all.
      if (r.addedNodes.length || r.removedNodes.length) tracker.noteChanged(r.target);
      for (const node of r.addedNodes) tracker.noteAdded(node);
    }
    // Near the screen only, what was added is watched at once: nothing else to do until it comes near.
    if (!readingAll) near.watch(tracker.takeFresh());
    schedule();
  });

  const onUrlChange = () => {
    if (navigated()) schedule();
  };

  function stop() {
    stopped = true;
    observer.disconnect();
    near.clear();
    urlChanges.removeEventListener(urlChange, onUrlChange);
  }

  begin();
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  urlChanges.addEventListener(urlChange, onUrlChange);
  schedule();

  return {
    setOwnHandles(next) {
      handles = next;
      gather(tracker.setOwnHandles(next), []);
      // Gathered like other changes, not sent at once: after a pack change every open tab would
      // report in the same few milliseconds, while the worker is still pushing the others their config.
      sendLater();
    },
    readAll() {
      if (readingAll) return;
      readingAll = true;
      tracker.readAll(document);
      schedule();
    },
    find: (id) => tracker.elementOf(id),
    stop,
  };
}
