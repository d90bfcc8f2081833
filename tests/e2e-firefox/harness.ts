import { expect } from 'vitest';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EDITORS_BUNDLE } from '../fixtures/editors/build';
import { GECKO_ID } from '../../tools/firefox-manifest';

export const DIST_FIREFOX = resolve(process.env.PARLEY_DIST_FIREFOX ?? resolve(import.meta.dirname, '../../dist-firefox'));
const FIXTURES = resolve(import.meta.dirname, '../fixtures');
/** Fixed so extension pages have a known address (moz-extension://<uuid>/…). */
const UUID = '5b1c2f0e-9a47-4d3b-8e61-0c7a2d9f4e15';
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox'];

/** $FIREFOX_PATH or Debian's Firefox (ESR). Never downloads one. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Firefox found for the Firefox end-to-end tests. Install Debian\'s Firefox ESR with ' +
        '"sudo apt-get update && sudo apt-get install -y firefox-esr", or set FIREFOX_PATH.',
    );
  }
  return found;
}

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<uuid> */
  base: string;
  /** Open a fixture file at a real site URL (answered over BiDi request interception, never fetched). */
  openFixture(url: string, fixture: string): Promise<Page>;
  /** An extension page (e.g. "src/sidepanel/index.html?tab=3") in a tab of its own. */
  openExtensionPage(path: string): Promise<Page>;
  /** The WebExtension tab id of a page (Parley's host permissions let extension pages see site URLs). */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** An enterprise policies.json, as an administrator would install it. */
  policies?: unknown;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxSession> {
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) throw new Error('dist-firefox/ is missing: run "npm run build:firefox" first.');
  const scratch = mkdtempSync(join(tmpdir(), 'parley-firefox-'));
  const prefs: Record<string, unknown> = { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) };
  const env: Record<string, string | undefined> = { ...process.env };
  if (options.policies) {
    // Release builds read policies.json from another path only in automation mode, which also
    // refuses connections to anything but this machine.
    const file = join(scratch, 'policies.json');
    writeFileSync(file, JSON.stringify(options.policies));
    prefs['browser.policies.alternatePath'] = file;
    prefs['security.turn_off_all_security_so_that_viruses_can_take_over_this_computer'] = true;
    env.MOZ_DISABLE_NONLOCAL_CONNECTIONS = '1';
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
    env,
  });
  const installed = await browser.installExtension(DIST_FIREFOX);
  if (installed !== GECKO_ID) throw new Error(`installed as ${installed}, expected ${GECKO_ID}`);
  const base = `moz-extension://${UUID}`;
  let control: Page | null = null;

  const session: FirefoxSession = {
    browser,
    base,
    async openFixture(url, fixture) {
      const body = readFileSync(join(FIXTURES, fixture), 'utf8');
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      // Nothing leaves the machine: anything but the fixture and its editors bundle is refused.
      page.on('request', (request: HTTPRequest) => {
        const target = request.url().split('#')[0];
        if (target === url) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
        else if (new URL(request.url()).pathname === '/__fixtures__/editors.js') {
          void request.respond({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(EDITORS_BUNDLE, 'utf8') });
        } else void request.abort('blockedbyclient');
      });
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const url = `${base}/${path}`;
      const page = await browser.newPage();
      // The tab moves to the extension process, and puppeteer's goto never sees that navigation
      // finish (it ends in "frame detached" at close): wait for the page itself instead.
      void page.goto(url).catch(() => undefined);
      const loaded = () => page.evaluate((want: string) => location.href === want && document.readyState === 'complete', url);
      // Evaluating while the document is being swapped can fail; that only means "not yet".
      await expect.poll(() => loaded().catch(() => false), { timeout: 15_000 }).toBe(true);
      return page;
    },
    async tabIdOf(page) {
      control ??= await session.openExtensionPage('src/options/index.html');
      const url = page.url();
      return control.evaluate(async (want: string) => {
        const tabs = await chrome.tabs.query({});
        const tab = tabs.find((t) => t.url === want);
        if (tab?.id === undefined) throw new Error(`no tab shows ${want}`);
        return tab.id;
      }, url);
    },
    async close() {
      await browser.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
  return session;
}
