import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { PackServer } from './pack-server';
import { generateSigningKey, signPack, type PrivateKeyFile } from '../../src/core/pack/signature';

/**
 * Pack sync against a real local pack host with injected faults. One browser and one server for
 * the whole file: each step starts from the state the previous one left, as a user would see it.
 * Policy (chrome.storage.managed) cannot be set without real enterprise policy, so the pack URL and
 * the trusted key are configured through the options page, which feeds the same sync code; the
 * policy keys themselves are covered by unit tests (tests/unit/background/sources.test.ts).
 */
const pack = (version: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'acme',
    name: 'Acme replies',
    version,
    locales: ['en'],
    voice: { default: {} },
    templates: [{ id: 'Acme.Thanks', name: 'Thanks', locale: 'en', intents: ['praise'], body: `Thank you! (${version})` }],
    ...extra,
  });

describe('pack sync in Chromium', () => {
  const server = new PackServer();
  let s: Session;
  let options: Page;
  let url: string;
  const requests: string[] = [];

  const status = () => options.evaluate(() => chrome.runtime.sendMessage({ parley: 1, kind: 'pack/status', payload: {} }));
  const layer = () => options.locator(`[data-testid="layer"][data-source="${url}"]`);
  /** What "Sync now" sends; answers once every source was checked. */
  const syncNow = () => options.evaluate(() => chrome.runtime.sendMessage({ parley: 1, kind: 'pack/sync', payload: {} }));
  const shownVersion = () => options.getByTestId('pack-version').textContent();
  const layerError = () => layer().getByTestId('layer-error').textContent({ timeout: 2_000 }).catch(() => null);
  const serveSigned = async (text: string, key: PrivateKeyFile) => {
    server.put('/acme.json', text);
    server.put('/acme.json.sig', await signPack(new TextEncoder().encode(text), key));
  };

  beforeAll(async () => {
    await server.start();
    url = server.url('/acme.json');
    server.put('/acme.json', pack('2026.11.1'));
    s = await launch();
    s.context.on('request', (r) => requests.push(r.url()));
    options = await s.openOptions();
  });
  afterAll(async () => {
    await s?.close();
    await server.stop();
  });

  it('takes a pack URL added in the settings, shows it as a layer over the starter pack and uses it', async () => {
    await expect.poll(shownVersion, { timeout: 10_000 }).toBe('1.0.0');
    await options.getByTestId('source-url').fill(url);
    await options.getByTestId('source-add').click();
    await expect.poll(() => options.getByTestId('pack-name').textContent(), { timeout: 15_000 }).toBe('Acme replies');
    expect(await shownVersion()).toBe('2026.11.1');
    await expect.poll(() => options.getByTestId('layer-name').allTextContents()).toEqual(['Parley starter netiquette', 'Acme replies']);
    const st = await status();
    expect(st.layers.map((l: { source: string; origin: string; version: string }) => [l.source, l.origin, l.version])).toEqual([
      ['built-in', 'built-in', '1.0.0'],
      [url, 'user', '2026.11.1'],
    ]);
    // Layered: the starter pack's rules are still there under the organisation's templates.
    expect(st.counts.rules).toBeGreaterThan(0);
  });

  it('"Sync now" brings a new version to an open settings page', async () => {
    server.put('/acme.json', pack('2026.11.2', { changelog: [{ version: '2026.11.2', changes: ['Warmer thanks'] }] }));
    await options.getByTestId('sync-now').click();
    await expect.poll(shownVersion, { timeout: 5_000 }).toBe('2026.11.2');
    expect((await status()).changelog).toEqual([{ version: '2026.11.2', changes: ['Warmer thanks'] }]);
  });

  it('leaves everything alone when the host answers 304', async () => {
    server.log.length = 0;
    const before = await status();
    await syncNow();
    expect(server.requestsFor('/acme.json').map((r) => r.status)).toEqual([304]);
    const after = await status();
    expect(after.version).toBe('2026.11.2');
    expect(after.layers[1].error).toBeNull();
    expect(after.layers[1].syncedAt >= before.layers[1].syncedAt).toBe(true);
  });

  const faults: Array<[string, () => void | Promise<void>, RegExp]> = [
    ['a server error', () => void (server.fault = { kind: 'status', status: 500 }), /answered 500 at \d\d:\d\d/],
    ['a body cut off half way', () => (server.put('/acme.json', pack('2026.11.3')), void (server.fault = { kind: 'cut-body' })), /broke off before the whole pack arrived/],
    ['truncated JSON', () => void (server.fault = { kind: 'body', body: pack('2026.11.3').slice(0, 60) }), /sent broken JSON/],
    ['an invalid pack', () => void (server.fault = { kind: 'body', body: pack('2026.11.3', { templates: [{ id: 'Acme.X', name: 'X', locale: 'en', intents: [], body: 'x' }] }) }), /sent a pack with 1 problem/],
    ['an oversized body', () => void (server.fault = { kind: 'body', body: ' '.repeat(5 * 1024 * 1024 + 10) }), /sent more than 5 MB/],
    ['an HTML page', () => void (server.fault = { kind: 'body', body: '<!doctype html><p>Sign in', contentType: 'text/html' }), /sent text\/html instead of JSON/],
    ['an older version', () => server.put('/acme.json', pack('2026.11.0')), /offered version 2026\.11\.0, older than 2026\.11\.2 in use/],
    ['a refused connection', () => server.stop(), /could not be reached/],
  ];
  it.each(faults)('keeps the last good pack after %s and says so in plain words', async (_name, inject, words) => {
    server.fault = null;
    await inject();
    await syncNow();
    await expect.poll(layerError, { timeout: 5_000 }).toMatch(words);
    const error = (await layerError())!;
    expect(error).toMatch(new RegExp(`^127\\.0\\.0\\.1:${server.port}/acme\\.json `));
    expect(error).toMatch(/; using version 2026\.11\.2 from today \d\d:\d\d; next try \d\d:\d\d$/);
    expect(await shownVersion()).toBe('2026.11.2');
    const st = await status();
    expect(st.layers[1].nextTry).not.toBeNull();
  });

  it('shows each problem of a refused pack with its path', async () => {
    // Left over from the invalid pack above.
    expect(await options.getByTestId('pack-error').textContent()).toContain('templates[0] "Acme.X" › intents');
  });

  it('recovers when the host is back', async () => {
    await server.start(server.port);
    server.fault = null;
    server.put('/acme.json', pack('2026.11.3'));
    await syncNow();
    await expect.poll(shownVersion, { timeout: 5_000 }).toBe('2026.11.3');
    expect(await layerError()).toBeNull();
    expect(await options.getByTestId('pack-error').count()).toBe(0);
  });

  it('gives up after the time limit when the host does not answer', async () => {
    server.fault = { kind: 'hang' };
    await syncNow();
    await expect.poll(layerError, { timeout: 5_000 }).toMatch(/did not answer within 15 s at .*; using version 2026\.11\.3/);
    server.fault = null;
  });

  describe('with a pinned signing key', () => {
    let trusted: Awaited<ReturnType<typeof generateSigningKey>>;
    let impostor: Awaited<ReturnType<typeof generateSigningKey>>;
    beforeAll(async () => {
      trusted = await generateSigningKey('acme-2026');
      impostor = await generateSigningKey('acme-2026');
    });

    it('keeps using the pack once it is signed with the key added in the settings', async () => {
      await serveSigned(pack('2026.11.3'), trusted.privateKey);
      await options.getByTestId('key-input').fill(trusted.publicKey);
      await options.getByTestId('key-add').click();
      await expect.poll(() => options.getByTestId('user-key').allTextContents(), { timeout: 15_000 }).toEqual([expect.stringContaining('acme-2026')]);
      await expect.poll(layerError).toBeNull();
      expect(await shownVersion()).toBe('2026.11.3');
    });

    it('refuses an unsigned update', async () => {
      server.put('/acme.json', pack('2026.11.4'));
      server.files.delete('/acme.json.sig');
      await syncNow();
      await expect.poll(layerError, { timeout: 5_000 }).toMatch(/is not signed \(the signature file answered 404\).*using version 2026\.11\.3/);
      expect(await shownVersion()).toBe('2026.11.3');
    });

    it('refuses an update signed with another key under the same key id', async () => {
      await serveSigned(pack('2026.11.4'), impostor.privateKey);
      await syncNow();
      await expect.poll(layerError, { timeout: 5_000 }).toMatch(/was refused: the signature does not match the pack \(key "acme-2026"\)/);
      expect(await shownVersion()).toBe('2026.11.3');
    });

    it('keeps the old pack when the worker is stopped mid-sync, and takes the update on the next sync', async () => {
      await serveSigned(pack('2026.11.5'), trusted.privateKey);
      server.fault = { kind: 'stall-body', path: '/acme.json' };
      server.log.length = 0;
      await options.evaluate(() => void chrome.runtime.sendMessage({ parley: 1, kind: 'pack/sync', payload: {} }).catch(() => undefined));
      await expect.poll(() => server.requestsFor('/acme.json').length, { timeout: 5_000 }).toBe(1);
      const cdp = await s.context.newCDPSession(options);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      server.release();
      server.fault = null;

      const after = await status();
      expect(after.version).toBe('2026.11.3');
      expect(after.syncing).toBe(false);
      await syncNow();
      await expect.poll(shownVersion, { timeout: 5_000 }).toBe('2026.11.5');
      expect(await layerError()).toBeNull();
    });
  });

  it('made no request to any host but the configured pack URL (and its signature)', () => {
    const web = requests.filter((u) => /^https?:/.test(u));
    expect(web.length).toBeGreaterThan(10);
    expect([...new Set(web)].sort()).toEqual([url, `${url}.sig`]);
  });
});
