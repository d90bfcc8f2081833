import type { SiteOverride } from '../../core/pack/schema';
import type { SelectorField, SiteAdapter } from './types';

const FIELDS: readonly SelectorField[] = [
  'comment', 'text', 'authorName', 'authorHandle', 'authorAttribute', 'permalink', 'time', 'truncation',
  'composer', 'replyButton', 'sendButton', 'counter',
];

export interface Overridden {
  adapter: SiteAdapter;
  /** Override fields that were not valid CSS and were ignored. */
  rejected: string[];
}

/**
 * The adapter with the pack's fixes applied field by field. A selector the browser cannot parse
 * is ignored (the built-in one stays), so one typo in a pack cannot stop detection.
 */
export function applyOverride(adapter: SiteAdapter, override: SiteOverride | null | undefined, isValidSelector: (s: string) => boolean = canParse): Overridden {
  if (!override) return { adapter, rejected: [] };
  const merged: SiteAdapter = { ...adapter };
  const rejected: string[] = [];
  for (const field of FIELDS) {
    const value = override[field];
    if (value === undefined) continue;
    if (field !== 'authorAttribute' && !isValidSelector(value)) {
      rejected.push(field);
      continue;
    }
    merged[field] = value;
  }
  if (override.editor) merged.editor = override.editor;
  return { adapter: merged, rejected };
}

const probe = typeof document === 'undefined' ? null : document.createDocumentFragment();

function canParse(selector: string): boolean {
  try {
    probe?.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
