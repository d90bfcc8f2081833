import type { EditorKind } from '../core/pack/schema';
import type { ContentConfig } from '../message-views';

// A record, not a list, so this fails to compile when the schema gains an editor kind.
const EDITORS: Record<EditorKind, true> = { textarea: true, draft: true, lexical: true, quill: true, prosemirror: true, contenteditable: true };
const SITE_FIELDS = ['comment', 'text', 'authorName', 'authorHandle', 'authorAttribute', 'permalink', 'time', 'truncation', 'composer', 'replyButton', 'sendButton', 'counter'] as const;

export const DEFAULT_CONFIG: ContentConfig = { switches: { enabled: true, badge: true, highlights: true }, ownHandles: [], site: null };

const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/**
 * Check a ContentConfig from the worker by hand (see channel.ts for why not with zod); anything
 * malformed gives null and the content script keeps the config it has.
 */
export function parseContentConfig(raw: unknown): ContentConfig | null {
  if (!raw || typeof raw !== 'object') return null;
  const { switches, ownHandles, site } = raw as Record<string, unknown>;
  if (!switches || typeof switches !== 'object') return null;
  const s = switches as Record<string, unknown>;
  if (typeof s.enabled !== 'boolean' || typeof s.badge !== 'boolean' || typeof s.highlights !== 'boolean') return null;
  if (!Array.isArray(ownHandles) || ownHandles.length > 10_000 || !ownHandles.every((h) => isString(h, 500))) return null;
  let override: ContentConfig['site'] = null;
  if (site !== null && site !== undefined) {
    if (typeof site !== 'object') return null;
    override = {};
    for (const [key, value] of Object.entries(site)) {
      if (key === 'editor') {
        if (!(typeof value === 'string' && Object.hasOwn(EDITORS, value))) return null;
        override.editor = value as EditorKind;
      } else if ((SITE_FIELDS as readonly string[]).includes(key) && isString(value, 1000)) {
        override[key as (typeof SITE_FIELDS)[number]] = value;
      } else return null;
    }
  }
  return { switches: { enabled: s.enabled, badge: s.badge, highlights: s.highlights }, ownHandles: ownHandles.map((h: string) => h.toLowerCase()), site: override };
}
