import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { starterPackJson } from '../../src/core/pack/starter/index';
import { GECKO_ID } from '../../tools/firefox-manifest';
import { launchFirefox, type FirefoxSession } from './harness';

const ACME = { ...(starterPackJson as Record<string, unknown>), id: 'acme', name: 'Acme house voice', version: '2026.11.1' };

describe("an administrator's Firefox policy (policies.json \"3rdparty\")", () => {
  let server: Server;
  let s: FirefoxSession;
  let packUrl: string;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(JSON.stringify(ACME));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    packUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/acme.json`;
    s = await launchFirefox({
      policies: { policies: { '3rdparty': { Extensions: { [GECKO_ID]: { organisationPacks: [packUrl], allowUserPacks: false } } } } },
    });
  });
  afterAll(async () => {
    await s?.close();
    server?.close();
  });

  it('reaches Parley as managed storage: the organisation pack is synced and in force', async () => {
    const options = await s.openExtensionPage('src/options/index.html');
    const status = () =>
      options.evaluate(() => chrome.runtime.sendMessage({ parley: 1, kind: 'pack/sync', payload: {} })) as Promise<{
        name: string;
        layers: Array<{ source: string; origin: string }>;
      }>;
    await expect.poll(async () => (await status()).name, { timeout: 15_000 }).toBe('Acme house voice');
    expect((await status()).layers).toContainEqual(expect.objectContaining({ source: packUrl, origin: 'policy' }));
  });
});
