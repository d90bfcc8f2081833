import type { PageMark, PageMarks, QueueItem } from '../message-views';

/** From here on a comment's urgency counts as urgent for its marker. */
const URGENT = 0.5;
const INTENT_KINDS = ['crisis', 'complaint', 'help_request', 'question'] as const;

/** The in-page marks for a queue: one per comment needing an answer, with its most pressing reason. */
export function marksOf(queue: readonly QueueItem[]): PageMark[] {
  const marks: PageMark[] = [];
  for (const { comment, understanding, needsAnswer } of queue) {
    if (!needsAnswer) continue;
    const route = understanding.escalations[0];
    const kind = route ? 'escalation' : INTENT_KINDS.find((k) => understanding.intents.includes(k));
    if (!kind) continue;
    const urgent = !!route || understanding.intents.includes('crisis') || understanding.urgency >= URGENT;
    marks.push({ id: comment.id, kind, ...(route ? { escalation: route.kind } : {}), urgent, ...(comment.time ? { time: comment.time } : {}) });
  }
  return marks;
}

/** What the page was last sent, by comment id: a signature of each mark. */
export type SentMarks = ReadonlyMap<string, string>;

const signature = (m: PageMark) => `${m.kind}|${m.escalation ?? ''}|${m.urgent}|${m.time ?? ''}`;

/**
 * The message that brings a page from `sent` to `next`: only the marks that are new or changed
 * and the ids no longer marked; everything (`reset`) when nothing is known to have been sent.
 * `update` is null when nothing changed.
 */
export function diffMarks(sent: SentMarks | undefined, next: readonly PageMark[]): { update: PageMarks | null; sent: Map<string, string> } {
  const now = new Map(next.map((m) => [m.id, signature(m)]));
  if (!sent) return { update: { reset: true, set: [...next], remove: [] }, sent: now };
  const set = next.filter((m) => sent.get(m.id) !== now.get(m.id));
  const remove = [...sent.keys()].filter((id) => !now.has(id));
  return { update: set.length || remove.length ? { reset: false, set, remove } : null, sent: now };
}
