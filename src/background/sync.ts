import browser from 'webextension-polyfill';
import { dueAt } from '../core/pack/sync-schedule';
import { pushContentConfig } from './content-config';
import { notify } from './notify';
import { currentPolicy, trustedKeys } from './packs';
import { listSources, readMeta, reconcilePolicy, saveCheck } from './sources';
import { checkSource } from './sync-source';
import { contentPlatform } from './tab-state';

export const SYNC_ALARM = 'parley-pack-sync';
/** Chrome does not fire alarms sooner than 30 s after they are set. */
const MIN_ALARM_DELAY_MS = 30_000;

let running: Promise<void> | null = null;

export function isSyncing(): boolean {
  return running !== null;
}

/**
 * Check pack sources: all of them ("Sync now", install, browser start, policy change) or only
 * those due (the alarm). Concurrent calls share one run; a forced call waiting on a run of only
 * the due sources runs again afterwards.
 */
export async function syncPacks(which: 'all' | 'due'): Promise<void> {
  while (running) {
    await running;
    if (which === 'due') return;
  }
  running = run(which).finally(() => {
    running = null;
  });
  await running;
}

async function run(which: 'all' | 'due'): Promise<void> {
  notify(null, ['pack']);
  const policy = await currentPolicy();
  await reconcilePolicy(policy);
  const [records, meta] = await Promise.all([listSources(), readMeta()]);
  const ctx = { trustedKeys: trustedKeys(policy, meta.userKeys), allowRollback: policy.allowRollback, now: () => new Date() };
  const now = Date.now();
  const due = records.filter(
    (r) => r.kind === 'url' && (r.origin === 'policy' || policy.allowUserPacks) && (which === 'all' || dueAt(r, now) <= now),
  );
  const results = await Promise.all(
    due.map(async (record) => {
      const result = await checkSource(record, ctx);
      await saveCheck(result);
      return result.changed;
    }),
  );
  await scheduleNext();
  if (results.some(Boolean)) await pushContentConfig(contentPlatform);
  notify(null, ['pack']);
}

/** One alarm, set for the source that is due first (retries included). */
export async function scheduleNext(): Promise<void> {
  const [records, policy] = await Promise.all([listSources(), currentPolicy()]);
  const now = Date.now();
  const times = records.filter((r) => r.kind === 'url' && (r.origin === 'policy' || policy.allowUserPacks)).map((r) => dueAt(r, now));
  if (!times.length) {
    await browser.alarms.clear(SYNC_ALARM);
    return;
  }
  await browser.alarms.create(SYNC_ALARM, { when: Math.max(Math.min(...times), now + MIN_ALARM_DELAY_MS) });
}

/** After any change to what is in force outside a sync (import, reset, settings): tell everyone. */
export async function announcePackChange(): Promise<void> {
  notify(null, ['pack']);
  await pushContentConfig(contentPlatform);
}
