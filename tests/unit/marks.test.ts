import { describe, expect, it } from 'vitest';
import { diffMarks, marksOf } from '../../src/core/marks';
import type { Intent } from '../../src/core/pack/schema';
import type { PageMark, QueueItem } from '../../src/message-views';

function item(id: string, intents: Intent[], extra: { needsAnswer?: boolean; urgency?: number; escalation?: 'legal' | 'press'; time?: string } = {}): QueueItem {
  return {
    comment: { id, author: { name: id }, text: `text of ${id}`, depth: 0, own: false, ...(extra.time ? { time: extra.time } : {}) },
    understanding: {
      language: 'en',
      intents,
      sentiment: 0,
      urgency: extra.urgency ?? 0,
      escalations: extra.escalation
        ? [{ id: extra.escalation, name: extra.escalation, kind: extra.escalation, team: 'Legal', contact: '', guidance: '', severity: 'high', words: [] }]
        : [],
      evidence: {},
      flags: { sarcasm: false, shouting: false, elongated: false, truncated: false },
    },
    needsAnswer: extra.needsAnswer ?? true,
    answered: false,
    responseMinutes: null,
    moderation: null,
  };
}

describe('which comments get an in-page mark', () => {
  it('marks only comments needing an answer, with their most pressing reason and no text', () => {
    const marks = marksOf([
      item('q', ['question'], { time: '2026-11-23T09:30:00.000Z' }),
      item('c', ['question', 'complaint']),
      item('h', ['help_request'], { urgency: 0.7 }),
      item('x', ['crisis']),
      item('e', ['question'], { escalation: 'legal' }),
      item('done', ['question'], { needsAnswer: false }),
    ]);
    expect(marks).toEqual([
      { id: 'q', kind: 'question', urgent: false, time: '2026-11-23T09:30:00.000Z' },
      { id: 'c', kind: 'complaint', urgent: false },
      { id: 'h', kind: 'help_request', urgent: true },
      { id: 'x', kind: 'crisis', urgent: true },
      { id: 'e', kind: 'escalation', escalation: 'legal', urgent: true },
    ]);
    expect(JSON.stringify(marks)).not.toContain('text of');
  });
});

describe('what the page is sent', () => {
  const q: PageMark = { id: 'q', kind: 'question', urgent: false };
  const c: PageMark = { id: 'c', kind: 'complaint', urgent: false };

  it('is everything, as a reset, when nothing is known to have been sent (first push, restarted worker, new page)', () => {
    expect(diffMarks(undefined, [q, c]).update).toEqual({ reset: true, set: [q, c], remove: [] });
    // An empty reset still clears what an earlier page left.
    expect(diffMarks(undefined, []).update).toEqual({ reset: true, set: [], remove: [] });
  });

  it('is then only what changed: new or changed marks, and ids no longer marked', () => {
    const { sent } = diffMarks(undefined, [q, c]);
    expect(diffMarks(sent, [q, c]).update).toBeNull();
    const answered = diffMarks(sent, [c]);
    expect(answered.update).toEqual({ reset: false, set: [], remove: ['q'] });
    const escalated: PageMark = { ...c, kind: 'escalation', escalation: 'press', urgent: true };
    const next = diffMarks(answered.sent, [escalated, { id: 'n', kind: 'question', urgent: false }]);
    expect(next.update).toEqual({ reset: false, set: [escalated, { id: 'n', kind: 'question', urgent: false }], remove: [] });
    expect([...next.sent.keys()]).toEqual(['c', 'n']);
  });
});
