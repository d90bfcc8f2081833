import type { ReadinessBadge } from '../../message-views';

const LEVELS = new Set(['ready', 'check', 'stop']);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Check the worker's answer to 'composer/update' by hand; null hides the badge. */
export function parseReadiness(raw: unknown): ReadinessBadge | null {
  if (!raw || typeof raw !== 'object') return null;
  const { readiness, counts } = raw as Record<string, unknown>;
  if (typeof readiness !== 'string' || !LEVELS.has(readiness) || !counts || typeof counts !== 'object') return null;
  const { error, warning, suggestion } = counts as Record<string, unknown>;
  if (!isCount(error) || !isCount(warning) || !isCount(suggestion)) return null;
  return { readiness: readiness as ReadinessBadge['readiness'], counts: { error, warning, suggestion } };
}
