import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export interface StoredPack {
  /** `configured`: the pack the user chose; `last-good`: the last pack that was in force. */
  slot: 'configured' | 'last-good';
  json: unknown;
  source: string;
  storedAt: string;
}

export interface PackErrorRecord {
  slot: 'error';
  source: string;
  at: string;
  problems: Array<{ path: string; message: string }>;
}

interface ParleyDB extends DBSchema {
  packs: { key: string; value: StoredPack | PackErrorRecord };
}

export const DB_NAME = 'parley';
export const DB_VERSION = 1;

let db: Promise<IDBPDatabase<ParleyDB>> | undefined;

/** The worker's one database; later schema versions add an upgrade step per version. */
export function database(): Promise<IDBPDatabase<ParleyDB>> {
  db ??= openDB<ParleyDB>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) database.createObjectStore('packs', { keyPath: 'slot' });
    },
  });
  return db;
}
