import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { copyExtension, findChromium, launch, unpackedExtensionId, type Session } from './harness';
import { PackServer } from './pack-server';

/**
 * Enterprise policy for real: Chromium on Linux reads policy files from
 * /etc/chromium/policies/managed/*.json, and a file's "3rdparty" → "extensions" → <id> section is
 * what that extension reads from chrome.storage.managed (Chromium's ConfigDirPolicyLoader,
 * Merge3rdPartyPolicy). The test writes such a file for its own copy of the extension (its own
 * id, derived from the copy's path, so no other browser on the machine is affected), launches,
 * and removes the file again. It needs to write under /etc (root, as in CI) and Debian's
 * Chromium; otherwise it is skipped with the reason printed.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';

function whyNot(): string | null {
  if (process.platform !== 'linux') return 'policy files under /etc are how Chromium on Linux is managed';
  const chromium = findChromium();
  if (!/\/(chromium|chromium-browser)$/.test(chromium)) return `${chromium} is not Debian's Chromium, which reads ${POLICY_DIR}`;
  let dir = POLICY_DIR;
  while (!existsSync(dir)) dir = dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return null;
  } catch {
    return `${dir} is not writable by this user (run as root, as CI does)`;
  }
}

const reason = whyNot();
if (reason) console.warn(`[managed-policy.e2e] skipped: ${reason}`);

describe.skipIf(reason !== null)('enterprise policy from /etc/chromium/policies, in Chromium', () => {
  const server = new PackServer();
  const made: string[] = [];
  let extensionDir: string;
  let policyFile: string;
  let s: Session;
  let url: string;
  let options: Page;

  beforeAll(async () => {
    await server.start();
    url = server.url('/acme.json');
    server.put(
      '/acme.json',
      JSON.stringify({
        id: 'acme',
        name: 'Acme org voice',
        version: '2026.11.7',
        locales: ['en'],
        voice: { default: {} },
        templates: [{ id: 'Acme.OrgThanks', name: 'Org thanks', locale: 'en', intents: ['praise'], body: 'Thank you from all of us at Acme!' }],
      }),
    );
    extensionDir = copyExtension();
    const id = unpackedExtensionId(extensionDir);
    // Create only the folders that are missing, and remember them for the clean-up.
    for (let dir = POLICY_DIR; !existsSync(dir); dir = dirname(dir)) made.unshift(dir);
    mkdirSync(POLICY_DIR, { recursive: true });
    policyFile = join(POLICY_DIR, `parley-e2e-${id}.json`);
    writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: { organisationPacks: [url], allowUserPacks: false, allowUserKeys: false } } } }));
    s = await launch({ extensionDir });
    expect(s.extensionId).toBe(id);
    options = await s.openOptions();
  });
  afterAll(async () => {
    await s?.close();
    await server.stop();
    if (policyFile) rmSync(policyFile, { force: true });
    for (const dir of made.reverse()) if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  it("the extension reads the administrator's settings", async () => {
    const managed = await s.worker.evaluate(() => chrome.storage.managed.get(null));
    expect(managed).toEqual({ organisationPacks: [url], allowUserPacks: false, allowUserKeys: false });
  });

  it("the settings page uses the administrator's pack URL and shows it as theirs, with no way to add packs of one's own", async () => {
    await expect.poll(() => options.getByTestId('pack-name').textContent(), { timeout: 15_000 }).toBe('Acme org voice');
    expect(await options.getByTestId('pack-version').textContent()).toBe('2026.11.7');
    expect(await options.getByTestId('pack-sources').textContent()).toBe(`${url} · organisation · set by your administrator`);
    expect(await options.getByText('Your administrator does not allow packs of your own.').count()).toBe(1);
    expect(await options.getByText('Your administrator does not allow keys of your own.').count()).toBe(1);
    expect(await options.getByTestId('source-url').count()).toBe(0);
    expect(await options.getByTestId('key-input').count()).toBe(0);
    expect(server.requestsFor('/acme.json').length).toBeGreaterThan(0);
  });

  it('a pack file of their own is refused with the reason', async () => {
    const own = JSON.stringify({ id: 'mine', name: 'Mine', version: '1.0.0', locales: ['en'], voice: { default: {} } });
    await options.getByTestId('pack-text').fill(own);
    await options.getByTestId('pack-import').click();
    await expect.poll(() => options.getByTestId('pack-error').textContent({ timeout: 1_000 }).catch(() => null), { timeout: 10_000 }).toContain(
      'your administrator does not allow packs of your own',
    );
    expect(await options.getByTestId('pack-name').textContent()).toBe('Acme org voice');
  });

  it("the panel's settings show the organisation's pack in use", async () => {
    const page = await s.openFixture('https://x.com/AcmeSupport/status/1860000000000000001', 'sites/x/status.html');
    const panel = await s.openPanel(await s.tabIdOf(page));
    await panel.getByRole('tab', { name: 'Settings' }).click();
    await expect.poll(() => panel.getByTestId('pack-layers').textContent({ timeout: 1_000 }).catch(() => null), { timeout: 10_000 }).toContain('Acme org voice 2026.11.7');
    expect(await panel.getByTestId('pack-notice').count()).toBe(0);
  });
});
