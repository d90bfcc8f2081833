import type { PackSources, Payload } from '../messages';
import { parsePublicKey } from '../core/pack/signature';
import { currentPolicy } from './packs';
import { isPackUrl } from './policy';
import { listSources, readMeta, setUserKeys, setUserPacks } from './sources';
import { scheduleNext, syncPacks } from './sync';

/** Where packs come from: the administrator's sources and keys, and the user's own where allowed. */
export async function packSources(): Promise<PackSources> {
  const [policy, records, meta] = await Promise.all([currentPolicy(), listSources(), readMeta()]);
  const byPosition = [...records].sort((a, b) => a.position - b.position);
  return {
    allowUserPacks: policy.allowUserPacks,
    allowUserKeys: policy.allowUserKeys,
    allowRollback: policy.allowRollback,
    policyPacks: [...policy.organisationPacks.map((url) => ({ url, tier: 'organisation' as const })), ...policy.teamPacks.map((url) => ({ url, tier: 'team' as const }))],
    policyKeys: policy.trustedKeys,
    userPacks: byPosition.flatMap((r) => (r.origin === 'user' && r.kind === 'url' && r.tier !== 'organisation' ? [{ url: r.source, tier: r.tier }] : [])),
    userFiles: byPosition.flatMap((r) => (r.origin === 'user' && r.kind === 'file' ? [r.source.slice('file:'.length)] : [])),
    userKeys: meta.userKeys,
  };
}

/** Change the user's pack URLs and keys; new URLs (and any key change) are synced before answering. */
export async function setPackSources(change: Payload<'pack/sources/set'>): Promise<PackSources> {
  const policy = await currentPolicy();
  if (change.packs) {
    if (!policy.allowUserPacks) throw new Error('your administrator does not allow packs of your own');
    const bad = change.packs.find((p) => !isPackUrl(p.url));
    if (bad) throw new Error(`"${bad.url}" is not a pack address: use https:// (http:// only for 127.0.0.1 or localhost)`);
  }
  if (change.keys) {
    if (!policy.allowUserKeys) throw new Error('your administrator does not allow keys of your own');
    const bad = change.keys.find((k) => !parsePublicKey(k));
    if (bad !== undefined) throw new Error(`"${bad.slice(0, 40)}" is not a public key: paste the line from the .pub file ("<key id>:<base64>")`);
    await setUserKeys(change.keys.map((k) => k.trim()));
  }
  const added = change.packs ? await setUserPacks(change.packs) : [];
  if (added.length || change.keys) await syncPacks('all');
  else await scheduleNext();
  return packSources();
}
