import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EDITORS_BUNDLE } from '../fixtures/editors/build';

// PARLEY_DIST lets parallel work build into its own folder (vite build --outDir dist-x).
const DIST = resolve(process.env.PARLEY_DIST ?? resolve(import.meta.dirname, '../../dist'));
const FIXTURES = resolve(import.meta.dirname, '../fixtures');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium'];

/** The browser to test with: $CHROME_PATH, or a usual Chromium location. Never downloads one. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install Debian\'s Chromium with ' +
        '"sudo apt-get update && sudo apt-get install -y chromium", or set CHROME_PATH to a Chromium or ' +
        'Chrome for Testing binary (branded Google Chrome ignores --load-extension).',
    );
  }
  return found;
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Open a fixture file at a real site URL (routed, never fetched); the page is in front. Headers: e.g. a strict CSP. */
  openFixture(url: string, fixture: string, headers?: Record<string, string>): Promise<Page>;
  /** The side panel's page for one tab, opened as a normal tab. */
  openPanel(tabId: number): Promise<Page>;
  openOptions(): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** A built manifest as JSON, for `LaunchOptions.manifest` to change. */
export type Manifest = Record<string, unknown> & { host_permissions?: string[] };

export interface LaunchOptions {
  /**
   * Load a copy of the built extension whose manifest this function changes (the copy lives in
   * a temporary folder, so it has its own extension id, and is removed on close). E.g. host
   * permissions granted at install, since automation cannot accept a permission prompt.
   */
  manifest?: (manifest: Manifest) => void;
  /** Load the extension from this folder instead (e.g. one made with `copyExtension`); left in place on close. */
  extensionDir?: string;
}

/** Copy the built extension to a new temporary folder, changing its manifest. The caller removes it. */
export function copyExtension(patch: (manifest: Manifest) => void = () => undefined): string {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run "npm run build" first.');
  const dir = mkdtempSync(join(tmpdir(), 'parley-ext-'));
  cpSync(DIST, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  patch(manifest);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/** The id Chromium gives an unpacked extension (no "key" in its manifest) loaded from this absolute path. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const copied = options.manifest ? copyExtension(options.manifest) : null;
  const extension = copied ?? (options.extensionDir ? resolve(options.extensionDir) : DIST);
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error(`${extension === DIST ? 'dist/' : extension} is missing: run "npm run build" first.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: [
      '--headless=new',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Nothing leaves the machine: any request that is not a routed fixture fails loudly.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort('blockedbyclient'));
  // The real editors (Draft.js, Lexical, Quill, React) for fixture pages, on every fixture host.
  await context.route('**/__fixtures__/editors.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(EDITORS_BUNDLE, 'utf8') }),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const session: Session = {
    context,
    worker,
    extensionId,
    async openFixture(url, fixture, headers = {}) {
      const body = readFileSync(join(FIXTURES, fixture), 'utf8');
      await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body }));
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openPanel(tabId) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/sidepanel/index.html?tab=${tabId}`);
      return page;
    },
    async openOptions() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
      return page;
    },
    async tabIdOf(page) {
      // Without the "tabs" permission URLs are hidden, so take the tab that is in front.
      await page.bringToFront();
      return worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id === undefined) throw new Error('no active tab');
        return tab.id;
      });
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (copied) rmSync(copied, { recursive: true, force: true });
    },
  };
  return session;
}
