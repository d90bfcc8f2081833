import { starterPackJson } from '../core/pack/starter';
import { validatePack, validatePackText, type PackProblem, type PackResult } from '../core/pack/validate';
import { layerPacks, type ItemOrigins, type Layer } from '../core/pack/layering';
import { parsePublicKey, type PublicKeyLine } from '../core/pack/signature';
import { phrase, type Phrase } from '../core/phrase';
import { TIERS } from '../core/pack/layering';
import type { Pack } from '../core/pack/schema';
import type { PackLayerStatus, PackStatus } from '../messages';
import { readManagedPolicy } from '../browser/managed-storage';
import type { SourceRecord } from './db';
import { parsePolicy, type Policy } from './policy';
import { listSources, readMeta, readRevision, removeUserSources, saveFilePack, setRefusal } from './sources';
import { keepOnly, rememberValid, validateCopy } from './validated';

export interface ActivePack {
  /** The effective pack: starter, organisation, team and personal layers merged. */
  pack: Pack;
  /** The most specific layer in force ("built-in" when only the starter pack is). */
  source: string;
  /** Changes whenever the effective pack may have changed; caches of compiled packs key on it. */
  revision: number;
  /** Which layer each rule, template, escalation and lesson came from (by pack name). */
  origins: ItemOrigins;
}

/** Used only when even the built-in pack is broken and no other layer is usable. */
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

let starterResult: PackResult | undefined;
let cache: { revision: number; active: ActivePack } | undefined;

export async function currentPolicy(): Promise<Policy> {
  return parsePolicy(await readManagedPolicy());
}

/** Keys packs must be signed with: the policy's, plus the user's own where policy allows them. */
export function trustedKeys(policy: Policy, userKeys: readonly string[]): PublicKeyLine[] {
  const lines = [...policy.trustedKeys, ...(policy.allowUserKeys ? userKeys : [])];
  return lines.map(parsePublicKey).filter((k): k is PublicKeyLine => k !== null);
}

/** The effective pack in force, recomputed only when the stored revision moved. */
// Callers asking at once for the same revision (a push to every tab) share one assembly.
const assembling = new Map<number, Promise<ActivePack>>();

export async function activePack(): Promise<ActivePack> {
  const revision = await readRevision();
  if (cache?.revision === revision) return cache.active;
  let pending = assembling.get(revision);
  if (!pending) {
    pending = assemble(revision).finally(() => assembling.delete(revision));
    assembling.set(revision, pending);
  }
  return pending;
}

async function assemble(revision: number): Promise<ActivePack> {
  const { layers, top } = await usableLayers();
  const effective = layers.length ? layerPacks(layers) : { pack: EMPTY_PACK, origins: { rules: {}, templates: {}, escalations: {}, lessons: {} } };
  cache = { revision, active: { pack: effective.pack, source: layers.length ? top : 'none', revision, origins: effective.origins } };
  return cache.active;
}

/** The layers that can be used now, and each source's state for people (read fresh: failures do not change the pack). */
async function usableLayers(): Promise<{ layers: Layer[]; top: string; views: PackLayerStatus[] }> {
  const [records, meta, policy] = await Promise.all([listSources(), readMeta(), currentPolicy()]);
  const keyIds = new Set(trustedKeys(policy, meta.userKeys).map((k) => k.keyId));

  starterResult ??= validatePack(starterPackJson);
  const layers: Layer[] = [];
  const views: PackLayerStatus[] = [];
  let top = 'built-in';
  if (starterResult.ok) {
    layers.push({ tier: 'starter', name: starterResult.pack.name, pack: starterResult.pack });
    views.push({ source: 'built-in', origin: 'built-in', name: starterResult.pack.name, version: starterResult.pack.version, syncedAt: null, error: null, nextTry: null });
  } else {
    await setRefusal({ source: 'built-in starter pack', at: new Date().toISOString(), problems: starterResult.problems.slice(0, 50) });
  }

  const ordered = [...records].sort((a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) || a.position - b.position);
  for (const record of ordered) {
    const { pack, unusable } = usablePack(record, policy, keyIds);
    if (pack) {
      layers.push({ tier: record.tier, name: pack.name, pack });
      top = displaySource(record);
    }
    views.push(layerView(record, pack !== null, unusable));
  }
  keepOnly(records.flatMap((r) => (r.current ? [[r.source, r.current] as const] : [])));
  return { layers, top, views };
}

function usablePack(record: SourceRecord, policy: Policy, keyIds: ReadonlySet<string>): { pack: Pack | null; unusable: Phrase | null } {
  if (record.origin === 'user' && !policy.allowUserPacks) return { pack: null, unusable: phrase('unusableNotAllowed') };
  if (!record.current) return { pack: null, unusable: null };
  if (record.kind === 'url' && keyIds.size && !(record.current.signedBy && keyIds.has(record.current.signedBy))) {
    return { pack: null, unusable: phrase('unusableUnsigned', record.current.version) };
  }
  const result = validateCopy(record.source, record.current);
  if (!result.ok) return { pack: null, unusable: phrase('unusableInvalid', record.current.version, result.problems[0]?.path ?? '', result.problems[0]?.message ?? '') };
  return { pack: result.pack, unusable: null };
}

function displaySource(record: SourceRecord): string {
  return record.kind === 'file' ? record.source.slice('file:'.length) : record.source;
}

function layerView(record: SourceRecord, used: boolean, unusable: Phrase | null): PackLayerStatus {
  const inForce = used && record.current ? { version: record.current.version, fetchedAt: record.current.fetchedAt } : null;
  // Versions before phrases stored the failure as English text: it is dropped until the next check.
  const failed = record.error && typeof record.error.what === 'object' ? record.error : null;
  const error = failed
    ? { source: record.source, what: failed.what, at: failed.at, inForce, nextTry: record.nextTry }
    : unusable && { source: record.source, what: unusable, at: null, inForce: null, nextTry: null };
  return {
    source: displaySource(record),
    origin: record.origin,
    name: record.current?.name ?? null,
    version: record.current?.version ?? null,
    syncedAt: record.checkedAt,
    error: error || null,
    nextTry: record.nextTry,
  };
}

/** Validate and store a pack from a file or pasted text as a personal layer; a refused pack changes nothing. */
export async function importPack(text: string, source: string): Promise<{ ok: boolean; problems: PackProblem[] }> {
  const refuse = async (problems: PackProblem[]) => {
    await setRefusal({ source, at: new Date().toISOString(), problems: problems.slice(0, 50) });
    return { ok: false, problems };
  };
  if (!(await currentPolicy()).allowUserPacks) return refuse([{ path: '(pack)', message: 'your administrator does not allow packs of your own' }]);
  const result = validatePackText(text);
  if (!result.ok) return refuse(result.problems);
  const copy = { text, name: result.pack.name, version: result.pack.version, etag: null, lastModified: null, fetchedAt: new Date().toISOString(), signedBy: null };
  rememberValid(`file:${source}`, copy, result.pack);
  await saveFilePack(source, copy);
  return { ok: true, problems: [] };
}

export async function resetToStarter(): Promise<void> {
  await removeUserSources();
}

export async function packStatus(syncing: boolean): Promise<PackStatus> {
  const [{ pack, source }, { views }, meta] = await Promise.all([activePack(), usableLayers(), readMeta()]);
  return {
    id: pack.id,
    name: pack.name,
    version: pack.version,
    source,
    counts: { rules: pack.rules.length, templates: pack.templates.length, escalations: pack.escalations.length, lessons: pack.lessons.length },
    error: meta.refusal,
    layers: views,
    syncing,
    changelog: pack.changelog ?? [],
    crisisMode: !!pack.crisisMode,
  };
}
