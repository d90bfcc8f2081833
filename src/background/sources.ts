import { database, type PackCopy, type Refusal, type SourceRecord, type SourceTier } from './db';
import type { Policy } from './policy';
import type { CheckResult } from './sync-source';
import { DEFAULT_INTERVAL_MINUTES } from '../core/pack/sync-schedule';

/** Pack sources and their stored packs. Every function here is one IndexedDB transaction. */

export interface UserPack {
  url: string;
  tier: Extract<SourceTier, 'team' | 'personal'>;
}

export async function listSources(): Promise<SourceRecord[]> {
  return (await database()).getAll('sources');
}

/** The revision number (bumped whenever what is in force may have changed), the user's keys and the last refusal. */
export async function readMeta(): Promise<{ revision: number; userKeys: string[]; refusal: Refusal | null }> {
  const tx = (await database()).transaction('meta');
  const [revision, userKeys, refusal] = await Promise.all([tx.store.get('revision'), tx.store.get('user-keys'), tx.store.get('refusal')]);
  return { revision: (revision as number | undefined) ?? 0, userKeys: (userKeys as string[] | undefined) ?? [], refusal: (refusal as Refusal | null | undefined) ?? null };
}

// Every keystroke asks whether the compiled pack is current. Only this worker writes the revision,
// so it is remembered between writes; `writes` keeps a read that raced a write from being kept.
let remembered: number | null = null;
let writes = 0;

export async function readRevision(): Promise<number> {
  if (remembered !== null) return remembered;
  const seen = writes;
  const revision = ((await (await database()).get('meta', 'revision')) as number | undefined) ?? 0;
  if (seen === writes) remembered = revision;
  return revision;
}

function newRecord(source: string, kind: SourceRecord['kind'], origin: SourceRecord['origin'], tier: SourceTier, position: number): SourceRecord {
  return { source, kind, origin, tier, position, current: null, previous: null, checkedAt: null, intervalMinutes: DEFAULT_INTERVAL_MINUTES, failures: 0, error: null, nextTry: null };
}

async function bump(store: { get(key: 'revision'): Promise<unknown>; put(value: number, key: 'revision'): Promise<unknown> }): Promise<void> {
  writes++;
  remembered = null;
  await store.put((((await store.get('revision')) as number | undefined) ?? 0) + 1, 'revision');
}

/** Store a sync check. A source removed while it was being fetched stays removed. */
export async function saveCheck({ record, changed, refusal }: CheckResult): Promise<void> {
  const tx = (await database()).transaction(['sources', 'meta'], 'readwrite');
  const sources = tx.objectStore('sources');
  const meta = tx.objectStore('meta');
  // getKey: the stored record holds whole pack texts, and only whether it is still there matters.
  if ((await sources.getKey(record.source)) !== undefined) {
    await sources.put(record);
    if (changed) await bump(meta);
    const last = (await meta.get('refusal')) as Refusal | null;
    if (refusal) await meta.put(refusal, 'refusal');
    else if (changed && last?.source === record.source) await meta.put(null, 'refusal');
  }
  await tx.done;
}

/** Make the stored policy sources match the policy; policy wins over a user source with the same URL. */
export async function reconcilePolicy(policy: Policy): Promise<void> {
  const tx = (await database()).transaction(['sources', 'meta'], 'readwrite');
  const sources = tx.objectStore('sources');
  const wanted = new Map<string, { tier: SourceTier; position: number }>();
  policy.organisationPacks.forEach((url, position) => wanted.set(url, { tier: 'organisation', position }));
  policy.teamPacks.forEach((url, position) => wanted.has(url) || wanted.set(url, { tier: 'team', position }));
  let changed = false;
  for (const record of await sources.getAll()) {
    const want = wanted.get(record.source);
    if (record.origin === 'policy' && !want) {
      await sources.delete(record.source);
      changed = true;
    } else if (want && (record.origin !== 'policy' || record.tier !== want.tier || record.position !== want.position)) {
      await sources.put({ ...record, origin: 'policy', tier: want.tier, position: want.position });
      changed = true;
    }
    wanted.delete(record.source);
  }
  for (const [url, { tier, position }] of wanted) {
    await sources.put(newRecord(url, 'url', 'policy', tier, position));
    changed = true;
  }
  if (changed) await bump(tx.objectStore('meta'));
  await tx.done;
}

/** Replace the user's list of pack URLs (kept packs of URLs still listed). Returns URLs that are new. */
export async function setUserPacks(packs: readonly UserPack[]): Promise<string[]> {
  const tx = (await database()).transaction(['sources', 'meta'], 'readwrite');
  const sources = tx.objectStore('sources');
  const existing = new Map((await sources.getAll()).map((r) => [r.source, r]));
  const added: string[] = [];
  const listed = new Set(packs.map((p) => p.url));
  for (const record of existing.values()) {
    if (record.origin === 'user' && record.kind === 'url' && !listed.has(record.source)) await sources.delete(record.source);
  }
  for (const [position, { url, tier }] of packs.entries()) {
    const record = existing.get(url);
    if (record?.origin === 'policy') continue;
    if (!record) added.push(url);
    await sources.put(record ? { ...record, tier, position } : newRecord(url, 'url', 'user', tier, position));
  }
  await bump(tx.objectStore('meta'));
  await tx.done;
  return added;
}

/** A pack from a file or pasted text becomes (or replaces) a personal source named after it. */
export async function saveFilePack(name: string, copy: PackCopy): Promise<void> {
  const tx = (await database()).transaction(['sources', 'meta'], 'readwrite');
  const sources = tx.objectStore('sources');
  const source = `file:${name}`;
  const old = await sources.get(source);
  const position = old?.position ?? (await sources.getAll()).filter((r) => r.kind === 'file').length;
  await sources.put({ ...(old ?? newRecord(source, 'file', 'user', 'personal', position)), current: copy, previous: old?.current ?? null, checkedAt: copy.fetchedAt });
  const meta = tx.objectStore('meta');
  await bump(meta);
  await meta.put(null, 'refusal');
  await tx.done;
}

/** Back to what the administrator configured: the user's own URLs and files are removed. */
export async function removeUserSources(): Promise<void> {
  const tx = (await database()).transaction(['sources', 'meta'], 'readwrite');
  const sources = tx.objectStore('sources');
  for (const record of await sources.getAll()) if (record.origin === 'user') await sources.delete(record.source);
  const meta = tx.objectStore('meta');
  await meta.put(null, 'refusal');
  await bump(meta);
  await tx.done;
}

export async function setUserKeys(keys: readonly string[]): Promise<void> {
  const tx = (await database()).transaction('meta', 'readwrite');
  await tx.store.put([...keys], 'user-keys');
  await bump(tx.store);
  await tx.done;
}

export async function setRefusal(refusal: Refusal): Promise<void> {
  await (await database()).put('meta', refusal, 'refusal');
}

/** Something outside the database changed what is in force (the policy). */
export async function bumpRevision(): Promise<void> {
  const tx = (await database()).transaction('meta', 'readwrite');
  await bump(tx.store);
  await tx.done;
}
