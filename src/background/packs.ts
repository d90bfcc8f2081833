import { database, type PackErrorRecord, type StoredPack } from './db';
import { starterPackJson } from '../core/pack/starter';
import { validatePack, validatePackText, type PackProblem, type PackResult } from '../core/pack/validate';
import type { Pack } from '../core/pack/schema';
import type { PackStatus } from '../messages';

export interface ActivePack {
  pack: Pack;
  source: string;
}

/** Used only when even the built-in pack is broken and no pack ever worked on this browser. */
const EMPTY_PACK: Pack = {
  id: 'parley-empty',
  name: 'No guideline pack',
  version: '0.0.0',
  locales: ['en'],
  accounts: [],
  voice: { default: {} },
  rules: [],
  templates: [],
  escalations: [],
  lessons: [],
};

// Validation of a large pack takes ~100 ms: do it once per pack record, not on every panel request.
let starterResult: PackResult | undefined;
const storedResults = new Map<string, PackResult>();

function validateStored(stored: StoredPack): PackResult {
  const key = `${stored.slot}|${stored.source}|${stored.storedAt}`;
  let result = storedResults.get(key);
  if (!result) {
    result = validatePack(stored.json);
    storedResults.set(key, result);
  }
  return result;
}

/**
 * The pack in force: the configured one when valid, else the built-in starter, else the last
 * pack that was good. Stored packs are re-validated when read (once per record), so a record
 * written by an older version cannot slip through.
 */
export async function activePack(): Promise<ActivePack> {
  const db = await database();
  const stored = (await db.get('packs', 'configured')) as StoredPack | undefined;
  if (stored) {
    const result = validateStored(stored);
    if (result.ok) return remember({ pack: result.pack, source: stored.source });
    await recordError(stored.source, result.problems);
  }
  starterResult ??= validatePack(starterPackJson);
  const starter = starterResult;
  if (starter.ok) return remember({ pack: starter.pack, source: 'built-in' });
  await recordError('built-in starter pack', starter.problems);
  const lastGood = (await db.get('packs', 'last-good')) as StoredPack | undefined;
  const fallback = lastGood && validateStored(lastGood);
  if (fallback && fallback.ok) return { pack: fallback.pack, source: `${lastGood.source} (last good)` };
  return { pack: EMPTY_PACK, source: 'none' };
}

async function remember(active: ActivePack): Promise<ActivePack> {
  const db = await database();
  const last = (await db.get('packs', 'last-good')) as StoredPack | undefined;
  const same = last?.source === active.source && (last.json as Pack | undefined)?.version === active.pack.version;
  if (!same) await db.put('packs', { slot: 'last-good', json: active.pack, source: active.source, storedAt: new Date().toISOString() });
  return active;
}

/** Validate and store a pack; a refused pack leaves the active one in force. */
export async function importPack(text: string, source: string): Promise<{ ok: boolean; problems: PackProblem[] }> {
  const result = validatePackText(text);
  if (!result.ok) {
    await recordError(source, result.problems);
    return { ok: false, problems: result.problems };
  }
  const db = await database();
  const tx = db.transaction('packs', 'readwrite');
  await Promise.all([
    tx.store.put({ slot: 'configured', json: result.pack, source, storedAt: new Date().toISOString() }),
    tx.store.delete('error'),
    tx.done,
  ]);
  return { ok: true, problems: [] };
}

export async function resetToStarter(): Promise<void> {
  const db = await database();
  const tx = db.transaction('packs', 'readwrite');
  await Promise.all([tx.store.delete('configured'), tx.store.delete('error'), tx.done]);
}

async function recordError(source: string, problems: PackProblem[]): Promise<void> {
  const db = await database();
  const record: PackErrorRecord = { slot: 'error', source, at: new Date().toISOString(), problems: problems.slice(0, 50) };
  await db.put('packs', record);
}

export async function packStatus(): Promise<PackStatus> {
  const { pack, source } = await activePack();
  const db = await database();
  const error = (await db.get('packs', 'error')) as PackErrorRecord | undefined;
  return {
    id: pack.id,
    name: pack.name,
    version: pack.version,
    source,
    counts: {
      rules: pack.rules.length,
      templates: pack.templates.length,
      escalations: pack.escalations.length,
      lessons: pack.lessons.length,
    },
    error: error ? { source: error.source, at: error.at, problems: error.problems } : null,
    layers: [],
    syncing: false,
    changelog: pack.changelog ?? [],
    crisisMode: !!pack.crisisMode,
  };
}
