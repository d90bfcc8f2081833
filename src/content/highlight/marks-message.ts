import type { PageMark, PageMarks } from '../../message-views';

// Records, not lists, so these fail to compile when the schema gains a kind.
const KINDS: Record<PageMark['kind'], true> = { escalation: true, crisis: true, complaint: true, help_request: true, question: true };
const ROUTES: Record<NonNullable<PageMark['escalation']>, true> = { legal: true, safety: true, privacy: true, press: true, harassment: true, other: true };
const MAX = 20_000;

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 500;
const isKey = <K extends string>(table: Record<K, true>, v: unknown): v is K => typeof v === 'string' && Object.hasOwn(table, v);

function parseMark(raw: unknown): PageMark | null {
  if (!raw || typeof raw !== 'object') return null;
  const { id, kind, escalation, urgent, time } = raw as Record<string, unknown>;
  if (!isId(id) || !isKey(KINDS, kind) || typeof urgent !== 'boolean') return null;
  if (escalation !== undefined && !isKey(ROUTES, escalation)) return null;
  if (time !== undefined && !(typeof time === 'string' && time.length <= 100)) return null;
  return { id, kind, urgent, ...(escalation ? { escalation } : {}), ...(time !== undefined ? { time } : {}) };
}

/** Check a 'page/marks' message from the worker by hand (see channel.ts for why not with zod); null refuses it whole. */
export function parsePageMarks(raw: unknown): PageMarks | null {
  if (!raw || typeof raw !== 'object') return null;
  const { reset, set, remove } = raw as Record<string, unknown>;
  if (typeof reset !== 'boolean' || !Array.isArray(set) || !Array.isArray(remove) || set.length > MAX || remove.length > MAX) return null;
  if (!remove.every(isId)) return null;
  const marks: PageMark[] = [];
  for (const item of set) {
    const mark = parseMark(item);
    if (!mark) return null;
    marks.push(mark);
  }
  return { reset, set: marks, remove };
}
