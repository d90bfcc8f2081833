import type { Payload } from '../../messages';

export type InsertRequest = Payload<'editor/insert'>;

const MODES = new Set(['caret', 'replace', 'range']);
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Check an 'editor/insert' request by hand, with the limits of its schema in src/messages.ts. */
export function parseInsertRequest(raw: unknown): InsertRequest | null {
  if (!raw || typeof raw !== 'object') return null;
  const { text, mode, range, expectDraft } = raw as Record<string, unknown>;
  if (typeof text !== 'string' || text.length > 100_000 || typeof mode !== 'string' || !MODES.has(mode)) return null;
  if (expectDraft !== undefined && (typeof expectDraft !== 'string' || expectDraft.length > 200_000)) return null;
  let offsets: InsertRequest['range'];
  if (range !== undefined) {
    const { start, end } = (range ?? {}) as Record<string, unknown>;
    if (!isOffset(start) || !isOffset(end)) return null;
    offsets = { start, end };
  }
  return {
    text,
    mode: mode as InsertRequest['mode'],
    ...(offsets ? { range: offsets } : {}),
    ...(expectDraft !== undefined ? { expectDraft } : {}),
  };
}
