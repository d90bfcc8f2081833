import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openDatabase } from '../../../src/background/db';

let n = 0;
const freshName = () => `parley-migration-${++n}`;

/** A database exactly as release v1 (DB version 1) left it. */
async function createV1(name: string, records: object[]): Promise<void> {
  const v1 = await openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore('packs', { keyPath: 'slot' });
    },
  });
  for (const r of records) await v1.put('packs', r);
  v1.close();
}

const acme = (version: string) => ({ id: 'acme', name: 'Acme replies', version, locales: ['en'], voice: { default: {} }, rules: [], templates: [], escalations: [], lessons: [] });

describe('database migrations', () => {
  it('creates the current schema from nothing', async () => {
    const db = await openDatabase(freshName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'sources']);
    expect(await db.getAll('sources')).toEqual([]);
    expect(await db.get('meta', 'revision')).toBe(0);
    expect(await db.get('meta', 'refusal')).toBeNull();
    db.close();
  });

  it('from v1: the imported pack becomes a personal file source, the older last good copy its previous version, the error the refusal', async () => {
    const name = freshName();
    await createV1(name, [
      { slot: 'configured', json: acme('2.0.0'), source: 'acme.json', storedAt: '2026-11-20T08:00:00.000Z' },
      { slot: 'last-good', json: acme('1.0.0'), source: 'acme.json', storedAt: '2026-11-19T08:00:00.000Z' },
      { slot: 'error', source: 'broken.json', at: '2026-11-21T08:00:00.000Z', problems: [{ path: 'version', message: 'is required (string)' }] },
    ]);
    const db = await openDatabase(name);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'sources']);
    const [source] = await db.getAll('sources');
    expect(source).toMatchObject({
      source: 'file:acme.json',
      kind: 'file',
      origin: 'user',
      tier: 'personal',
      current: { name: 'Acme replies', version: '2.0.0', fetchedAt: '2026-11-20T08:00:00.000Z' },
      previous: { version: '1.0.0', fetchedAt: '2026-11-19T08:00:00.000Z' },
      error: null,
    });
    expect(JSON.parse(source!.current!.text)).toEqual(acme('2.0.0'));
    expect(await db.get('meta', 'refusal')).toEqual({ source: 'broken.json', at: '2026-11-21T08:00:00.000Z', problems: [{ path: 'version', message: 'is required (string)' }] });
    expect(await db.get('meta', 'revision')).toBe(1);
    db.close();
  });

  it('from v1: a last good pack from another source (the starter) is not carried over', async () => {
    const name = freshName();
    await createV1(name, [
      { slot: 'configured', json: acme('2.0.0'), source: 'acme.json', storedAt: '2026-11-20T08:00:00.000Z' },
      { slot: 'last-good', json: acme('1.0.0'), source: 'built-in', storedAt: '2026-11-19T08:00:00.000Z' },
    ]);
    const db = await openDatabase(name);
    const [source] = await db.getAll('sources');
    expect(source!.previous).toBeNull();
    expect(await db.get('meta', 'refusal')).toBeNull();
    db.close();
  });

  it('from an empty v1 database: no sources, nothing refused', async () => {
    const name = freshName();
    await createV1(name, []);
    const db = await openDatabase(name);
    expect(await db.getAll('sources')).toEqual([]);
    expect(await db.get('meta', 'user-keys')).toEqual([]);
    db.close();
  });
});
