import { describe, expect, it } from 'vitest';
import { readabilityFrom, syllablesDe, syllablesEn, toneProfile } from '../../../src/core/tone';

describe('syllable counting', () => {
  it.each([
    ['the', 1],
    ['cat', 1],
    ['happy', 2],
    ['investigate', 4],
    ['problem', 2],
    ['immediately', 5],
    ['please', 1],
    ['service', 2],
    ['customer', 3],
    ['table', 2],
    ['walked', 1],
    ['wanted', 2],
    ['makes', 1],
    ['boxes', 2],
    ["don't", 1],
  ])('en %s = %i', (w, n) => expect(syllablesEn(w)).toBe(n));

  it.each([
    ['die', 1],
    ['bearbeitung', 4],
    ['situation', 5],
    ['feuer', 2],
    ['bauer', 2],
    ['häuser', 2],
    ['zusätzliche', 4],
    ['informationen', 6],
    ['reklamation', 5],
    ['ihnen', 2],
    ['gern', 1],
  ])('de %s = %i', (w, n) => expect(syllablesDe(w)).toBe(n));
});

describe('readability per language (hand-computed)', () => {
  it('Flesch reading ease for English', () => {
    // 10 words, 2 sentences, 22 syllables:
    // We(1) will(1) in-ves-ti-gate(4) the(1) prob-lem(2) im-me-di-ate-ly(5). Please(1) con-tact(2) cus-to-mer(3) ser-vice(2).
    // 206.835 − 1.015·(10/2) − 84.6·(22/10) = 206.835 − 5.075 − 186.12 = 15.64
    const p = toneProfile('We will investigate the problem immediately. Please contact customer service.', 'en');
    expect(p.stats).toMatchObject({ words: 10, sentences: 2, syllables: 22 });
    expect(p.readability.measure).toBe('flesch');
    expect(p.readability.score).toBeCloseTo(15.64, 2);
    expect(p.readability.level01).toBeCloseTo(0.156, 3);
    // 9 words, 2 sentences, 10 syllables: 206.835 − 4.5675 − 94 = 108.27 → level 1
    const easy = toneProfile('The cat sat on the mat. It was happy.', 'en');
    expect(easy.readability.score).toBeCloseTo(108.27, 2);
    expect(easy.readability.level01).toBe(1);
  });

  it('Amstad for German', () => {
    // 7 words, 2 sentences, 9 syllables: Das(1) ist(1) gut(1). Wir(1) hel-fen(2) Ih-nen(2) gern(1).
    // 180 − 3.5 − 58.5·9/7 = 101.29
    const easy = toneProfile('Das ist gut. Wir helfen Ihnen gern.', 'de');
    expect(easy.stats).toMatchObject({ words: 7, sentences: 2, syllables: 9 });
    expect(easy.readability.measure).toBe('amstad');
    expect(easy.readability.score).toBeCloseTo(101.29, 2);
    expect(easy.readability.level01).toBe(1);
    // 7 words, 1 sentence, 25 syllables: Die(1) Be-ar-bei-tung(4) Ih-rer(2) Re-kla-ma-ti-on(5) er-for-dert(3)
    // zu-sätz-li-che(4) In-for-ma-ti-o-nen(6). 180 − 7 − 58.5·25/7 = −35.93
    const hard = toneProfile('Die Bearbeitung Ihrer Reklamation erfordert zusätzliche Informationen.', 'de');
    expect(hard.stats).toMatchObject({ words: 7, sentences: 1, syllables: 25 });
    expect(hard.readability.score).toBeCloseTo(-35.93, 2);
    expect(hard.readability.level01).toBe(0);
    // Both: 14 words, 3 sentences, 34 syllables: 180 − 14/3 − 58.5·34/14 = 33.26
    const both = toneProfile(
      'Das ist gut. Wir helfen Ihnen gern. Die Bearbeitung Ihrer Reklamation erfordert zusätzliche Informationen.',
      'de',
    );
    expect(both.readability.score).toBeCloseTo(33.26, 2);
    expect(both.readability.level01).toBeCloseTo(0.333, 3);
  });

  it('LIX for Swedish', () => {
    // 7 words, 2 sentences, 2 long words (meddelande, återkommer): 3.5 + 100·2/7 = 32.07
    const p = toneProfile('Tack för ditt meddelande. Vi återkommer snart.', 'sv');
    expect(p.stats).toMatchObject({ words: 7, sentences: 2, longWords: 2 });
    expect(p.readability.measure).toBe('lix');
    expect(p.readability.score).toBeCloseTo(32.07, 2);
    // (60 − 32.07) / 40 = 0.698
    expect(p.readability.level01).toBeCloseTo(0.698, 3);
  });

  it('treats an empty text as easy and clamps level01', () => {
    expect(readabilityFrom('en', 0, 0, 0, 0)).toEqual({ measure: 'flesch', score: 100, level01: 1 });
    expect(readabilityFrom('sv', 0, 0, 0, 0)).toEqual({ measure: 'lix', score: 0, level01: 1 });
    expect(readabilityFrom('sv', 10, 1, 0, 10).level01).toBe(0);
  });
});
