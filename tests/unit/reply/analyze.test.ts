import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { starterPackJson } from '../../../src/core/pack/starter';
import { validatePack } from '../../../src/core/pack/validate';
import { analyze, compileAnalyzer } from '../../../src/core/reply/analyze';

const result = validatePack(starterPackJson);
if (!result.ok) throw new Error('starter pack invalid');
const analyzer = compileAnalyzer(result.pack);
const angry = { text: 'My parcel is 9 days late and my lawyer will hear about this. Will I get a refund?', authorName: 'Maria' };

describe('analyze', () => {
  it('stops a draft that admits liability and advertises in reply to a legal threat, with one finding per spot', () => {
    const a = analyze(analyzer, 'It was our fault, probably a packing error. Use code SPRING20 next time.', { platform: 'x', comment: angry });
    expect(a.readiness).toBe('stop');
    expect(a.comment?.escalations.map((e) => e.id)).toContain('en.legal');
    const atFault = a.findings.filter((f) => f.match === 'It was our fault');
    expect(atFault).toHaveLength(1);
    expect(a.findings.some((f) => f.rule === 'Parley.Reply.Advertising' && f.level === 'error')).toBe(true);
    expect(a.findings.some((f) => f.rule === 'Parley.Reply.UnansweredQuestion')).toBe(true);
  });

  it('finds a warm, specific answer ready or at most worth a check', () => {
    const a = analyze(
      analyzer,
      "Hi Maria, I'm sorry your parcel is so late. I have asked our depot to trace it and I'll send you the refund details by DM today. /Anna",
      { platform: 'facebook', comment: { text: 'My parcel is 9 days late. Will I get a refund?', authorName: 'Maria' }, agentName: 'Anna Berg' },
    );
    expect(a.findings.filter((f) => f.level !== 'suggestion')).toEqual([]);
    expect(a.readiness).not.toBe('stop');
  });

  it('answers in the draft language with tips in that language', () => {
    const a = analyze(analyzer, 'Wie bereits erwähnt, liefern wir zeitnah.', { platform: 'linkedin', comment: { text: 'Wo bleibt meine Lieferung? Seit Tagen nichts!' } });
    expect(a.locale).toBe('de');
    expect(a.findings.some((f) => f.rule.startsWith('ParleyDE.'))).toBe(true);
  });

  it('never throws and keeps spans inside the draft', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 200 }), (draft, comment) => {
        const a = analyze(analyzer, draft, { platform: 'x', comment: { text: comment } });
        return a.findings.every((f) => f.start >= 0 && f.end <= draft.length && f.start <= f.end);
      }),
      { numRuns: 150 },
    );
  });
});
