/**
 * The content script on a growing feed, measured in Chromium: an X conversation page (the
 * fixture's markup) grows itself to 5,000 comments in batches of 50: without the extension, with
 * it while no side panel shows the tab (the content script reads the comments near the screen;
 * the rest waits until someone asks for the page's queue), and with the panel showing the tab
 * (every comment is read). From a Chrome trace of each run: the content script's CPU time per batch
 * (p50 / p99: script run from chrome-extension:// URLs between two batch marks), the long tasks
 * (> 50 ms) it caused, and the CPU time of all script on the page's main thread with and without
 * the extension. CPU (thread) time, not wall time: on a shared 2-core machine wall time mostly
 * measures waiting for a core. Each configuration runs three times (once with --quick), and the
 * figures are medians. Also the gzip size of everything the manifest injects.
 *
 * The extension comes from $PARLEY_DIST or dist/; when that has no manifest it is built there
 * first (`vite build --outDir <dir>`). Without Chromium the measurement is skipped with a note.
 *
 *   npm run bench                      with everything else
 *   npx tsx bench/content-feed.ts      alone: updates only `content` in bench/results/latest.json
 *   PARLEY_DIST=dist-x npx tsx bench/content-feed.ts   against another build folder
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { percentile } from './measure';
import { ROOT, distDir, ensureBuilt, findChromium } from './browser';

const FEED_URL = 'https://x.com/AcmeSupport/status/1860000000000000001';
const TOTAL = 5_000;
const BATCH = 50;
const LONG_TASK_MS = 50;
/** Pause after each batch so the content script's idle slices run inside that batch's window. */
const SETTLE_MS = 120;

export const CONTENT_BUDGETS = { batch_p99_ms: 4, long_tasks: 0, overhead_ratio: 1.1, bundle_gzip_kb: 40 };

export interface ContentFigures {
  /** The run with the side panel showing the tab (every comment read); the others are without a panel. */
  panel_open: PanelOpenFigures;
  batches: number;
  comments_seen: number | null;
  batch_p50_ms: number;
  batch_p99_ms: number;
  batch_max_ms: number;
  long_tasks: number;
  longest_task_ms: number;
  /** All of the content script's CPU time over the run. */
  content_script_cpu_ms: number;
  /** How many times each configuration ran; the figures are medians over the runs. */
  runs: number;
  /** CPU time of every script the page's main thread ran, from the trace. */
  page_script_cpu_ms_with: number;
  page_script_cpu_ms_with_runs: number[];
  page_script_cpu_ms_without: number;
  page_script_cpu_ms_without_runs: number[];
  overhead_ratio: number;
  /** The same from CDP's ScriptDuration (wall time: noisy on a loaded machine). */
  page_script_ms_with_cdp: number;
  page_script_ms_without_cdp: number;
  bundle_gzip_kb: number;
}

export type PanelOpenFigures = Pick<
  ContentFigures,
  'comments_seen' | 'batch_p50_ms' | 'batch_p99_ms' | 'batch_max_ms' | 'long_tasks' | 'longest_task_ms' | 'content_script_cpu_ms' | 'page_script_cpu_ms_with' | 'page_script_cpu_ms_with_runs' | 'overhead_ratio'
>;

export type ContentResult = { figures: ContentFigures } | { skipped: string };

/** Gzip size of every file the manifest's content scripts load, following their static imports. */
export function contentBundleGzipBytes(dist: string): number {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts?: Array<{ js?: string[] }> };
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(dist, file))) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // crxjs loaders import their chunk through chrome.runtime.getURL("assets/…"); chunks import "./…".
    for (const m of code.matchAll(/getURL\("([^"]+\.js)"\)/g)) visit(m[1]!);
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*"\.\/([^"]+\.js)"/g)) visit(join(file, '..', m[1]!));
  };
  for (const cs of manifest.content_scripts ?? []) for (const js of cs.js ?? []) visit(js);
  let total = 0;
  for (const file of seen) total += gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  return total;
}

/** An X conversation page whose timeline grows by itself (`window.__feed`), with cells cloned from the fixture's markup. */
function feedPage(): string {
  const fixture = readFileSync(join(ROOT, 'tests/fixtures/sites/x/status.html'), 'utf8').replace(/<script\b[^>]*><\/script>/g, '');
  const grow = `<script>
(() => {
  const list = document.querySelector('[aria-label="Timeline: Conversation"] > div');
  const template = document.querySelector('article[data-testid="tweet"][tabindex="0"]').closest('[data-testid="cellInnerDiv"]');
  let next = 0;
  // X places each cell below the one before with translateY (the fixture's few cells share one spot).
  let top = 1200;
  const grow = (n, batch) => {
    performance.mark('batch-' + batch);
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < n; i++) {
      const cell = template.cloneNode(true);
      cell.style.transform = 'translateY(' + top + 'px)';
      top += 140;
      const id = String(1900000000000000000n + BigInt(next++));
      cell.querySelector('a[href*="/status/"]:has(> time)').setAttribute('href', '/user' + (next % 97) + '/status/' + id);
      cell.querySelector('[data-testid="tweetText"]').firstChild.textContent = 'Comment ' + next + ': where is my parcel? It has been ' + (next % 30) + ' days. ';
      fragment.append(cell);
    }
    list.append(fragment);
    list.style.minHeight = top + 'px';
  };
  // The page grows itself on a timer, as a feed loading more replies does.
  window.__feed = (total, size, every) => new Promise((done) => {
    let batch = 0;
    const tick = () => {
      if (batch * size >= total) {
        performance.mark('batch-end');
        return setTimeout(done, 300);
      }
      grow(size, batch++);
      setTimeout(tick, every);
    };
    tick();
  });
})();
</script>`;
  return fixture.replace('</body>', `${grow}</body>`);
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time; wall time (dur) on a loaded 2-core machine mostly measures waiting. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string } };
}

interface Run {
  script_ms: number;
  script_cpu_ms: number;
  trace: TraceEvent[];
  commentsSeen: number | null;
}

async function launch(executable: string, dist: string | null): Promise<{ context: BrowserContext; done: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (dist) args.push(`--disable-extensions-except=${dist}`, `--load-extension=${dist}`);
  const context = await chromium.launchPersistentContext(dir, { executablePath: executable, headless: true, args, viewport: { width: 1280, height: 900 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'));
  await context.route(FEED_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: feedPage() }));
  if (dist) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    done: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The most comments the worker holds for any tab. */
async function storedComments(context: BrowserContext): Promise<number> {
  const worker = context.serviceWorkers()[0];
  if (!worker) return 0;
  return worker.evaluate(async () => {
    // A tab's comments are stored in chunks, `tab:<id>:c<k>` (src/background/tab-store.ts).
    const all = await chrome.storage.session.get(null);
    const perTab = new Map<string, number>();
    for (const [key, value] of Object.entries(all)) {
      const tab = /^(tab:\d+):c\d+$/.exec(key)?.[1];
      if (tab && Array.isArray(value)) perTab.set(tab, (perTab.get(tab) ?? 0) + value.length);
    }
    return Math.max(0, ...perTab.values());
  });
}

/**
 * Let the content script start and read the page before the feed grows: wait until the worker
 * holds the page's comments. On a loaded machine the worker can take seconds to answer the
 * content script's first request; a fixed wait let that start-up, and the reading of every comment
 * on the page so far, fall inside the measured feed. Right after the browser starts, a first page
 * can load before the extension's content scripts are registered: then it is loaded again, once.
 */
async function untilReported(context: BrowserContext, page: Page): Promise<void> {
  const start = Date.now();
  let reloaded = false;
  while ((await storedComments(context)) === 0 && Date.now() - start < 30_000) {
    if (!reloaded && Date.now() - start > 5_000) {
      reloaded = true;
      await page.reload();
    }
    await page.waitForTimeout(250);
  }
}

async function scriptMs(cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** What the side panel's request for the tab's queue makes the worker send: read every comment. */
async function showInPanel(context: BrowserContext): Promise<void> {
  await context.serviceWorkers()[0]!.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true });
    await chrome.tabs.sendMessage(tab!.id!, { parley: 1, kind: 'page/read-all', payload: {} });
  });
}

async function feedRun(executable: string, dist: string | null, panelOpen = false): Promise<Run> {
  const { context, done } = await launch(executable, dist);
  try {
    const page = await context.newPage();
    await page.goto(FEED_URL);
    if (dist) await untilReported(context, page);
    if (panelOpen) await showInPanel(context);
    await page.waitForTimeout(1_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const trace: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => {
      trace.push(...(e.value as unknown as TraceEvent[]));
    });
    const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing', 'v8.execute', 'toplevel'] } });
    const before = await scriptMs(cdp);
    await page.evaluate(([total, size, every]) => (window as unknown as { __feed(t: number, s: number, e: number): Promise<void> }).__feed(total, size, every), [TOTAL, BATCH, SETTLE_MS] as const);
    const after = await scriptMs(cdp);
    await cdp.send('Tracing.end');
    await complete;
    const commentsSeen = dist ? await storedComments(context) : null;
    return { script_ms: after - before, script_cpu_ms: scriptCpuMs(trace), trace, commentsSeen };
  } finally {
    await done();
  }
}

const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'v8.callFunction']);
const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
const fromExtension = (e: TraceEvent) => e.args?.data?.url?.startsWith('chrome-extension://') === true;

/** Events not inside another kept event of the same thread (their time is already in the outer one). */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts);
  const out: TraceEvent[] = [];
  const lastEnd = new Map<number, number>();
  for (const e of sorted) {
    if (e.ts < (lastEnd.get(e.tid) ?? -1)) continue;
    out.push(e);
    lastEnd.set(e.tid, e.ts + (e.dur ?? 0));
  }
  return out;
}

/** CPU time of all script the page's main thread ran (page and extension alike). */
function scriptCpuMs(trace: TraceEvent[]): number {
  return outermost(trace.filter((e) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name))).reduce((sum, e) => sum + cpu(e), 0);
}

/**
 * The content script's CPU time per batch window (between the page's "batch-<n>" marks), and the
 * long tasks it caused: tasks over 50 ms that would have stayed under without its script.
 */
function attribute(trace: TraceEvent[]) {
  const starts = trace.filter((e) => e.name.startsWith('batch-')).map((e) => e.ts).sort((a, b) => a - b);
  const ours = outermost(trace.filter((e) => e.ph === 'X' && e.dur !== undefined && SCRIPT_EVENTS.has(e.name) && fromExtension(e)));
  const perBatch = new Array<number>(Math.max(0, starts.length - 1)).fill(0);
  for (const c of ours) {
    let i = starts.length - 2;
    while (i >= 0 && starts[i]! > c.ts) i--;
    if (i >= 0) perBatch[i]! += cpu(c);
  }
  const tasks = trace.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && cpu(e) > LONG_TASK_MS);
  let caused = 0;
  let longest = 0;
  for (const t of tasks) {
    const inside = ours.filter((c) => c.tid === t.tid && c.ts >= t.ts && c.ts < t.ts + t.dur!).reduce((sum, c) => sum + cpu(c), 0);
    if (inside > 0 && cpu(t) - inside <= LONG_TASK_MS) {
      caused++;
      longest = Math.max(longest, cpu(t));
    }
  }
  return { perBatch, calls: ours.length, longTasks: caused, longestMs: longest, ourMs: ours.reduce((sum, c) => sum + cpu(c), 0) };
}

/**
 * Each configuration runs `runs` times, interleaved (without, with, with the panel, then again),
 * so that a slow spell of the shared machine falls on all three alike. Script times and ratios are
 * the medians of the runs; per-batch figures pool every run's batches.
 */
export async function measureContentFeed(runs = 3): Promise<ContentResult> {
  const executable = findChromium();
  if (!executable) return { skipped: 'no Chromium found (install Debian\'s chromium or set CHROME_PATH); content script figures skipped' };
  const dist = distDir();
  ensureBuilt(dist);
  const without: Run[] = [];
  const withExt: Run[] = [];
  const withPanel: Run[] = [];
  for (let i = 0; i < runs; i++) {
    without.push(await feedRun(executable, null));
    withExt.push(await feedRun(executable, dist));
    withPanel.push(await feedRun(executable, dist, true));
  }
  const baseline = median(without.map((run) => run.script_cpu_ms));
  const closed = runFigures(withExt, baseline);
  const open = runFigures(withPanel, baseline);
  if (!closed || !open) return { skipped: 'the trace holds no script run from the extension: was the content script injected?' };
  return {
    figures: {
      ...closed,
      panel_open: open,
      runs,
      batches: closed.batches,
      page_script_cpu_ms_without: r(baseline, 1),
      page_script_cpu_ms_without_runs: without.map((run) => r(run.script_cpu_ms, 1)),
      page_script_ms_with_cdp: r(median(withExt.map((run) => run.script_ms)), 1),
      page_script_ms_without_cdp: r(median(without.map((run) => run.script_ms)), 1),
      bundle_gzip_kb: r(contentBundleGzipBytes(dist) / 1024, 2),
    },
  };
}

function median(xs: number[]): number {
  return percentile([...xs].sort((a, b) => a - b), 0.5);
}

const r = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

function runFigures(runs: Run[], baseline: number): (PanelOpenFigures & { batches: number }) | null {
  const each = runs.map((run) => attribute(run.trace));
  if (each.some((a) => !a.calls)) return null;
  const sorted = each.flatMap((a) => a.perBatch).sort((a, b) => a - b);
  const scriptMs = median(runs.map((run) => run.script_cpu_ms));
  return {
    batches: each[0]!.perBatch.length,
    comments_seen: Math.min(...runs.map((run) => run.commentsSeen ?? 0)),
    batch_p50_ms: r(percentile(sorted, 0.5)),
    batch_p99_ms: r(percentile(sorted, 0.99)),
    batch_max_ms: r(sorted[sorted.length - 1] ?? 0),
    long_tasks: Math.max(...each.map((a) => a.longTasks)),
    longest_task_ms: r(Math.max(...each.map((a) => a.longestMs)), 1),
    content_script_cpu_ms: r(median(each.map((a) => a.ourMs)), 1),
    page_script_cpu_ms_with: r(scriptMs, 1),
    page_script_cpu_ms_with_runs: runs.map((run) => r(run.script_cpu_ms, 1)),
    overhead_ratio: r(scriptMs / baseline),
  };
}

export function printContentFigures(result: ContentResult): void {
  console.log('\ncontent script on a feed growing to 5,000 comments (Chromium):');
  if ('skipped' in result) {
    console.log(`  skipped: ${result.skipped}`);
    return;
  }
  const f = result.figures;
  const b = CONTENT_BUDGETS;
  console.log(`  medians of ${f.runs} interleaved runs of each configuration; per-batch figures over all their batches`);
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  const run = (title: string, x: PanelOpenFigures) => {
    console.log(`  ${title}`);
    console.log(`    per batch of ${BATCH}: p50 ${x.batch_p50_ms} ms, p99 ${x.batch_p99_ms} ms (max ${x.batch_max_ms}) ≤ ${b.batch_p99_ms} ms: ${verdict(x.batch_p99_ms <= b.batch_p99_ms)}`);
    console.log(`    long tasks (> ${LONG_TASK_MS} ms CPU) our script caused: ${x.long_tasks}${x.long_tasks ? ` (longest ${x.longest_task_ms} ms)` : ''}: ${verdict(x.long_tasks <= b.long_tasks)}`);
    console.log(`    page script CPU ${x.page_script_cpu_ms_with} ms with the extension (${x.content_script_cpu_ms} ms of it ours), ${f.page_script_cpu_ms_without} ms without: ×${x.overhead_ratio} ≤ ×${b.overhead_ratio}: ${verdict(x.overhead_ratio <= b.overhead_ratio)}`);
    console.log(`      (each run, ms: with ${x.page_script_cpu_ms_with_runs.join(', ')}; without ${f.page_script_cpu_ms_without_runs.join(', ')})`);
    console.log(`    comments the worker holds at the end: ${x.comments_seen ?? 'n/a'} of ${TOTAL + 6}`);
  };
  run('no side panel showing the tab (comments near the screen are read):', f);
  console.log(`    (CDP ScriptDuration, wall time: ${f.page_script_ms_with_cdp} ms with, ${f.page_script_ms_without_cdp} ms without)`);
  run('the side panel showing the tab (every comment is read):', f.panel_open);
  console.log(`  content script bundle: ${f.bundle_gzip_kb} KB gzip ≤ ${b.bundle_gzip_kb} KB: ${verdict(f.bundle_gzip_kb <= b.bundle_gzip_kb)}`);
}

// Run alone, it updates only the `content` figures of bench/results/latest.json.
if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureContentFeed();
  printContentFigures(result);
  const out = join(ROOT, 'bench/results/latest.json');
  const latest = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
  latest.content = 'figures' in result ? { ...result.figures, budgets: CONTENT_BUDGETS, date: new Date().toISOString() } : result;
  writeFileSync(out, JSON.stringify(latest, null, 2) + '\n');
  console.log('  wrote the "content" figures into bench/results/latest.json');
}

