import { validatePackText, type PackResult } from '../core/pack/validate';
import type { Pack } from '../core/pack/schema';
import type { PackCopy } from './db';

// Validating a large pack takes ~100 ms: once per stored copy, not on every request. Stored copies
// are still validated when first read, so a record written by an older release cannot slip through.
const results = new Map<string, PackResult>();

const keyOf = (source: string, copy: PackCopy) => `${source}|${copy.fetchedAt}|${copy.version}`;

export function validateCopy(source: string, copy: PackCopy): PackResult {
  const key = keyOf(source, copy);
  let result = results.get(key);
  if (!result) {
    result = validatePackText(copy.text);
    results.set(key, result);
  }
  return result;
}

/** A copy that was just validated while syncing need not be validated again. */
export function rememberValid(source: string, copy: PackCopy, pack: Pack): void {
  results.set(keyOf(source, copy), { ok: true, pack });
}

/** Drop results for copies that are no longer stored. */
export function keepOnly(copies: ReadonlyArray<readonly [string, PackCopy]>): void {
  const live = new Set(copies.map(([source, copy]) => keyOf(source, copy)));
  for (const key of results.keys()) if (!live.has(key)) results.delete(key);
}
