import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { PackProblem } from '../core/pack/validate';
import type { Phrase } from '../core/phrase';

/** One stored copy of a pack: the exact text it came as and what the server said about it. */
export interface PackCopy {
  text: string;
  name: string;
  version: string;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: string;
  /** Key id of the verified signature, when the pack came signed. */
  signedBy: string | null;
}

export type SourceTier = 'organisation' | 'team' | 'personal';

/** A pack source with its pack in force (`current`), the one before it, and its sync state. */
export interface SourceRecord {
  /** The pack URL, or `file:<name>` for a pack imported from a file or pasted. */
  source: string;
  kind: 'url' | 'file';
  origin: 'policy' | 'user';
  tier: SourceTier;
  /** Order within its tier (configured order). */
  position: number;
  current: PackCopy | null;
  /** The pack that was in force before `current`, for diff and rollback. */
  previous: PackCopy | null;
  checkedAt: string | null;
  intervalMinutes: number;
  failures: number;
  /** The last failure as a phrase ("answered 503") and when; null while the source is fine. */
  error: { what: Phrase; at: string } | null;
  nextTry: string | null;
}

export interface Refusal {
  source: string;
  at: string;
  problems: PackProblem[];
}

interface Meta {
  /** Bumped in every transaction that changes what is in force; caches key on it. */
  revision: number;
  /** The last pack that was refused, with the problems to show. */
  refusal: Refusal | null;
  /** Public keys the user trusts (`<keyId>:<base64 SPKI>`), where policy allows. */
  'user-keys': string[];
}

export type MetaKey = keyof Meta;

interface ParleyDB extends DBSchema {
  sources: { key: string; value: SourceRecord };
  meta: { key: MetaKey; value: Meta[MetaKey] };
}

/** Version 1 kept the chosen pack, the last good pack and the last error in one store. */
interface V1Pack {
  slot: 'configured' | 'last-good';
  json: { name?: unknown; version?: unknown } | null;
  source: string;
  storedAt: string;
}
interface V1Error {
  slot: 'error';
  source: string;
  at: string;
  problems: PackProblem[];
}

export const DB_NAME = 'parley';
export const DB_VERSION = 2;

type UpgradeTx = IDBPTransaction<ParleyDB, StoreNames<ParleyDB>[], 'versionchange'>;

let db: Promise<IDBPDatabase<ParleyDB>> | undefined;

/** The worker's one database. */
export function database(): Promise<IDBPDatabase<ParleyDB>> {
  db ??= openDatabase(DB_NAME);
  return db;
}

/** Open (and migrate) a database by name; tests use their own names. */
export function openDatabase(name: string): Promise<IDBPDatabase<ParleyDB>> {
  return openDB<ParleyDB>(name, DB_VERSION, {
    async upgrade(database, oldVersion, _newVersion, tx) {
      if (oldVersion < 2) {
        database.createObjectStore('sources', { keyPath: 'source' });
        database.createObjectStore('meta');
        await tx.objectStore('meta').put(0, 'revision');
        await tx.objectStore('meta').put(null, 'refusal');
        await tx.objectStore('meta').put([], 'user-keys');
      }
      if (oldVersion === 1) await migrateFromV1(database, tx);
    },
  });
}

/**
 * v1 → v2: the pack the user had imported becomes a personal file source (with the last good pack
 * as its previous version when it was an earlier copy of the same source); the last error stays
 * the refusal shown. The old store is then dropped.
 */
async function migrateFromV1(database: IDBPDatabase<ParleyDB>, tx: UpgradeTx): Promise<void> {
  // The v1 store is not in the v2 schema type.
  const old = (tx as unknown as IDBPTransaction<unknown, ['packs'], 'versionchange'>).objectStore('packs');
  const records = (await old.getAll()) as Array<V1Pack | V1Error>;
  const find = <S extends string>(slot: S) => records.find((r) => r.slot === slot);
  const configured = find('configured') as V1Pack | undefined;
  const lastGood = find('last-good') as V1Pack | undefined;
  const error = find('error') as V1Error | undefined;

  const copyOf = (p: V1Pack): PackCopy | null =>
    p.json && typeof p.json.version === 'string' && typeof p.json.name === 'string'
      ? { text: JSON.stringify(p.json), name: p.json.name, version: p.json.version, etag: null, lastModified: null, fetchedAt: p.storedAt, signedBy: null }
      : null;

  if (configured) {
    const current = copyOf(configured);
    const previous =
      lastGood && lastGood.source === configured.source && lastGood.json?.version !== configured.json?.version ? copyOf(lastGood) : null;
    const record: SourceRecord = {
      source: `file:${configured.source}`,
      kind: 'file',
      origin: 'user',
      tier: 'personal',
      position: 0,
      current,
      previous,
      checkedAt: configured.storedAt,
      intervalMinutes: 0,
      failures: 0,
      error: null,
      nextTry: null,
    };
    await tx.objectStore('sources').put(record);
  }
  if (error) await tx.objectStore('meta').put({ source: error.source, at: error.at, problems: error.problems }, 'refusal');
  await tx.objectStore('meta').put(1, 'revision');
  database.deleteObjectStore('packs' as never);
}
