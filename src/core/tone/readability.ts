import type { Readability, ReadabilityMeasure, ToneLocale } from './types';

const isEnVowel = (c: number): boolean => c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;

/**
 * English syllables by vowel groups (a e i o u, and y after the first letter), minus a silent final
 * "e" (but not consonant + "le"), a silent "-ed" (not after t/d) and a silent "-es" (not after
 * s, x, z, c, g, h). Words of up to three letters have one syllable. Always ≥ 1.
 * `w` is a lowercase key; characters other than a–z are ignored.
 */
export function syllablesEn(w: string): number {
  let n = 0;
  let letters = 0;
  let prevVowel = false;
  // last three letters, most recent first
  let l1 = 0;
  let l2 = 0;
  let l3 = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) {
      continue;
    }
    const v = c === 121 ? letters > 0 : isEnVowel(c);
    if (v && !prevVowel) n++;
    prevVowel = v;
    letters++;
    l3 = l2;
    l2 = l1;
    l1 = c;
  }
  if (letters <= 3) return 1;
  if (n > 1) {
    if (l1 === 101 /* e */) {
      const consonantLe = l2 === 108 /* l */ && !isEnVowel(l3);
      if (!consonantLe && !isEnVowel(l2)) n--;
    } else if (l1 === 100 /* d */ && l2 === 101 && !isEnVowel(l3) && l3 !== 116 && l3 !== 100) {
      n--;
    } else if (
      l1 === 115 /* s */ &&
      l2 === 101 &&
      !isEnVowel(l3) &&
      l3 !== 115 &&
      l3 !== 120 &&
      l3 !== 122 &&
      l3 !== 99 &&
      l3 !== 103 &&
      l3 !== 104
    ) {
      n--;
    }
  }
  return n < 1 ? 1 : n;
}

const isDeVowel = (c: number): boolean =>
  c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121 || c === 0xe4 || c === 0xf6 || c === 0xfc;

/** Vowel pairs read as one syllable in German: diphthongs and long vowels. */
function deOneSyllable(a: number, b: number): boolean {
  switch (a) {
    case 101: // e: ei, eu, ey, ee
      return b === 105 || b === 117 || b === 121 || b === 101;
    case 105: // ie
      return b === 101;
    case 97: // a: au, ai, ay, aa
      return b === 117 || b === 105 || b === 121 || b === 97;
    case 0xe4: // äu
      return b === 117;
    case 111: // oo
      return b === 111;
    default:
      return false;
  }
}

/**
 * German syllables: each vowel (a e i o u y ä ö ü) starts a syllable, except that the second
 * letter of a diphthong or long vowel (ei, ie, eu, äu, au, ai, ey, ay, aa, ee, oo) does not.
 * So "Bearbeitung" = Be-ar-bei-tung (4), "Situation" = Si-tu-a-ti-on (5), "Feuer" = Feu-er (2).
 */
export function syllablesDe(w: string): number {
  let n = 0;
  let prev = 0; // previous letter if it was a vowel that has not yet been paired
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!isDeVowel(c)) {
      prev = 0;
      continue;
    }
    if (prev !== 0 && deOneSyllable(prev, c)) {
      prev = 0; // the pair is complete; a third vowel starts a new syllable
      continue;
    }
    n++;
    prev = c;
  }
  return n < 1 ? 1 : n;
}

/** Letters (not apostrophes) in a key — LIX counts words of more than six letters as long. */
export function letterCount(w: string): number {
  let n = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 39) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    n++;
  }
  return n;
}

export function measureFor(locale: ToneLocale): ReadabilityMeasure {
  return locale === 'de' ? 'amstad' : locale === 'sv' ? 'lix' : 'flesch';
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * The locale's own readability measure from counts.
 * - Flesch (en): 206.835 − 1.015·(words/sentences) − 84.6·(syllables/words); level01 = score/100.
 * - Amstad (de): 180 − words/sentences − 58.5·(syllables/words); level01 = score/100.
 * - LIX (sv): words/sentences + 100·(long words/words); level01 = (60 − LIX)/40
 *   (LIX ≤ 20 very easy → 1, 40 medium → 0.5, ≥ 60 very hard → 0).
 * With no words the text counts as easy (Flesch/Amstad 100, LIX 0).
 */
export function readabilityFrom(
  locale: ToneLocale,
  words: number,
  sentences: number,
  syllables: number,
  longWords: number,
): Readability {
  const measure = measureFor(locale);
  if (words <= 0) {
    return { measure, score: measure === 'lix' ? 0 : 100, level01: 1 };
  }
  const wps = words / Math.max(1, sentences);
  if (measure === 'lix') {
    const score = wps + (100 * longWords) / words;
    return { measure, score, level01: clamp01((60 - score) / 40) };
  }
  const spw = syllables / words;
  const score = measure === 'amstad' ? 180 - wps - 58.5 * spw : 206.835 - 1.015 * wps - 84.6 * spw;
  return { measure, score, level01: clamp01(score / 100) };
}
