import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyComment, detectLanguage, MAX_CHARS, normaliseSocial, sourceRange } from '../../../src/core/classify';
import { INTENTS } from '../../../src/core/pack/schema';
import { compiledTestPack } from './helpers';

/** Pieces of hostile social text: invisible and bidi marks, emoji sequences, other scripts, markup-ish noise. */
const PIECES = [
  '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202E', '\u2066', '\uFEFF', '\u00AD',
  '👨‍👩‍👧‍👦', '👍🏽', '🇸🇪', '1️⃣', '🏳️‍🌈', '❤️', '🙄', '\uD83D', '\uDE00',
  'مرحبا', 'שלום', 'Привет', '你好', 'ＦＵＬＬ', 'İstanbul', 'ß', 'ẞ', 'å',
  ' ', '\n', '\t', '#', '@', '/s', ':)', '<3', 'http://', 'www.', '.com', '?!', '!!!', '...', "'", '’', '*',
  'sooo', 'NEVER', 'lawyer', 'Anwalt', 'advokat', 'refund', 'kaputt', 'trasig', 'not', 'nicht', 'inte',
  'great', 'super', 'toppen', 'idiot', 'DM me for', 'https://bit.ly/x', '#NeverAgain', '@sam_support',
];
const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), hostile);

describe('properties', () => {
  it('normaliseSocial never throws and keeps offsets inside the original text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const social = normaliseSocial(text);
        let last = 0;
        for (const t of social.tokens) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.start).toBeLessThan(t.end);
          if (!t.fromHashtag) {
            expect(t.start).toBeGreaterThanOrEqual(last);
            last = t.end;
          }
        }
        if (social.offsets) expect(social.offsets.length).toBe(social.text.length);
        const [s, e] = sourceRange(social, 0, social.text.length);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(e).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 400 },
    );
  });

  it('the matching text contains no invisible or bidi control characters', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(normaliseSocial(text).text).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/);
      }),
      { numRuns: 300 },
    );
  });

  it('classifyComment never throws and returns values in range', () => {
    const compiled = compiledTestPack();
    fc.assert(
      fc.property(anyText, (text) => {
        const u = classifyComment(text, compiled);
        expect(['en', 'de', 'sv', 'other']).toContain(u.language);
        expect(u.intents.length).toBeGreaterThan(0);
        for (const intent of u.intents) expect(INTENTS).toContain(intent);
        if (u.intents.includes('neutral')) expect(u.intents).toEqual(['neutral']);
        expect(u.sentiment).toBeGreaterThanOrEqual(-1);
        expect(u.sentiment).toBeLessThanOrEqual(1);
        expect(u.urgency).toBeGreaterThanOrEqual(0);
        expect(u.urgency).toBeLessThanOrEqual(1);
        expect(u.languageConfidence).toBeGreaterThanOrEqual(0);
        expect(u.languageConfidence).toBeLessThanOrEqual(1);
        for (const e of u.escalations) {
          expect(e.words.length).toBeGreaterThan(0);
          // Words are quoted from the comment itself.
          for (const w of e.words) expect(text).toContain(w);
        }
        // Same input, same answer.
        expect(classifyComment(text, compiled)).toEqual(u);
      }),
      { numRuns: 300 },
    );
  });

  it('invisible characters do not change the understanding of a comment', () => {
    const compiled = compiledTestPack();
    const base = fc.constantFrom(
      'Great, another delay 🙄',
      'My lawyer will call you',
      'Wo bleibt meine Bestellung?',
      'Tack för inget, paketet är trasigt',
      'DM me for crypto profits',
    );
    fc.assert(
      fc.property(base, fc.array(fc.nat(), { maxLength: 5 }), fc.constantFrom('\u200B', '\u200D', '\uFEFF', '\u202E', '\u00AD'), (text, at, mark) => {
        let noisy = text;
        for (const p of at) {
          const i = p % (noisy.length + 1);
          // keep surrogate pairs whole
          if (i > 0 && i < noisy.length && /[\uD800-\uDBFF]/.test(noisy[i - 1]!)) continue;
          noisy = noisy.slice(0, i) + mark + noisy.slice(i);
        }
        const a = classifyComment(text, compiled);
        const b = classifyComment(noisy, compiled);
        expect(b.intents).toEqual(a.intents);
        expect(b.language).toBe(a.language);
        expect(b.escalations.map((e) => e.id)).toEqual(a.escalations.map((e) => e.id));
      }),
      { numRuns: 200 },
    );
  });

  it('does bounded work on huge input', () => {
    const compiled = compiledTestPack();
    const huge = 'sooo '.repeat(200_000) + 'my lawyer';
    const u = classifyComment(huge, compiled);
    expect(u.flags.truncated).toBe(true);
    // The trigger lies beyond the considered part, so it is not seen.
    expect(u.escalations).toEqual([]);
    expect(normaliseSocial(huge).source.length).toBeLessThanOrEqual(MAX_CHARS);
    expect(detectLanguage('\u0000'.repeat(100_000)).language).toBe('other');
  });

  it('handles empty and whitespace-only input', () => {
    const compiled = compiledTestPack();
    for (const text of ['', ' ', '\n\n', '\u200B\u200B']) {
      const u = classifyComment(text, compiled);
      expect(u.intents).toEqual(['neutral']);
      expect(u.sentiment).toBe(0);
      expect(u.escalations).toEqual([]);
    }
    expect(() => classifyComment(undefined as unknown as string, compiled)).not.toThrow();
  });
});

it('keeps token offsets inside the text after a lone high surrogate (found by fast-check)', () => {
  const text = '\ud83d🙄';
  for (const t of normaliseSocial(text).tokens) expect(t.end).toBeLessThanOrEqual(text.length);
});
