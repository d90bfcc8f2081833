import type { PageComment } from './comment';
import type { Escalation, Intent, Pack } from './pack/schema';
import type { Understanding } from './classify';
import type { QueueItem, UnderstandingView } from '../message-views';

/** Intents that call for an answer from the organisation. */
const NEEDS_ANSWER: ReadonlySet<Intent> = new Set(['question', 'complaint', 'help_request', 'crisis']);

export function understandingView(u: Understanding, escalations: readonly Escalation[]): UnderstandingView {
  return {
    language: u.language,
    intents: u.intents,
    sentiment: u.sentiment,
    urgency: u.urgency,
    escalations: u.escalations.map((e) => {
      const route = escalations.find((r) => r.id === e.id);
      return { id: e.id, name: e.name, kind: e.kind, team: e.team, contact: route?.contact ?? '', guidance: route?.guidance ?? '', severity: e.severity, words: e.words };
    }),
    evidence: Object.fromEntries(Object.entries(u.evidence).filter((entry): entry is [string, string[]] => Array.isArray(entry[1]))),
    flags: u.flags,
  };
}

/**
 * The page's comments with what they need: answered by one of our accounts or not, needing an
 * answer or not, most urgent first (page order among equals).
 */
export function buildQueue(comments: readonly PageComment[], understand: (c: PageComment) => UnderstandingView, pack: Pick<Pack, 'responseTime' | 'moderation'>): QueueItem[] {
  const answeredIds = new Set(comments.filter((c) => c.own && c.parentId).map((c) => c.parentId!));
  const items = comments.map((comment, order) => {
    const understood = understand(comment);
    // The site showed only part of the text ("see more"): the reading may miss something.
    const understanding = comment.truncated && !understood.flags.truncated ? { ...understood, flags: { ...understood.flags, truncated: true } } : understood;
    const answered = answeredIds.has(comment.id);
    const needsAnswer =
      !comment.own && !answered && (understanding.escalations.length > 0 || understanding.intents.some((i) => NEEDS_ANSWER.has(i)));
    const minutes = understanding.intents.map((i) => pack.responseTime?.[i]).filter((m): m is number => m !== undefined);
    const moderation = understanding.intents.map((i) => pack.moderation?.[i]).find((m) => m !== undefined) ?? null;
    return { order, item: { comment, understanding, needsAnswer, answered, responseMinutes: minutes.length ? Math.min(...minutes) : null, moderation } };
  });
  items.sort((a, b) => Number(b.item.needsAnswer) - Number(a.item.needsAnswer) || b.item.understanding.urgency - a.item.understanding.urgency || a.order - b.order);
  return items.map((i) => i.item);
}

/** Below this a text is not cut further to fit the tab's storage. */
const TEXT_FLOOR = 2_000;

/**
 * The comments with the longest texts cut (and flagged truncated) until all texts together fit in
 * `maxChars`: the worker keeps a tab's comments in storage.session, whose quota (10 MB in Chrome)
 * a page of many very long comments would overflow, and then nothing more would be stored.
 */
export function fitTexts(comments: readonly PageComment[], maxChars: number): PageComment[] {
  let total = comments.reduce((sum, c) => sum + c.text.length, 0);
  if (total <= maxChars) return [...comments];
  const out = [...comments];
  const longestFirst = out.map((c, i) => i).sort((a, b) => out[b]!.text.length - out[a]!.text.length);
  for (const i of longestFirst) {
    if (total <= maxChars) break;
    const c = out[i]!;
    if (c.text.length <= TEXT_FLOOR) break;
    const keep = Math.max(TEXT_FLOOR, c.text.length - (total - maxChars));
    total -= c.text.length - keep;
    out[i] = { ...c, text: c.text.slice(0, keep), truncated: true };
  }
  return out;
}
