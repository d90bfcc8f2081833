import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_ANALYSED_CHARS,
  TONE_DIMENSIONS,
  toneGuidance,
  toneProfile,
  voiceTarget,
  type ToneProfile,
  type VoiceConfig,
} from '../../../src/core/tone';

/** Fragments that stress the tokeniser: lexicon phrases, emoji sequences, zero-width, RTL, combining marks, lone surrogates. */
const FRAGMENTS = [
  'we value your feedback',
  'leverage',
  'As we already said',
  'Actually,',
  'not good',
  "don't",
  'we\u2019re',
  'tut mir leid',
  'zeitnah',
  'Sie',
  'du',
  'vi återkommer',
  'förstår',
  'ni',
  'Hi Anna',
  '@anna',
  '#tag',
  'https://example.com/x.y',
  'www.example.org',
  '👨‍👩‍👧‍👦',
  '🇸🇪',
  '🇸',
  '👍🏽',
  '❤️',
  '1️⃣',
  '\u200D',
  '\u200B',
  '\uFEFF',
  '\u00AD',
  '\u202E',
  '\u200F',
  'مرحبا بكم',
  'שלום',
  '你好世界',
  'e\u0301',
  'İstanbul',
  'ß',
  '\uD83D',
  '\uDE00',
  '!!!',
  '...',
  '…',
  '?',
  '.',
  ',',
  '3.5',
  'e.g.',
  'z. B.',
  '\n',
  '\n\n',
  ' ',
  '\t',
  '"',
  '(',
  ')',
];

const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ maxLength: 300 }),
  fragmentText,
  fc.tuple(fragmentText, fc.string({ unit: 'binary', maxLength: 50 }), fragmentText).map((t) => t.join(' ')),
);
const anyLocale = fc.oneof(fc.constantFrom('en', 'de', 'sv', 'de-AT', 'sv-SE', 'fr', '', 'xx-YY', 'EN'), fc.string({ maxLength: 8 }));

function checkProfile(text: string, p: ToneProfile): void {
  for (const d of ['formality', 'warmth', 'defensiveness', 'jargon', 'promotional', 'assertiveness', 'hedging'] as const) {
    expect(p[d]).toBeGreaterThanOrEqual(0);
    expect(p[d]).toBeLessThanOrEqual(1);
  }
  expect(p.sentiment).toBeGreaterThanOrEqual(-1);
  expect(p.sentiment).toBeLessThanOrEqual(1);
  expect(Number.isFinite(p.readability.score)).toBe(true);
  expect(p.readability.level01).toBeGreaterThanOrEqual(0);
  expect(p.readability.level01).toBeLessThanOrEqual(1);
  expect(['en', 'de', 'sv']).toContain(p.locale);
  for (const d of TONE_DIMENSIONS) {
    for (const e of p.evidence[d]) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeGreaterThan(e.start);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(e.start, e.end).toLowerCase()).toBe(e.word.toLowerCase());
      expect(Number.isFinite(e.weight)).toBe(true);
    }
  }
  expect(p.stats.words).toBeGreaterThanOrEqual(0);
  expect(p.stats.sentences).toBeLessThanOrEqual(Math.max(p.stats.words, 0));
}

const VOICE: VoiceConfig = {
  default: { formality: [0.35, 0.7], warmth: [0.5, 1], length: { min: 40, max: 600 }, emoji: { max: 1 } },
  platforms: { linkedin: { formality: [0.6, 0.9], emoji: { max: 0 }, address: 'formal' } },
  intents: { complaint: { warmth: [0.65, 1] } },
};
const target = voiceTarget(VOICE, 'linkedin', ['complaint']);

describe('toneProfile properties', () => {
  it('never throws, keeps every dimension in range and every evidence span inside the text', () => {
    fc.assert(
      fc.property(anyText, anyLocale, (text, locale) => {
        const p = toneProfile(text, locale);
        checkProfile(text, p);
        for (const tip of toneGuidance(p, target, locale)) {
          expect(typeof tip.tip).toBe('string');
          expect(tip.tip.length).toBeGreaterThan(0);
          expect(['up', 'down']).toContain(tip.direction);
        }
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it('is deterministic: the same input gives the same profile, whatever ran before', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.constantFrom('en', 'de', 'sv'), (a, b, locale) => {
        const first = toneProfile(a, locale);
        toneProfile(b, locale);
        expect(toneProfile(a, locale)).toEqual(first);
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('handles a 1 MB draft with bounded work and says it was truncated', () => {
    const big = 'We value your feedback 👨‍👩‍👧 مرحبا\u200B! '.repeat(30_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    const p = toneProfile(big, 'en');
    checkProfile(big, p);
    expect(p.stats.truncated).toBe(true);
    expect(p.stats.characters).toBe([...big].length);
    for (const d of TONE_DIMENSIONS) for (const e of p.evidence[d]) expect(e.end).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  });

  it('does not split a surrogate pair at the truncation point', () => {
    const s = 'a'.repeat(MAX_ANALYSED_CHARS - 1) + '😀' + ' more';
    const p = toneProfile(s, 'en');
    checkProfile(s, p);
    expect(p.stats.truncated).toBe(true);
  });

  it('tolerates non-string input at runtime', () => {
    expect(() => toneProfile(undefined as unknown as string, undefined as unknown as string)).not.toThrow();
    expect(toneProfile(null as unknown as string, 'en').stats.words).toBe(0);
  });
});
