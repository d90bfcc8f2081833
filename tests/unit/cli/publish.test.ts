import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKey, parsePublicKey, verifyPack } from '../../../src/core/pack/signature';
import { checkSource } from '../../../src/background/sync-source';
import type { SourceRecord } from '../../../src/background/db';
import { FIX, ROOT, type Run } from './run';

/**
 * The publishing commands a brand lead runs (docs/cli.md): keygen, sign, verify, serve. Each runs
 * as its own process, as `npm run -s parley -- …` typed in a folder of the brand lead's: that is
 * where the files land and where paths are read from.
 */
function parley(cwd: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/cli.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, npm_lifecycle_event: 'parley', INIT_CWD: cwd },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const bytesOf = (path: string) => {
  const buf = readFileSync(path);
  return new Uint8Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
};

// Each command is a Node start-up (~0.5 s; several seconds on a busy machine, hence the timeouts).
describe('parley pack keygen / sign / verify', { timeout: 30_000 }, () => {
  let dir: string;
  let keygen: Run;
  let other: Run;
  let sameId: Run;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
    copyFileSync(join(ROOT, FIX, 'pack.json'), join(dir, 'pack.json'));
    writeFileSync(join(dir, 'broken.json'), '{"id": "acme", "name": "Acme"');
    // Three key pairs at once: ours, a stranger's, and an impostor's under our key id.
    [keygen, other, sameId] = await Promise.all([
      parley(dir, ['pack', 'keygen', '--id', 'acme-2026', '--out', 'acme']),
      parley(dir, ['pack', 'keygen', '--id', 'someone-else', '--out', 'other']),
      parley(dir, ['pack', 'keygen', '--id', 'acme-2026', '--out', 'impostor']),
    ]);
  }, 30_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keygen writes a private key only its owner can read and a one-line public key', () => {
    expect(keygen).toMatchObject({ code: 0, stderr: '' });
    expect(keygen.stdout.trim()).toBe('key acme-2026: private key in acme.key.json (keep it secret), public key in acme.pub');
    expect(other.code).toBe(0);
    expect(sameId.code).toBe(0);
    const priv = JSON.parse(readFileSync(join(dir, 'acme.key.json'), 'utf8'));
    expect(priv.keyId).toBe('acme-2026');
    expect(priv.jwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(typeof priv.jwk.d).toBe('string');
    expect(statSync(join(dir, 'acme.key.json')).mode & 0o777).toBe(0o600);
    const pub = readFileSync(join(dir, 'acme.pub'), 'utf8');
    expect(pub.split('\n').filter(Boolean)).toHaveLength(1);
    expect(parsePublicKey(pub)?.keyId).toBe('acme-2026');
    // The public line carries no private part.
    expect(pub).not.toContain(priv.jwk.d);
  });

  it('keygen refuses to overwrite an existing key (exit 2)', async () => {
    const before = readFileSync(join(dir, 'acme.key.json'), 'utf8');
    const r = await parley(dir, ['pack', 'keygen', '--out', 'acme']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('acme.key.json exists; choose another --out');
    expect(readFileSync(join(dir, 'acme.key.json'), 'utf8')).toBe(before);
  });

  it('sign writes a detached signature that verify and the extension both accept', async () => {
    const signed = await parley(dir, ['pack', 'sign', 'pack.json', '--key', 'acme.key.json']);
    expect(signed).toMatchObject({ code: 0, stderr: '' });
    expect(signed.stdout.trim()).toBe('signed Acme replies 1.2.0 with key acme-2026: pack.json.sig (upload it next to the pack)');
    const sig = readFileSync(join(dir, 'pack.json.sig'), 'utf8');
    expect(JSON.parse(sig)).toEqual({ keyId: 'acme-2026', signature: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) });

    const verified = await parley(dir, ['pack', 'verify', 'pack.json', '--pub', 'acme.pub']);
    expect(verified).toMatchObject({ code: 0, stderr: '' });
    expect(verified.stdout.trim()).toBe('ok: pack.json is signed with key acme-2026');

    // The worker's check, with the public key as an administrator pastes it into policy.
    const trusted = parsePublicKey(readFileSync(join(dir, 'acme.pub'), 'utf8'))!;
    expect(await verifyPack(bytesOf(join(dir, 'pack.json')), sig, [trusted])).toEqual({ ok: true, keyId: 'acme-2026' });
  });

  it('sign refuses an invalid pack and writes no signature (exit 1)', async () => {
    const r = await parley(dir, ['pack', 'sign', 'broken.json', '--key', 'acme.key.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('broken.json: invalid pack, not signed');
    expect(() => statSync(join(dir, 'broken.json.sig'))).toThrow();
  });

  it('verify rejects a changed pack, a stranger key and an impostor key under our id, with the reason (exit 1)', async () => {
    mkdirSync(join(dir, 'tampered'));
    const text = readFileSync(join(dir, 'pack.json'), 'utf8');
    // One word changed after signing, as an attacker or a careless edit on the host would.
    writeFileSync(join(dir, 'tampered/pack.json'), text.replace('Stonewalling', 'Stonewalking'));
    copyFileSync(join(dir, 'pack.json.sig'), join(dir, 'tampered/pack.json.sig'));
    const [tampered, stranger, impostor, missing] = await Promise.all([
      parley(dir, ['pack', 'verify', 'tampered/pack.json', '--pub', 'acme.pub']),
      parley(dir, ['pack', 'verify', 'pack.json', '--pub', 'other.pub']),
      parley(dir, ['pack', 'verify', 'pack.json', '--pub', 'impostor.pub']),
      parley(dir, ['pack', 'verify', 'pack.json', '--pub', 'nope.pub']),
    ]);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toBe('');
    expect(tampered.stderr.trim()).toBe('tampered/pack.json: the signature does not match the pack (key "acme-2026")');
    expect(stranger.code).toBe(1);
    expect(stranger.stderr.trim()).toBe('pack.json: it is signed with key "acme-2026", which is not trusted here');
    expect(impostor.code).toBe(1);
    expect(impostor.stderr.trim()).toBe('pack.json: the signature does not match the pack (key "acme-2026")');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('public key file not found: nope.pub');
    // And the extension agrees about the changed file.
    const trusted = parsePublicKey(readFileSync(join(dir, 'acme.pub'), 'utf8'))!;
    const check = await verifyPack(bytesOf(join(dir, 'tampered/pack.json')), readFileSync(join(dir, 'pack.json.sig'), 'utf8'), [trusted]);
    expect(check.ok).toBe(false);
  });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: the path is sent as written (no URL normalisation by the client). */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

// The server starts while the key tests run: each process takes about a second to boot.
let serving: { root: string; child: ChildProcess; log: string[]; ready: Promise<{ port: number; firstLine: string }> } | null = null;
beforeAll(() => {
  const root = mkdtempSync(join(tmpdir(), 'parley-serve-'));
  mkdirSync(join(root, 'site'));
  writeFileSync(join(root, 'secret.txt'), 'outside the served folder');
  copyFileSync(join(ROOT, FIX, 'pack.json'), join(root, 'site/acme.json'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/cli.ts', 'pack', 'serve', 'site', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, npm_lifecycle_event: 'parley', INIT_CWD: root },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  let out = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (d: string) => {
    out += d;
    log.push(...d.split('\n').filter(Boolean));
  });
  const ready = new Promise<{ port: number; firstLine: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pack serve did not start: ${out}`)), 30_000);
    child.on('exit', (code) => reject(new Error(`pack serve exited with ${code}`)));
    child.stdout!.on('data', () => {
      const m = /^serving (.+) at http:\/\/127\.0\.0\.1:(\d+)\/ \(Ctrl\+C stops\)$/m.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({ port: Number(m[2]), firstLine: m[0] });
    });
  });
  ready.catch(() => undefined);
  serving = { root, child, log, ready };
});
afterAll(() => {
  serving?.child.kill('SIGTERM');
  if (serving) rmSync(serving.root, { recursive: true, force: true });
});

describe('parley pack serve', { timeout: 30_000 }, () => {
  let root: string;
  let port: number;
  let firstLine: string;
  let log: string[];

  beforeAll(async () => {
    ({ root, log } = serving!);
    ({ port, firstLine } = await serving!.ready);
  }, 30_000);

  it('listens on 127.0.0.1 only', async () => {
    expect(firstLine).toBe(`serving site at http://127.0.0.1:${port}/ (Ctrl+C stops)`);
    // Another address of this machine is not served (skipped where the machine has none).
    const lan = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal);
    if (!lan) return;
    const reached = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: lan.address, port }, () => (socket.destroy(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    expect(reached).toBe(false);
  });

  it('serves a pack with an ETag and CORS, answers 304 to If-None-Match, and 200 again after a change', async () => {
    const first = await get(port, '/acme.json', { origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' });
    expect(first.status).toBe(200);
    expect(first.body).toBe(readFileSync(join(root, 'site/acme.json'), 'utf8'));
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers['access-control-allow-origin']).toBe('*');
    expect(first.headers['access-control-expose-headers']).toBe('etag, last-modified');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[0-9a-f]{20}"$/);

    const again = await get(port, '/acme.json', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);

    // The preflight a conditional cross-origin request needs.
    const preflight = await get(port, '/acme.json', { origin: 'chrome-extension://x', 'access-control-request-headers': 'if-none-match' }, 'OPTIONS');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toContain('if-none-match');

    writeFileSync(join(root, 'site/acme.json'), readFileSync(join(root, 'site/acme.json'), 'utf8').replace('1.2.0', '1.2.1'));
    const changed = await get(port, '/acme.json', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.body).toContain('"1.2.1"');
    expect(changed.headers.etag).not.toBe(etag);
    await expect.poll(() => log).toEqual(expect.arrayContaining(['GET /acme.json 200', 'GET /acme.json 304']));
  });

  it('refuses paths outside the folder, however they are spelled', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt']) {
      const r = await get(port, path);
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toContain('outside the served folder');
    }
    expect((await get(port, '/nope.json')).status).toBe(404);
    expect((await get(port, '/acme.json', {}, 'DELETE')).status).toBe(404);
  });

  it("is a pack host the extension's sync takes a signed pack from, and then answers it 304", async () => {
    // Publish as the docs say: sign the pack in the served folder.
    const site = join(root, 'site');
    // (keygen itself is covered above; here the key pair is made in-process to save a start-up.)
    const keys = await generateSigningKey('acme-2026');
    writeFileSync(join(root, 'acme.key.json'), JSON.stringify(keys.privateKey));
    writeFileSync(join(root, 'acme.pub'), `${keys.publicKey}\n`);
    expect((await parley(root, ['pack', 'sign', 'site/acme.json', '--key', 'acme.key.json'])).code).toBe(0);
    const trusted = parsePublicKey(readFileSync(join(root, 'acme.pub'), 'utf8'))!;
    const source = `http://127.0.0.1:${port}/acme.json`;
    const record: SourceRecord = {
      source, kind: 'url', origin: 'policy', tier: 'organisation', position: 0, current: null, previous: null,
      checkedAt: null, intervalMinutes: 60, failures: 0, error: null, nextTry: null,
    };
    const ctx = { trustedKeys: [trusted], allowRollback: false, now: () => new Date('2026-11-23T10:42:00Z') };
    const first = await checkSource(record, ctx);
    expect(first.record.error).toBeNull();
    expect(first.changed).toBe(true);
    expect(first.record.current).toMatchObject({ version: '1.2.1', name: 'Acme replies', signedBy: 'acme-2026' });
    expect(first.record.current?.etag).toMatch(/^"[0-9a-f]{20}"$/);
    // The server logs a request when its answer is done, which can come after checkSource returns.
    await expect.poll(() => log).toContain('GET /acme.json.sig 200');
    log.length = 0;
    const second = await checkSource(first.record, ctx);
    expect(second.changed).toBe(false);
    expect(second.record.error).toBeNull();
    await expect.poll(() => log).toEqual(['GET /acme.json 304']);
    expect(statSync(join(site, 'acme.json.sig')).size).toBeGreaterThan(0);
  });
});
