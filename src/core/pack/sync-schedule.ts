/** When to check pack sources again, and whether an update may replace the pack in force. */

export const DEFAULT_INTERVAL_MINUTES = 60;
const MIN_INTERVAL = 15;
const MAX_INTERVAL = 1440;
const FIRST_RETRY_MINUTES = 1;

/** The pack's own `sync.intervalMinutes`, kept within 15…1440 (default 60). */
export function syncInterval(minutes: number | undefined): number {
  if (minutes === undefined || !Number.isFinite(minutes)) return DEFAULT_INTERVAL_MINUTES;
  return Math.min(MAX_INTERVAL, Math.max(MIN_INTERVAL, Math.round(minutes)));
}

/** Exponential backoff after `failures` failed checks in a row: 1, 2, 4 … minutes, never longer than the interval. */
export function retryDelayMinutes(failures: number, intervalMinutes: number): number {
  const doubled = FIRST_RETRY_MINUTES * 2 ** Math.max(0, Math.min(failures - 1, 20));
  return Math.min(doubled, intervalMinutes);
}

export interface SourceTiming {
  /** Last check that reached a verdict on the source (fetched, unchanged or refused). */
  checkedAt: string | null;
  /** Set while the source is failing. */
  nextTry: string | null;
  intervalMinutes: number;
}

/** When this source should be checked next (epoch ms); never-checked sources are due now. */
export function dueAt(source: SourceTiming, now: number): number {
  if (source.nextTry) return Date.parse(source.nextTry);
  if (!source.checkedAt) return now;
  return Date.parse(source.checkedAt) + source.intervalMinutes * 60_000;
}

/**
 * Order of pack versions ("2026.11.2" < "2026.11.10"; a pre-release "-rc.1" sorts before its
 * release). Negative when a < b.
 */
export function compareVersions(a: string, b: string): number {
  const [mainA = '', preA] = splitVersion(a);
  const [mainB = '', preB] = splitVersion(b);
  const partsA = mainA.split('.').map(Number);
  const partsB = mainB.split('.').map(Number);
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i++) {
    const d = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (d !== 0) return d;
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA < preB ? -1 : 1;
}

function splitVersion(v: string): [string, string | undefined] {
  const plus = v.split('+')[0]!;
  const dash = plus.indexOf('-');
  return dash < 0 ? [plus, undefined] : [plus.slice(0, dash), plus.slice(dash + 1)];
}
