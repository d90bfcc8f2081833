/**
 * The side panel, measured in Chromium with the built extension (bench/browser.ts launches it):
 *
 * 1. Keystroke → panel findings: a key typed into the Draft.js reply box of an X thread (the
 *    fixture tests/fixtures/editors/thread.html?editor=draft) until the panel's DOM shows the findings of
 *    the new draft. Every measured key changes the findings: it lengthens or shortens a run of "!"
 *    at the end of a reply, which the starter pack's PunctuationRun rule reports with the run as
 *    its match. From the page's keydown event (its timeStamp) to the panel's MutationObserver
 *    seeing that match; both as performance.timeOrigin + now, one clock across the browser's
 *    processes. Stamps on the way (the editor's DOM change, the worker receiving composer/update,
 *    the panel told "draft changed", the panel's draft/get answered) show where the time goes.
 * 2. Panel first render: from navigation start of the panel page (for a tab with six comments)
 *    until its first queue entry is in the DOM (and the next animation frame after it).
 * 3. Panel bundle: gzip size of what the panel's HTML loads (scripts with their static imports,
 *    modulepreloads and stylesheets), from the built extension.
 * 4. Push to open tabs: 20 X tabs with the content script and a panel; a pack imported as the
 *    options page does (pack/import) with other `accounts`; from the worker's IndexedDB
 *    transaction storing it committing, until the content script of the last tab has received
 *    its new config (a config/changed listener of ours in the content script's isolated world,
 *    called right after the content script's own), and until the panel shows the new pack.
 *
 *   npm run bench                      with everything else
 *   npx tsx bench/panel.ts [--quick]   alone: updates only `panel` in bench/results/latest.json
 *   PARLEY_DIST=dist-x npx tsx bench/panel.ts   against another build folder
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { starterPackJson } from '../src/core/pack/starter/index';
import { allowNames, distDir, ensureBuilt, findChromium, FIXTURES, launchExtension, ROOT, type BrowserSession } from './browser';
import { percentile } from './measure';

export const PANEL_BUDGETS = { keystroke_p50_ms: 16, first_render_p50_ms: 100, bundle_gzip_kb: 80, push_p50_ms: 50 };

const THREAD_URL = 'https://x.com/AcmeSupport/status/1860000000000000001';
const RULE = 'ParleyEN.PunctuationRun';
/** The reply typed before measuring; the measured keys add and remove "!" at its end. */
const PREFIX = 'Hi Maria, I am sorry your parcel is stuck. I have asked our depot to look for it and will reply here as soon as I hear back. That is today';
const MAX_RUN = 8;
const PUSH_TABS = 20;

export interface KeystrokeFigures {
  samples: number;
  timeouts: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  draft_chars: number;
  /** From the editor's own DOM change (the site's editor has handled the key) to the panel: Parley's part. */
  from_editor_p50_ms: number | null;
  from_editor_p99_ms: number | null;
  /**
   * p50 of each stage; they add up to about the total (p50s of parts need not sum exactly).
   * editor: keydown → the editor's DOM changed (the site's editor, not Parley);
   * content_to_worker: → the worker receives composer/update; worker_handler: → it broadcasts
   * state/changed (analyse, store, notify); notify_to_panel: → the panel receives it;
   * panel_request: → the worker receives the panel's draft/get; worker_answer: → the answer
   * reaches the panel; panel_render: → the panel's DOM shows the findings (parse + render).
   */
  stages_p50_ms: {
    editor: number | null;
    content_to_worker: number | null;
    worker_handler: number | null;
    notify_to_panel: number | null;
    panel_request: number | null;
    worker_answer: number | null;
    panel_render: number | null;
  };
  /** IndexedDB transactions the worker opened while handling one composer/update, and their p50 duration. */
  idb_transactions_per_update: number | null;
  idb_transaction_p50_ms: number | null;
  /** Those transactions by object stores, over all keys. */
  idb_stores: Record<string, number>;
  /** How long one IndexedDB get in the handler waits for its answer (request → success), p50. */
  idb_read_p50_ms: number | null;
  /** How many composer/update messages and draft/get requests the worker got per key. */
  updates_per_key: number;
  fetches_per_key: number;
  /** Estimated clock offset page − panel (ms) and its uncertainty; the figure assumes ≈ 0. */
  clock_offset_ms: number;
  clock_uncertainty_ms: number;
}

export interface FirstRenderFigures {
  opens: number;
  p50_ms: number;
  p99_ms: number;
  /** The first open: the first panel page in this browser (no code cache yet). */
  cold_ms: number;
  next_frame_p50_ms: number;
  fcp_p50_ms: number | null;
  dom_content_loaded_p50_ms: number;
  /** Each open, in order (the first is the cold one). */
  opens_ms: number[];
  /** When the app first asked the worker for something (its scripts loaded and ran), and when tab/get was answered. */
  first_request_p50_ms: number | null;
  tab_answer_p50_ms: number | null;
}

export interface BundleFigures {
  gzip_kb: number;
  files: string[];
  /** Chunks only reachable through import(): loaded later, not counted above. */
  dynamic_gzip_kb: number;
}

export interface PushFigures {
  tabs: number;
  rounds: number;
  /** From the pack's IndexedDB transaction committing to the last tab's content script receiving its config. */
  last_tab_p50_ms: number;
  last_tab_p99_ms: number;
  first_tab_p50_ms: number;
  /** Until the panel (on its Settings view) shows the new pack's name. */
  panel_p50_ms: number | null;
  /** From the options page sending pack/import until the pack is stored (validation and store). */
  store_after_send_p50_ms: number;
  /** The whole pack/import round trip as the options page sees it. */
  import_roundtrip_p50_ms: number;
  /** From the pack stored until the worker sends the first / the last tab its config (tabs.sendMessage called). */
  first_config_sent_p50_ms: number | null;
  last_config_sent_p50_ms: number | null;
  /** IndexedDB transactions the worker opens between storing the pack and the last tab's config arriving. */
  idb_transactions_p50: number | null;
  idb_stores_per_round: Record<string, number>;
  missed: number;
}

export interface PanelFigures {
  keystroke: KeystrokeFigures | null;
  first_render: FirstRenderFigures | null;
  bundle: BundleFigures | null;
  push: PushFigures | null;
  errors: string[];
  /** Wall time of each part and of the whole (launch and close included). */
  seconds: Record<string, number>;
}

export type PanelResult = { figures: PanelFigures } | { skipped: string };

const r = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const p = (xs: number[], q: number) => percentile([...xs].sort((a, b) => a - b), q);
const p50OrNull = (xs: number[]) => (xs.length ? r(p(xs, 0.5)) : null);

// ---- 3. bundle ------------------------------------------------------------------------------

/** Gzip size of everything the side panel's HTML loads, following static imports (not import()). */
export function panelBundle(dist: string): BundleFigures {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { side_panel?: { default_path?: string } };
  const htmlPath = manifest.side_panel?.default_path ?? 'src/sidepanel/index.html';
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  const fromHtml = (ref: string) => (ref.startsWith('/') ? ref.slice(1) : join(htmlPath, '..', ref));
  const seen = new Set<string>([htmlPath]);
  const dynamic = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(dist, file))) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/\bfrom\s*"\.\/([^"]+\.js)"|\bimport\s*"\.\/([^"]+\.js)"/g)) visit(join(file, '..', (m[1] ?? m[2])!));
    for (const m of code.matchAll(/\bimport\(\s*"\.\/([^"]+\.js)"\s*\)/g)) dynamic.add(join(file, '..', m[1]!));
  };
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) visit(fromHtml(m[1]!));
  for (const m of html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g)) visit(fromHtml(m[1]!));
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const files = [...seen].sort();
  const lazy = [...dynamic].filter((f) => !seen.has(f) && existsSync(join(dist, f)));
  return {
    gzip_kb: r(files.reduce((sum, f) => sum + gz(f), 0) / 1024),
    files,
    dynamic_gzip_kb: r(lazy.reduce((sum, f) => sum + gz(f), 0) / 1024),
  };
}

// ---- shared in-page helpers -----------------------------------------------------------------

type Win = Record<string, unknown>;

/** Offset of a page's clock (timeOrigin + now) against Node's, from the tightest of a few round trips. */
async function clockOffset(page: Page): Promise<{ offset: number; rtt: number }> {
  let best = { offset: 0, rtt: Infinity };
  for (let i = 0; i < 12; i++) {
    const before = performance.timeOrigin + performance.now();
    const there = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = performance.timeOrigin + performance.now();
    if (after - before < best.rtt) best = { offset: there - (before + after) / 2, rtt: after - before };
  }
  return best;
}

interface WorkerStamps {
  updates: number[];
  gets: number[];
  /** IndexedDB transactions: opened, finished (null while open), stores, mode. */
  tx: Array<[number, number | null, string, string]>;
  /** IDBObjectStore.get requests: issued, answered (success), store. */
  reads: Array<[number, number | null, string]>;
  /** state/changed broadcasts sent, with their topics. */
  notifies: Array<[number, string]>;
  /** config/changed messages sent to tabs. */
  configSends: number[];
}

/**
 * Stamps in the worker (timeOrigin + now): messages arriving, IndexedDB transactions, and the
 * worker's own sends. Patches on the global prototypes the bundle calls through; no code of ours
 * in the extension.
 */
async function instrumentWorker(s: BrowserSession): Promise<void> {
  await allowNames(s.worker);
  await s.worker.evaluate(() => {
    const g = globalThis as unknown as Win;
    if (g.__pbench) return;
    const now = () => performance.timeOrigin + performance.now();
    const w: WorkerStamps = { updates: [], gets: [], tx: [], reads: [], notifies: [], configSends: [] };
    g.__pbench = w;
    chrome.runtime.onMessage.addListener((m: { parley?: number; kind?: string } | null) => {
      if (m?.parley === 1 && m.kind === 'composer/update') w.updates.push(now());
      if (m?.parley === 1 && m.kind === 'draft/get') w.gets.push(now());
      return undefined;
    });
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, names: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
      const tx = transaction.call(this, names, mode, options);
      const entry: [number, number | null, string, string] = [now(), null, ([] as string[]).concat(names).join('+'), mode ?? 'readonly'];
      w.tx.push(entry);
      const end = () => (entry[1] = now());
      tx.addEventListener('complete', end);
      tx.addEventListener('abort', end);
      return tx;
    } as typeof transaction;
    const get = IDBObjectStore.prototype.get;
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, query: IDBValidKey | IDBKeyRange) {
      const request = get.call(this, query);
      const entry: [number, number | null, string] = [now(), null, this.name];
      w.reads.push(entry);
      request.addEventListener('success', () => (entry[1] = now()));
      return request;
    } as typeof get;
    const runtime = chrome.runtime as unknown as { sendMessage: (...args: unknown[]) => unknown };
    const sendMessage = runtime.sendMessage;
    runtime.sendMessage = function (this: unknown, ...args: unknown[]) {
      const m = args[0] as { kind?: string; payload?: { topics?: string[] } } | undefined;
      if (m?.kind === 'state/changed') w.notifies.push([now(), (m.payload?.topics ?? []).join('+')]);
      return sendMessage.apply(this, args);
    };
    const tabs = chrome.tabs as unknown as { sendMessage: (...args: unknown[]) => unknown };
    const tabsSend = tabs.sendMessage;
    tabs.sendMessage = function (this: unknown, ...args: unknown[]) {
      if ((args[1] as { kind?: string } | undefined)?.kind === 'config/changed') w.configSends.push(now());
      return tabsSend.apply(this, args);
    };
  });
}

const workerStamps = (s: BrowserSession) => s.worker.evaluate(() => (globalThis as unknown as { __pbench: WorkerStamps }).__pbench);

// ---- 1. keystroke → panel findings ----------------------------------------------------------

interface KeyPlan {
  key: '!' | 'Backspace';
  run: number;
}

/** The run of "!" goes 1 → MAX_RUN → 1 → …: every key changes the rule's match or removes it. */
function plan(keys: number): KeyPlan[] {
  const out: KeyPlan[] = [];
  let run = 1;
  let up = true;
  for (let i = 0; i < keys; i++) {
    if (up && run === MAX_RUN) up = false;
    else if (!up && run === 1) up = true;
    run += up ? 1 : -1;
    out.push({ key: up ? '!' : 'Backspace', run });
  }
  return out;
}

const expectedMatch = (run: number) => (run >= 2 ? '!'.repeat(run) : '');

async function measureKeystrokes(s: BrowserSession, keys: number): Promise<KeystrokeFigures> {
  await s.routeHtml(`${THREAD_URL}?bench=keys&editor=draft`, readFileSync(join(FIXTURES, 'editors/thread.html'), 'utf8'));
  const page = await s.context.newPage();
  await page.goto(`${THREAD_URL}?bench=keys&editor=draft`);
  await page.waitForFunction(() => !!(window as unknown as { __fixtureEditors?: Record<string, unknown> }).__fixtureEditors?.['maria-box'], undefined, { timeout: 15_000 });
  const panel = await s.openPanel(await s.tabIdOf(page));
  await page.bringToFront();
  await page.locator('[data-fixture-opens="#maria-reply"]').click();
  await page.locator('#maria-box [contenteditable="true"]').click();
  await panel.waitForFunction(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.includes('Reply'), undefined, { timeout: 15_000 });
  await page.keyboard.type(`${PREFIX}!`);
  await panel.waitForFunction(() => !!document.querySelector('[data-testid="findings"], [data-testid="no-findings"]'), undefined, { timeout: 15_000 });
  await page.waitForTimeout(300);

  // Stamps, all as timeOrigin + now (one clock across the browser's processes).
  await Promise.all([allowNames(page), allowNames(panel), allowNames(s.worker)]);
  await page.evaluate(() => {
    const now = () => performance.timeOrigin + performance.now();
    const w = { keys: [] as number[], edits: [] as number[] };
    (window as unknown as Win).__pbench = w;
    document.addEventListener('keydown', (e) => w.keys.push(performance.timeOrigin + e.timeStamp), true);
    const root = document.querySelector('#maria-box [contenteditable="true"]')!;
    new MutationObserver(() => w.edits.push(now())).observe(root, { childList: true, characterData: true, subtree: true });
  });
  await instrumentWorker(s);
  const draftChars = PREFIX.length + 1;
  await panel.evaluate((rule) => {
    const now = () => performance.timeOrigin + performance.now();
    const w = { sigs: [] as Array<[string, number]>, notified: [] as number[], answers: [] as number[], waiting: null as null | { sig: string; done: (t: number) => void } };
    (window as unknown as Win).__pbench = w;
    const sig = () => document.querySelector(`[data-testid="finding"][data-rule="${rule}"] .match`)?.textContent ?? '';
    let last = sig();
    new MutationObserver(() => {
      const t = now();
      const s = sig();
      if (s === last) return;
      last = s;
      w.sigs.push([s, t]);
      if (w.waiting?.sig === s) w.waiting.done(t);
    }).observe(document.body, { childList: true, characterData: true, subtree: true });
    (w as unknown as Win).wait = (want: string, ms: number) =>
      new Promise<number | null>((done) => {
        if (last === want) return done(w.sigs[w.sigs.length - 1]?.[1] ?? null);
        const timer = setTimeout(() => ((w.waiting = null), done(null)), ms);
        w.waiting = { sig: want, done: (t) => (clearTimeout(timer), (w.waiting = null), done(t)) };
      });
    chrome.runtime.onMessage.addListener((m: { parley?: number; kind?: string; payload?: { topics?: string[] } } | null) => {
      if (m?.parley === 1 && m.kind === 'state/changed' && m.payload?.topics?.includes('draft')) w.notified.push(now());
      return undefined;
    });
    // The answer to draft/get arrives through the polyfill's callback on chrome.runtime.sendMessage.
    const runtime = chrome.runtime as unknown as { sendMessage: (...args: unknown[]) => unknown };
    const original = runtime.sendMessage;
    try {
      runtime.sendMessage = function (this: unknown, ...args: unknown[]) {
        const m = args[0] as { kind?: string } | undefined;
        const last = args[args.length - 1];
        if (m?.kind === 'draft/get' && typeof last === 'function') {
          args[args.length - 1] = (...answer: unknown[]) => {
            w.answers.push(now());
            return (last as (...a: unknown[]) => unknown)(...answer);
          };
        }
        const out = original.apply(this, args);
        if (m?.kind === 'draft/get' && out instanceof Promise) void out.then(() => w.answers.push(now()), () => undefined);
        return out;
      };
    } catch {
      // Not writable here: the fetch stage is then not split from the render stage.
    }
  }, RULE);
  const pageClock = await clockOffset(page);
  const panelClock = await clockOffset(panel);

  const warmup = 6;
  const steps = plan(keys + warmup);
  const ends: Array<number | null> = [];
  for (const step of steps) {
    if (step.key === '!') await page.keyboard.type('!');
    else await page.keyboard.press('Backspace');
    ends.push(await panel.evaluate(([want, ms]) => ((window as unknown as { __pbench: { wait(w: string, m: number): Promise<number | null> } }).__pbench.wait(want, ms)), [expectedMatch(step.run), 3000] as const));
    // Let the path go idle (the badge, late fetches) before the next key.
    await page.waitForTimeout(40);
  }

  const pageStamps = await page.evaluate(() => (window as unknown as { __pbench: { keys: number[]; edits: number[] } }).__pbench);
  const worker = await workerStamps(s);
  const panelStamps = await panel.evaluate(() => {
    const w = (window as unknown as { __pbench: { notified: number[]; answers: number[] } }).__pbench;
    return { notified: w.notified, answers: w.answers };
  });
  await panel.close();
  await page.close();

  const firstAfter = (xs: number[], t: number, before = Infinity) => xs.find((x) => x >= t && x < before) ?? null;
  const totals: number[] = [];
  const fromEditor: number[] = [];
  const stages: Record<keyof KeystrokeFigures['stages_p50_ms'], number[]> = {
    editor: [], content_to_worker: [], worker_handler: [], notify_to_panel: [], panel_request: [], worker_answer: [], panel_render: [],
  };
  const draftNotifies = worker.notifies.filter(([, topics]) => topics.includes('draft')).map(([t]) => t);
  const handlerTx: number[] = [];
  const handlerTxMs: number[] = [];
  const handlerStores = new Map<string, number>();
  const handlerReadMs: number[] = [];
  let timeouts = 0;
  let updates = 0;
  let fetches = 0;
  for (let i = warmup; i < steps.length; i++) {
    const key = pageStamps.keys[i];
    const end = ends[i];
    if (key === undefined || end === null || end === undefined) {
      timeouts++;
      continue;
    }
    const nextKey = pageStamps.keys[i + 1] ?? Infinity;
    totals.push(end - key);
    updates += worker.updates.filter((t) => t >= key && t < nextKey).length;
    fetches += worker.gets.filter((t) => t >= key && t < nextKey).length;
    // Each stamp is the first of its kind after the one before, and before the panel showed the key.
    const edit = firstAfter(pageStamps.edits, key, end);
    const received = edit === null ? null : firstAfter(worker.updates, edit, end);
    const sent = received === null ? null : firstAfter(draftNotifies, received, end);
    const notified = sent === null ? null : firstAfter(panelStamps.notified, sent, end);
    const asked = notified === null ? null : firstAfter(worker.gets, notified, end);
    const answered = asked === null ? null : firstAfter(panelStamps.answers, asked, end + 0.001);
    if (edit !== null) {
      stages.editor.push(edit - key);
      fromEditor.push(end - edit);
    }
    if (edit !== null && received !== null) stages.content_to_worker.push(received - edit);
    if (received !== null && sent !== null) {
      stages.worker_handler.push(sent - received);
      const inHandler = worker.tx.filter(([open]) => open >= received && open <= sent);
      handlerTx.push(inHandler.length);
      for (const [start, done] of worker.reads) if (start >= received && start <= sent && done !== null) handlerReadMs.push(done - start);
      for (const [open, close, stores] of inHandler) {
        if (close !== null) handlerTxMs.push(close - open);
        handlerStores.set(stores, (handlerStores.get(stores) ?? 0) + 1);
      }
    }
    if (sent !== null && notified !== null) stages.notify_to_panel.push(notified - sent);
    if (notified !== null && asked !== null) stages.panel_request.push(asked - notified);
    if (asked !== null && answered !== null) {
      stages.worker_answer.push(answered - asked);
      stages.panel_render.push(end - answered);
    }
  }
  const measured = totals.length || 1;
  return {
    samples: totals.length,
    timeouts,
    p50_ms: r(p(totals, 0.5)),
    p99_ms: r(p(totals, 0.99)),
    max_ms: r(Math.max(...totals)),
    from_editor_p50_ms: p50OrNull(fromEditor),
    from_editor_p99_ms: fromEditor.length ? r(p(fromEditor, 0.99)) : null,
    draft_chars: draftChars,
    stages_p50_ms: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, p50OrNull(v)])) as KeystrokeFigures['stages_p50_ms'],
    updates_per_key: r(updates / measured),
    fetches_per_key: r(fetches / measured),
    idb_transactions_per_update: handlerTx.length ? r(handlerTx.reduce((a, b) => a + b, 0) / handlerTx.length) : null,
    idb_transaction_p50_ms: p50OrNull(handlerTxMs),
    idb_stores: Object.fromEntries(handlerStores),
    idb_read_p50_ms: p50OrNull(handlerReadMs),
    clock_offset_ms: r(pageClock.offset - panelClock.offset),
    clock_uncertainty_ms: r((pageClock.rtt + panelClock.rtt) / 2),
  };
}

// ---- 2. panel first render ------------------------------------------------------------------

async function measureFirstRender(s: BrowserSession, opens: number): Promise<FirstRenderFigures> {
  const page = await s.openFixture(`${THREAD_URL}?bench=render`, 'sites/x/status.html');
  const tabId = await s.tabIdOf(page);
  // The panel has something to show once the worker holds the page's comments. The first open
  // below is then the first panel page of this browser: cold.
  for (let i = 0; i < 150; i++) {
    // The tab's record: a header listing its comment chunks (src/background/tab-store.ts).
    const held = await s.worker.evaluate(async (id) => {
      const header = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { chunks?: number[] } | undefined;
      const keys = (header?.chunks ?? []).map((k) => `tab:${id}:c${k}`);
      const chunks = keys.length ? await chrome.storage.session.get(keys) : {};
      return Object.values(chunks).reduce((n: number, c) => n + (c as unknown[]).length, 0);
    }, tabId);
    if (held >= 6) break;
    await page.waitForTimeout(100);
  }
  const runs: Array<{ dom: number; frame: number; fcp: number | null; dcl: number; asked: number | null; answered: number | null }> = [];
  for (let i = 0; i < opens; i++) {
    const panel = await s.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.addInitScript(() => {
      const out: { dom?: number; frame?: number; asked?: number; answered?: number } = {};
      (window as unknown as Win).__pbenchRender = out;
      const observer = new MutationObserver(() => {
        if (out.dom !== undefined || !document.querySelector('[data-testid="queue-item"]')) return;
        out.dom = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => (out.frame = performance.now()));
      });
      observer.observe(document, { childList: true, subtree: true });
      // When the app first asks the worker (its scripts are loaded and ran), and when tab/get is answered.
      const runtime = chrome.runtime as unknown as { sendMessage: (...args: unknown[]) => unknown };
      const sendMessage = runtime.sendMessage;
      runtime.sendMessage = function (this: unknown, ...args: unknown[]) {
        out.asked ??= performance.now();
        const last = args[args.length - 1];
        if ((args[0] as { kind?: string } | undefined)?.kind === 'tab/get' && typeof last === 'function') {
          args[args.length - 1] = (...answer: unknown[]) => {
            out.answered ??= performance.now();
            return (last as (...a: unknown[]) => unknown)(...answer);
          };
        }
        const result = sendMessage.apply(this, args);
        if ((args[0] as { kind?: string } | undefined)?.kind === 'tab/get' && result instanceof Promise) void result.then(() => (out.answered ??= performance.now()), () => undefined);
        return result;
      };
    });
    await panel.goto(s.panelUrl(tabId));
    await panel.waitForFunction(() => (window as unknown as { __pbenchRender: { frame?: number } }).__pbenchRender.frame !== undefined, undefined, { timeout: 15_000 });
    runs.push(
      await panel.evaluate(() => {
        const out = (window as unknown as { __pbenchRender: { dom: number; frame: number; asked?: number; answered?: number } }).__pbenchRender;
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return { dom: out.dom, frame: out.frame, fcp, dcl: nav?.domContentLoadedEventEnd ?? 0, asked: out.asked ?? null, answered: out.answered ?? null };
      }),
    );
    await panel.close();
  }
  await page.close();
  const doms = runs.map((x) => x.dom);
  const fcps = runs.flatMap((x) => (x.fcp === null ? [] : [x.fcp]));
  return {
    opens,
    p50_ms: r(p(doms, 0.5)),
    p99_ms: r(p(doms, 0.99)),
    cold_ms: r(doms[0]!),
    next_frame_p50_ms: r(p(runs.map((x) => x.frame), 0.5)),
    fcp_p50_ms: p50OrNull(fcps),
    dom_content_loaded_p50_ms: r(p(runs.map((x) => x.dcl), 0.5)),
    opens_ms: doms.map((x) => r(x, 1)),
    first_request_p50_ms: p50OrNull(runs.flatMap((x) => (x.asked === null ? [] : [x.asked]))),
    tab_answer_p50_ms: p50OrNull(runs.flatMap((x) => (x.answered === null ? [] : [x.answered]))),
  };
}

// ---- 4. push to open tabs -------------------------------------------------------------------

/** A listener of ours in the content script's isolated world, reached through CDP. */
async function contentWorld(s: BrowserSession, page: Page): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await s.context.newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
  await cdp.send('Runtime.enable');
  const origin = `chrome-extension://${s.extensionId}`;
  for (let i = 0; i < 100; i++) {
    const found = contexts.find((c) => c.origin === origin && c.auxData?.type === 'isolated');
    if (found) {
      await cdp.send('Runtime.evaluate', {
        contextId: found.id,
        expression: `(() => {
          const got = (globalThis.__pbenchConfig = []);
          chrome.runtime.onMessage.addListener((m) => {
            if (m && m.parley === 1 && m.kind === 'config/changed') got.push([performance.timeOrigin + performance.now(), JSON.stringify(m.payload && m.payload.ownHandles)]);
            return undefined;
          });
        })()`,
      });
      return { cdp, contextId: found.id };
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`no content script world in ${page.url()}`);
}

async function measurePush(s: BrowserSession, rounds: number): Promise<PushFigures> {
  const pushUrl = (i: number) => `https://x.com/AcmeSupport/status/1860000000000000001?bench=push-${i}`;
  const html = readFileSync(join(FIXTURES, 'sites/x/status.html'), 'utf8');
  await s.context.route(/[?&]bench=push-\d+$/, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const messenger = await s.openOptions();
  const pages = await Promise.all(
    Array.from({ length: PUSH_TABS }, async (_, i) => {
      const page = await s.context.newPage();
      await page.goto(pushUrl(i));
      return page;
    }),
  );
  // Every tab's content script has reported its page (the worker pushes only to those).
  const reported = () =>
    s.worker.evaluate(async () => {
      // Tab headers list their comment chunks (src/background/tab-store.ts).
      const all = (await chrome.storage.session.get(null)) as Record<string, { url?: string; chunks?: number[] }>;
      return Object.values(all).flatMap((t) => (t.url?.includes('bench=push-') && t.chunks?.length ? [t.url] : []));
    });
  for (let attempt = 0; ; attempt++) {
    const urls = new Set(await reported());
    const missing = pages.filter((_, i) => !urls.has(pushUrl(i)));
    if (!missing.length) break;
    if (attempt === 100) throw new Error(`${missing.length} of ${PUSH_TABS} tabs never reported their comments`);
    // Right after start, a page can load before the content scripts are registered.
    if (attempt === 30) await Promise.all(missing.map((page) => page.reload()));
    await messenger.waitForTimeout(100);
  }
  const worlds = await Promise.all(pages.map((page) => contentWorld(s, page)));
  const panel = await s.openPanel(await s.tabIdOf(pages[0]!));
  await panel.getByRole('tab', { name: 'Settings' }).click();
  await panel.waitForFunction(() => !!document.querySelector('[data-testid="pack-name"]'), undefined, { timeout: 15_000 });
  await Promise.all([allowNames(panel), allowNames(s.worker)]);
  await panel.evaluate(() => {
    const got: Array<[string, number]> = [];
    (window as unknown as Win).__pbenchPack = got;
    let last = '';
    new MutationObserver(() => {
      const name = document.querySelector('[data-testid="pack-name"]')?.textContent ?? '';
      if (name !== last) got.push([(last = name), performance.timeOrigin + performance.now()]);
    }).observe(document.body, { childList: true, characterData: true, subtree: true });
  });
  await instrumentWorker(s);

  const starter = starterPackJson as Record<string, unknown>;
  const last: number[] = [];
  const first: number[] = [];
  const panelTimes: number[] = [];
  const storeAfterSend: number[] = [];
  const roundTrips: number[] = [];
  const firstSend: number[] = [];
  const lastSend: number[] = [];
  const txDuring: number[] = [];
  const pushStores = new Map<string, number>();
  let missed = 0;
  const read = async () =>
    Promise.all(worlds.map(async ({ cdp, contextId }) => {
      const { result } = await cdp.send('Runtime.evaluate', { contextId, expression: 'globalThis.__pbenchConfig', returnByValue: true });
      return (result.value ?? []) as Array<[number, string]>;
    }));
  // One import before timing: the first compile of a pack from a file, and the first push, are cold.
  for (let round = -1; round < rounds; round++) {
    const handle = round % 2 ? 'AcmeHelp' : 'AcmeSupport';
    const name = `Bench push ${round + 2}`;
    const pack = { ...starter, id: 'bench-push', name, version: `2026.11.${round + 2}`, accounts: [{ platform: 'x', handle }] };
    const text = JSON.stringify(pack);
    const sent = await messenger.evaluate(() => performance.timeOrigin + performance.now());
    const answer = await messenger.evaluate((t) => chrome.runtime.sendMessage({ parley: 1, kind: 'pack/import', payload: { text: t, source: 'bench-push.json' } }), text);
    const answered = await messenger.evaluate(() => performance.timeOrigin + performance.now());
    if (!(answer as { ok?: boolean } | null)?.ok) throw new Error(`pack/import refused the bench pack: ${JSON.stringify(answer).slice(0, 300)}`);
    const want = JSON.stringify([`@${handle.toLowerCase()}`]);
    let got: Array<Array<[number, string]>> = [];
    for (let i = 0; i < 50; i++) {
      got = await read();
      const panelSaw = await panel.evaluate((n) => (window as unknown as { __pbenchPack: Array<[string, number]> }).__pbenchPack.some(([x]) => x === n), name);
      if (panelSaw && got.every((list) => list.some(([t, h]) => h === want && t >= sent))) break;
      await messenger.waitForTimeout(100);
    }
    const worker = await workerStamps(s);
    // The pack is stored when the readwrite transaction over the pack sources commits.
    const stored = worker.tx
      .filter(([, close, stores, mode]) => mode === 'readwrite' && stores.split('+').includes('sources') && close !== null && close >= sent && close <= answered)
      .map(([, close]) => close!)
      .pop();
    const arrivals = got.map((list) => list.find(([t, h]) => h === want && t >= sent)?.[0]);
    const panelAt = (await panel.evaluate(() => (window as unknown as { __pbenchPack: Array<[string, number]> }).__pbenchPack)).find(([x]) => x === name)?.[1];
    if (round >= 0) {
      const reached = arrivals.filter((t): t is number => t !== undefined);
      if (stored === undefined || reached.length < arrivals.length) missed++;
      else {
        last.push(Math.max(...reached) - stored);
        first.push(Math.min(...reached) - stored);
        storeAfterSend.push(stored - sent);
        roundTrips.push(answered - sent);
        if (panelAt !== undefined) panelTimes.push(panelAt - stored);
        const lastAt = Math.max(...reached);
        const sends = worker.configSends.filter((t) => t >= stored && t <= lastAt);
        if (sends.length) {
          firstSend.push(sends[0]! - stored);
          lastSend.push(sends[sends.length - 1]! - stored);
        }
        const during = worker.tx.filter(([open]) => open >= stored && open <= lastAt);
        txDuring.push(during.length);
        for (const [, , stores] of during) pushStores.set(stores, (pushStores.get(stores) ?? 0) + 1);
      }
    }
    // The content scripts report their comments again with the new own handles: let that settle.
    await messenger.waitForTimeout(400);
  }
  await Promise.all(worlds.map(({ cdp }) => cdp.detach().catch(() => undefined)));
  await Promise.all([...pages, panel, messenger].map((pg) => pg.close()));
  if (!last.length) throw new Error(`no round reached every tab (${missed} missed)`);
  return {
    tabs: PUSH_TABS,
    rounds: last.length,
    last_tab_p50_ms: r(p(last, 0.5)),
    last_tab_p99_ms: r(p(last, 0.99)),
    first_tab_p50_ms: r(p(first, 0.5)),
    panel_p50_ms: p50OrNull(panelTimes),
    store_after_send_p50_ms: r(p(storeAfterSend, 0.5)),
    import_roundtrip_p50_ms: r(p(roundTrips, 0.5)),
    first_config_sent_p50_ms: p50OrNull(firstSend),
    last_config_sent_p50_ms: p50OrNull(lastSend),
    idb_transactions_p50: p50OrNull(txDuring),
    idb_stores_per_round: Object.fromEntries([...pushStores].map(([k, v]) => [k, r(v / Math.max(1, txDuring.length), 1)])),
    missed,
  };
}

// ---- all of it --------------------------------------------------------------------------------

export async function measurePanel(quick = false): Promise<PanelResult> {
  const executable = findChromium();
  if (!executable) return { skipped: 'no Chromium found (install Debian\'s chromium or set CHROME_PATH); side panel figures skipped' };
  const dist = distDir();
  ensureBuilt(dist);
  const errors: string[] = [];
  const seconds: Record<string, number> = {};
  const started = performance.now();
  const attempt = async <T>(what: string, fn: () => Promise<T>): Promise<T | null> => {
    const t0 = performance.now();
    try {
      return await fn();
    } catch (err) {
      errors.push(`${what}: ${(err as Error).message ?? String(err)}`.split('\n')[0]!);
      return null;
    } finally {
      seconds[what.replace(' ', '_')] = r((performance.now() - t0) / 1000, 1);
    }
  };
  const bundle = await attempt('bundle', async () => panelBundle(dist));
  const s = await launchExtension(executable, dist);
  try {
    const first_render = await attempt('first render', () => measureFirstRender(s, quick ? 6 : 20));
    const keystroke = await attempt('keystroke', () => measureKeystrokes(s, quick ? 20 : 100));
    const push = await attempt('push', () => measurePush(s, quick ? 3 : 12));
    await s.close();
    seconds.total = r((performance.now() - started) / 1000, 1);
    return { figures: { keystroke, first_render, bundle, push, errors, seconds } };
  } catch (err) {
    await s.close();
    throw err;
  }
}

export function printPanelFigures(result: PanelResult): void {
  console.log('\nside panel in Chromium (built extension):');
  if ('skipped' in result) {
    console.log(`  skipped: ${result.skipped}`);
    return;
  }
  const { keystroke: k, first_render: f, bundle: b, push: u, errors } = result.figures;
  const B = PANEL_BUDGETS;
  const verdict = (v: number | null | undefined, budget: number) => (v === null || v === undefined ? 'NOT MEASURED' : v <= budget ? 'met' : 'NOT MET');
  const ms = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : `${v}`);
  if (k) {
    console.log(`  keystroke → panel findings (${k.samples} keys, ${k.draft_chars}-character draft): p50 ${k.p50_ms} ms, p99 ${k.p99_ms} ms (max ${k.max_ms}) ≤ ${B.keystroke_p50_ms} ms p50: ${verdict(k.p50_ms, B.keystroke_p50_ms)}${k.timeouts ? ` (${k.timeouts} keys never showed)` : ''}`);
    const st = k.stages_p50_ms;
    console.log(`    from the editor's DOM change (Parley's part): p50 ${ms(k.from_editor_p50_ms)} ms, p99 ${ms(k.from_editor_p99_ms)} ms`);
    console.log(`    where the time goes (p50 ms): site editor ${ms(st.editor)} · content script → worker ${ms(st.content_to_worker)} · worker handler (analyse, store, notify) ${ms(st.worker_handler)}` +
      ` · notify → panel ${ms(st.notify_to_panel)} · panel asks draft/get ${ms(st.panel_request)} · worker answers ${ms(st.worker_answer)} · panel parse + render ${ms(st.panel_render)}`);
    console.log(`    per key: ${k.updates_per_key} composer/update, ${k.fetches_per_key} draft/get, ${ms(k.idb_transactions_per_update)} IndexedDB transactions in the handler (${Object.entries(k.idb_stores).map(([st, n]) => `${st} ×${n}`).join(', ') || 'none'}; a get waits p50 ${ms(k.idb_read_p50_ms)} ms for its answer, the transaction lasts p50 ${ms(k.idb_transaction_p50_ms)} ms); clock offset page − panel ${k.clock_offset_ms} ± ${k.clock_uncertainty_ms} ms`);
  } else console.log('  keystroke → panel findings: NOT MEASURED');
  if (f) {
    console.log(`  panel first render (first queue entry in the DOM, from navigation start; ${f.opens} opens): p50 ${f.p50_ms} ms (p99 ${f.p99_ms}, cold ${f.cold_ms}) ≤ ${B.first_render_p50_ms} ms: ${verdict(f.p50_ms, B.first_render_p50_ms)}`);
    console.log(`    on the way (p50 ms from navigation start): first request to the worker ${ms(f.first_request_p50_ms)} · DOMContentLoaded ${f.dom_content_loaded_p50_ms} · tab/get answered ${ms(f.tab_answer_p50_ms)} · first contentful paint ${ms(f.fcp_p50_ms)} · queue in the DOM ${f.p50_ms} · next frame ${f.next_frame_p50_ms}`);
  } else console.log('  panel first render: NOT MEASURED');
  if (b) console.log(`  panel bundle: ${b.gzip_kb} KB gzip (${b.files.length} files${b.dynamic_gzip_kb ? `; ${b.dynamic_gzip_kb} KB more behind import()` : ''}) ≤ ${B.bundle_gzip_kb} KB: ${verdict(b.gzip_kb, B.bundle_gzip_kb)}`);
  else console.log('  panel bundle: NOT MEASURED');
  if (u) {
    console.log(`  pack push to ${u.tabs} open tabs (pack stored → last tab's content script has its config; ${u.rounds} rounds): p50 ${u.last_tab_p50_ms} ms (p99 ${u.last_tab_p99_ms}) ≤ ${B.push_p50_ms} ms: ${verdict(u.last_tab_p50_ms, B.push_p50_ms)}`);
    console.log(`    first tab p50 ${u.first_tab_p50_ms} ms · worker sends the first config at ${ms(u.first_config_sent_p50_ms)} ms, the last at ${ms(u.last_config_sent_p50_ms)} ms · ${ms(u.idb_transactions_p50)} IndexedDB transactions on the way (per round: ${Object.entries(u.idb_stores_per_round).map(([st, n]) => `${st} ×${n}`).join(', ')})`);
    console.log(`    panel shows the pack p50 ${ms(u.panel_p50_ms)} ms · pack/import sent → stored p50 ${u.store_after_send_p50_ms} ms · whole pack/import round trip p50 ${u.import_roundtrip_p50_ms} ms${u.missed ? ` · ${u.missed} rounds missed a tab` : ''}`);
  } else console.log('  pack push to open tabs: NOT MEASURED');
  for (const e of errors) console.log(`  problem: ${e}`);
  console.log(`  (took ${Object.entries(result.figures.seconds).map(([k, v]) => `${k.replace('_', ' ')} ${v} s`).join(', ')})`);
}

// Run alone, it updates only the `panel` figures of bench/results/latest.json.
if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measurePanel(process.argv.includes('--quick'));
  printPanelFigures(result);
  const out = join(ROOT, 'bench/results/latest.json');
  const latest = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
  latest.panel = 'figures' in result ? { ...result.figures, budgets: PANEL_BUDGETS, date: new Date().toISOString() } : result;
  writeFileSync(out, JSON.stringify(latest, null, 2) + '\n');
  console.log('  wrote the "panel" figures into bench/results/latest.json');
  if ('figures' in result && result.figures.errors.length) process.exitCode = 1;
}
