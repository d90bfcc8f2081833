import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PackServer } from '../../e2e/pack-server';
import { checkSource, type CheckContext } from '../../../src/background/sync-source';
import type { SourceRecord } from '../../../src/background/db';
import { generateSigningKey, parsePublicKey, signPack } from '../../../src/core/pack/signature';
import { inEnglish } from '../../../tools/cli/english';

/** The failure as the panel shows it to an English-speaking user. */
const said = (record: SourceRecord) => (record.error ? inEnglish(record.error.what) : null);

const packText = (version: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id: 'acme', name: 'Acme replies', version, locales: ['en'], voice: { default: {} }, ...extra });

const AT = new Date('2026-11-23T10:42:00Z');
const ctx = (over: Partial<CheckContext> = {}): CheckContext => ({
  trustedKeys: [],
  allowRollback: false,
  now: () => AT,
  limits: { timeoutMs: 1500, maxBytes: 64 * 1024 },
  ...over,
});
const fresh = (source: string): SourceRecord => ({
  source, kind: 'url', origin: 'policy', tier: 'organisation', position: 0, current: null, previous: null,
  checkedAt: null, intervalMinutes: 60, failures: 0, error: null, nextTry: null,
});

describe('checking one pack source', () => {
  const server = new PackServer();
  let url: string;
  beforeAll(async () => {
    await server.start();
    url = server.url('/pack.json');
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    server.fault = null;
    server.log.length = 0;
    server.put('/pack.json', packText('2026.11.2', { sync: { intervalMinutes: 30 } }));
  });

  it('takes a new pack with its validators, and the next check asks conditionally and gets 304', async () => {
    const first = await checkSource(fresh(url), ctx());
    expect(first.changed).toBe(true);
    expect(first.record.current).toMatchObject({ version: '2026.11.2', name: 'Acme replies', fetchedAt: AT.toISOString() });
    expect(first.record.current!.etag).toMatch(/^"[0-9a-f]+"$/);
    expect(first.record.intervalMinutes).toBe(30);

    const second = await checkSource(first.record, ctx());
    expect(second.changed).toBe(false);
    expect(second.record.current).toEqual(first.record.current);
    expect(server.requestsFor('/pack.json').map((r) => r.status)).toEqual([200, 304]);
    expect(server.requestsFor('/pack.json')[1]!.headers['if-none-match']).toBe(first.record.current!.etag);
  });

  it('keeps the pack in force on failures and backs off exponentially up to the interval', async () => {
    const good = (await checkSource(fresh(url), ctx())).record;
    server.fault = { kind: 'status', status: 503 };
    let record = good;
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await checkSource(record, ctx());
      expect(r.changed).toBe(false);
      expect(r.record.current).toEqual(good.current);
      expect(r.record.error).toEqual({ what: { key: 'failAnswered', subs: ['503'] }, at: AT.toISOString() });
      expect(said(r.record)).toBe('answered 503');
      delays.push((Date.parse(r.record.nextTry!) - AT.getTime()) / 60_000);
      record = r.record;
    }
    expect(delays).toEqual([1, 2, 4, 8, 16, 30, 30, 30]);
    server.fault = null;
    const recovered = await checkSource(record, ctx());
    expect(recovered.record).toMatchObject({ failures: 0, error: null, nextTry: null });
  });

  it.each([
    ['a timeout', { kind: 'hang' } as const, 'did not answer within 2 s'],
    ['a body cut off', { kind: 'cut-body' } as const, 'broke off before the whole pack arrived'],
    ['an HTML page', { kind: 'body', body: '<html>login</html>', contentType: 'text/html; charset=utf-8' } as const, 'sent text/html instead of JSON'],
    ['an oversized body', { kind: 'body', body: Buffer.alloc(100 * 1024, 32) } as const, 'sent more than 65536 bytes'],
  ])('reports %s in plain words', async (_name, fault, what) => {
    server.fault = fault;
    const r = await checkSource(fresh(url), ctx());
    expect(said(r.record)).toBe(what);
    expect(r.record.current).toBeNull();
  });

  it('reports a refused connection', async () => {
    const gone = new PackServer();
    await gone.start();
    const deadUrl = gone.url('/pack.json');
    await gone.stop();
    const r = await checkSource(fresh(deadUrl), ctx());
    expect(said(r.record)).toBe('could not be reached (connection refused)');
  });

  it('refuses broken JSON and invalid packs with the path of each problem', async () => {
    server.fault = { kind: 'body', body: packText('2026.11.3').slice(0, 40) };
    const broken = await checkSource(fresh(url), ctx());
    expect(said(broken.record)).toMatch(/^sent broken JSON \(/);
    server.fault = { kind: 'body', body: packText('2026.11.3', { rules: [{ id: 'Acme.X', kind: 'existence', message: 'm', why: 'w', tokens: ['x'], examples: { bad: [], good: ['ok'] } }] }) };
    const invalid = await checkSource(fresh(url), ctx());
    expect(said(invalid.record)).toBe('sent a pack with 1 problem');
    expect(invalid.refusal?.problems).toEqual([{ path: 'rules[0] "Acme.X" › examples › bad', message: 'needs at least 1 item(s)' }]);
  });

  it('never goes back to an older version unless rollbacks are allowed', async () => {
    const good = (await checkSource(fresh(url), ctx())).record;
    server.put('/pack.json', packText('2026.11.1'));
    const refused = await checkSource(good, ctx());
    expect(refused.changed).toBe(false);
    expect(refused.record.current!.version).toBe('2026.11.2');
    expect(said(refused.record)).toMatch(/^offered version 2026\.11\.1, older than 2026\.11\.2 in use/);
    const rolledBack = await checkSource(good, ctx({ allowRollback: true }));
    expect(rolledBack.record.current!.version).toBe('2026.11.1');
    expect(rolledBack.record.previous!.version).toBe('2026.11.2');
  });

  describe('with pinned keys', () => {
    it('takes a pack signed with a trusted key and refuses unsigned or wrongly signed ones', async () => {
      const trusted = await generateSigningKey('acme-2026');
      const other = await generateSigningKey('acme-2026');
      const keys = [parsePublicKey(trusted.publicKey)!];
      const text = packText('2026.11.2');
      server.put('/pack.json', text);

      const unsigned = await checkSource(fresh(url), ctx({ trustedKeys: keys }));
      expect(said(unsigned.record)).toBe('is not signed (the signature file answered 404)');
      expect(unsigned.record.current).toBeNull();

      server.put('/pack.json.sig', await signPack(new TextEncoder().encode(text), other.privateKey));
      const forged = await checkSource(fresh(url), ctx({ trustedKeys: keys }));
      expect(said(forged.record)).toBe('was refused: the signature does not match the pack (key "acme-2026")');

      server.put('/pack.json.sig', await signPack(new TextEncoder().encode(text), trusted.privateKey));
      const signed = await checkSource(fresh(url), ctx({ trustedKeys: keys }));
      expect(signed.changed).toBe(true);
      expect(signed.record.current!.signedBy).toBe('acme-2026');

      server.put('/pack.json', `${text} `);
      const tampered = await checkSource(signed.record, ctx({ trustedKeys: keys }));
      expect(said(tampered.record)).toMatch(/signature does not match/);
      expect(tampered.record.current).toEqual(signed.record.current);
      server.files.delete('/pack.json.sig');
    });
  });
});
