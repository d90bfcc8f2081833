import { describe, expect, it } from 'vitest';
import { buildQueue, fitTexts } from '../../src/core/queue';
import type { PageComment } from '../../src/core/comment';
import type { Intent } from '../../src/core/pack/schema';
import type { UnderstandingView } from '../../src/message-views';

const comment = (id: string, extra: Partial<PageComment> = {}): PageComment => ({ id, author: { name: id }, text: id, depth: 0, own: false, ...extra });

/** Understanding keyed by comment id, so each test says what the classifier "found". */
function understandFrom(table: Record<string, { intents: Intent[]; urgency?: number; escalation?: boolean }>) {
  return (c: PageComment): UnderstandingView => {
    const row = table[c.id] ?? { intents: ['neutral'] };
    return {
      language: 'en',
      intents: row.intents,
      sentiment: 0,
      urgency: row.urgency ?? 0,
      escalations: row.escalation ? [{ id: 'legal', name: 'Legal', kind: 'legal', team: 'Legal', contact: '', guidance: '', severity: 'high', words: ['lawyer'] }] : [],
      evidence: {},
      flags: { sarcasm: false, shouting: false, elongated: false, truncated: false },
    };
  };
}

const PACK = { responseTime: undefined, moderation: undefined };

describe('the page queue', () => {
  it('counts a comment as answered once one of our accounts replied to it, and then no longer needing an answer', () => {
    const comments = [comment('q1'), comment('r1', { own: true, parentId: 'q1', depth: 1 }), comment('q2')];
    const queue = buildQueue(comments, understandFrom({ q1: { intents: ['question'] }, q2: { intents: ['question'] } }), PACK);
    const q1 = queue.find((i) => i.comment.id === 'q1')!;
    expect(q1).toMatchObject({ answered: true, needsAnswer: false });
    expect(queue.find((i) => i.comment.id === 'q2')).toMatchObject({ answered: false, needsAnswer: true });
  });

  it('does not count a reply from someone else as our answer', () => {
    const comments = [comment('q1'), comment('r1', { parentId: 'q1', depth: 1 })];
    const [first] = buildQueue(comments, understandFrom({ q1: { intents: ['complaint'] } }), PACK);
    expect(first).toMatchObject({ comment: { id: 'q1' }, answered: false, needsAnswer: true });
  });

  it('asks for an answer to questions, complaints, help requests, crises and escalations, never to our own comments or praise', () => {
    const table = {
      question: { intents: ['question'] as Intent[] },
      complaint: { intents: ['complaint'] as Intent[] },
      help: { intents: ['help_request'] as Intent[] },
      crisis: { intents: ['crisis'] as Intent[] },
      legal: { intents: ['neutral'] as Intent[], escalation: true },
      praise: { intents: ['praise'] as Intent[] },
      spam: { intents: ['spam'] as Intent[] },
      ours: { intents: ['question'] as Intent[] },
    };
    const comments = Object.keys(table).map((id) => comment(id, id === 'ours' ? { own: true } : {}));
    const needing = buildQueue(comments, understandFrom(table), PACK).filter((i) => i.needsAnswer).map((i) => i.comment.id);
    expect(needing.sort()).toEqual(['complaint', 'crisis', 'help', 'legal', 'question']);
  });

  it('puts comments needing an answer first, most urgent first, page order among equals', () => {
    const comments = ['praise', 'low', 'high', 'mid', 'low2'].map((id) => comment(id));
    const table = {
      praise: { intents: ['praise'] as Intent[], urgency: 0.9 },
      low: { intents: ['question'] as Intent[], urgency: 0.1 },
      high: { intents: ['complaint'] as Intent[], urgency: 0.8 },
      mid: { intents: ['question'] as Intent[], urgency: 0.5 },
      low2: { intents: ['question'] as Intent[], urgency: 0.1 },
    };
    expect(buildQueue(comments, understandFrom(table), PACK).map((i) => i.comment.id)).toEqual(['high', 'mid', 'low', 'low2', 'praise']);
  });

  it('gives the shortest response time the pack sets for any of the intents, and its moderation advice', () => {
    const pack = { responseTime: { question: 240, complaint: 60 }, moderation: { spam: { action: 'hide' as const, advice: 'Hide it, do not answer.' } } };
    const queue = buildQueue([comment('both'), comment('spam')], understandFrom({ both: { intents: ['question', 'complaint'] }, spam: { intents: ['spam'] } }), pack);
    expect(queue.find((i) => i.comment.id === 'both')?.responseMinutes).toBe(60);
    expect(queue.find((i) => i.comment.id === 'spam')?.moderation).toEqual({ action: 'hide', advice: 'Hide it, do not answer.' });
  });

  it('flags a comment the site truncated, so the panel can say the reading is partial', () => {
    const [item] = buildQueue([comment('long', { truncated: true })], understandFrom({}), PACK);
    expect(item?.understanding.flags.truncated).toBe(true);
  });
});

describe('fitting a tab\'s comments into storage', () => {
  it('cuts the longest texts first, flags them truncated, and keeps short ones whole', () => {
    const comments = [comment('short', { text: 'Where is it?' }), comment('huge', { text: 'x'.repeat(50_000) }), comment('long', { text: 'y'.repeat(9_000) })];
    const fitted = fitTexts(comments, 20_000);
    expect(fitted.map((c) => c.id)).toEqual(['short', 'huge', 'long']);
    expect(fitted.reduce((sum, c) => sum + c.text.length, 0)).toBe(20_000);
    expect(fitted[0]).toEqual(comments[0]);
    expect(fitted[1]).toMatchObject({ truncated: true });
    expect(fitted[1]!.text.length).toBe(20_000 - 12 - 9_000);
    expect(fitted[2]).toEqual(comments[2]);
  });

  it('never cuts a text below 2,000 characters, even when the total stays over', () => {
    const comments = Array.from({ length: 5 }, (_, i) => comment(`c${i}`, { text: 'z'.repeat(3_000) }));
    const fitted = fitTexts(comments, 1_000);
    expect(fitted.every((c) => c.text.length === 2_000 && c.truncated)).toBe(true);
  });

  it('leaves comments that fit untouched', () => {
    const comments = [comment('a'), comment('b')];
    expect(fitTexts(comments, 100)).toEqual(comments);
  });
});
