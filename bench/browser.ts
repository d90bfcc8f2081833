/**
 * Shared launch code for the benchmarks that run in Chromium (bench/panel.ts): find Debian's
 * Chromium (never download one), build the extension when the folder has no manifest, launch it
 * with the extension loaded, and serve fixture pages at real site URLs (routed, never fetched).
 * Mirrors tests/e2e/harness.ts; bench/content-feed.ts uses the first two.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..');
export const FIXTURES = join(ROOT, 'tests/fixtures');

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium'];

/** $CHROME_PATH, or a usual Chromium location; null when there is none. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM.find((p) => existsSync(p)) ?? null;
}

/** The extension folder: $PARLEY_DIST or dist/. */
export function distDir(): string {
  return resolve(process.env.PARLEY_DIST ?? join(ROOT, 'dist'));
}

/** Build the extension into `dist` when it has no manifest yet. */
export function ensureBuilt(dist: string): void {
  if (existsSync(join(dist, 'manifest.json'))) return;
  console.log(`  building the extension into ${dist} (no manifest there)…`);
  execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], { cwd: ROOT, stdio: 'ignore' });
}

/**
 * The bundle of real editors (Draft.js, Lexical, Quill) the editor fixture pages load from
 * /__fixtures__/editors.js. The e2e run builds it into dist-fixtures/; when it is not there it is
 * bundled into a temporary file of our own (the shared one is left to the e2e run).
 */
async function editorsBundle(): Promise<{ path: string; temporary: boolean }> {
  const { EDITORS_BUNDLE, bundleEditors } = await import('../tests/fixtures/editors/build');
  if (existsSync(EDITORS_BUNDLE)) return { path: EDITORS_BUNDLE, temporary: false };
  const path = join(mkdtempSync(join(tmpdir(), 'parley-bench-editors-')), 'editors.js');
  await bundleEditors(path);
  return { path, temporary: true };
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(…)`; code
 * handed to page.evaluate runs where that helper does not exist. Define it (as identity) there first.
 */
export async function allowNames(target: { evaluate(code: string): Promise<unknown> }): Promise<void> {
  await target.evaluate('globalThis.__name ??= (f) => f; undefined');
}

export interface BrowserSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Serve `body` as HTML at `url` (a real site URL; nothing is fetched). */
  routeHtml(url: string, body: string): Promise<void>;
  /** A fixture file (under tests/fixtures) at a real site URL, opened in a new tab. */
  openFixture(url: string, fixture: string): Promise<Page>;
  /** The side panel's page for one tab, opened as a normal tab (as the e2e tests do). */
  panelUrl(tabId: number): string;
  openPanel(tabId: number): Promise<Page>;
  openOptions(): Promise<Page>;
  /** The tab id of a page (brought to front: without the "tabs" permission URLs are hidden). */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** Chromium with the built extension from `dist`; every request that is not routed fails. */
export async function launchExtension(executable: string, dist: string): Promise<BrowserSession> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const editors = await editorsBundle();
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Background tabs keep full-speed timers, as a visible side panel and page do.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
  ];
  const context = await chromium.launchPersistentContext(dir, { executablePath: executable, headless: true, args, viewport: { width: 1280, height: 900 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'));
  const editorsJs = readFileSync(editors.path, 'utf8');
  await context.route('**/__fixtures__/editors.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: editorsJs }));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const session: BrowserSession = {
    context,
    worker,
    extensionId,
    async routeHtml(url, body) {
      await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    },
    async openFixture(url, fixture) {
      await session.routeHtml(url, readFileSync(join(FIXTURES, fixture), 'utf8'));
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    panelUrl: (tabId) => `chrome-extension://${extensionId}/src/sidepanel/index.html?tab=${tabId}`,
    async openPanel(tabId) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 420, height: 900 });
      await page.goto(session.panelUrl(tabId));
      return page;
    },
    async openOptions() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
      return page;
    },
    async tabIdOf(page) {
      await page.bringToFront();
      return worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id === undefined) throw new Error('no active tab');
        return tab.id;
      });
    },
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
      if (editors.temporary) rmSync(join(editors.path, '..'), { recursive: true, force: true });
    },
  };
  return session;
}
