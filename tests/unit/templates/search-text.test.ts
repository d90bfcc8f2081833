import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../fast-check-seed';
import { fold, words } from '../../../src/core/templates/search-text';

// The straightforward implementation words() replaced (fold the whole text, drop invisible
// characters, then split): the one-pass version must give the same words.
const MAX_WORD = 32;
/** Combining marks (dropped) and the letters spelled out below, in one pass. */
const FOLDED = /\p{M}+|[ßæøœł]/gu;
const LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l' };
/** Invisible characters that would split or disguise a word ("sor\u200Bry"). */
const INVISIBLE = /[\u00AD\u034F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Lower case, no accents or other combining marks, ß → ss, æ/ø/œ kept readable. */
function simpleFold(text: string): string {
  const lower = text.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  return lower.normalize('NFKD').replace(FOLDED, (m) => LETTERS[m] ?? '');
}

/** Per BMP code unit: 0 not looked up yet, 1 letter or digit, 2 neither. */
const WORD_UNIT = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  let k = WORD_UNIT[c]!;
  if (!k) WORD_UNIT[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** Words of a text, folded; `max` bounds how much text is read. */
function simpleWords(text: string, max = 4000): string[] {
  const slice = text.length > max ? text.slice(0, max) : text;
  let folded = simpleFold(slice);
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(folded)) folded = folded.replace(INVISIBLE, '');
  const out: string[] = [];
  const n = folded.length;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    let word = false;
    if (i < n) {
      const c = folded.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        // Astral letters (e.g. some CJK, historic scripts): test the whole code point.
        const cp = folded.codePointAt(i)!;
        if (LETTER_OR_DIGIT.test(String.fromCodePoint(cp))) {
          if (start < 0) start = i;
          i++;
          continue;
        }
      } else word = isWordUnit(c);
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(i - start > MAX_WORD ? folded.slice(start, start + MAX_WORD) : folded.slice(start, i));
      start = -1;
    }
  }
  return out;
}


const awkward = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc
    .array(
      fc.constantFrom(
        'a', 'Z', '7', ' ', '-', '.', 'Störung', 'STRASSE', 'Straße', 'ẞ', 'Æble', 'øl', 'Œuvre', 'Łódź', 'İstanbul', 'ǣ', 'e\u0301', '\u0301',
        '\u0338', '½', 'ﬁ', 'K', '\u00AD', '\u034F', '\u200B', '\u202E', '\u2066', '\uFEFF', '\uD83D', '\uDE00', '😀', '𝐀', '𝒶', '\u{1D165}',
        '中文', 'ΣΑΣ', 'x'.repeat(40), 'ö'.repeat(20),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join('')),
);

describe('template words', () => {
  it('fold and words agree with the plain implementation', () => {
    fc.assert(
      fc.property(awkward, fc.constantFrom(4000, 10, Infinity), (text, max) => {
        expect(fold(text)).toBe(simpleFold(text));
        expect(words(text, max)).toEqual(simpleWords(text, max));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['Die Störung ist behoben', ['die', 'storung', 'ist', 'behoben']],
    ['sor\u200Bry, STRASSE/Straße', ['sorry', 'strasse', 'strasse']],
    ['ﬁx ½ Łódź', ['fix', '1', '2', 'lodz']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});
