/**
 * Word handling for template search and ranking: fold case and accents so "störung" finds
 * "Störung" and "storung", split into words, and a crude stem so "delivered" meets "delivery".
 * Deliberately simple and language-neutral: it only has to order a few dozen to a few thousand
 * short templates, and it must be cheap on every keystroke.
 */

/** Longest text looked at when matching a comment or query against templates. */
export const MAX_MATCH_TEXT = 4000;
/** Words longer than this are cut (a 10 kB "word" of base64 is not a word). */
const MAX_WORD = 32;
/** Prefix length used as the stem when comparing comment words with template words. */
export const STEM_LENGTH = 5;

/** Combining marks (dropped) and the letters spelled out below, in one pass. */
const FOLDED = /\p{M}+|[ßæøœł]/gu;
const LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l' };
/** Invisible characters that would split or disguise a word ("sor\u200Bry"). */
const INVISIBLE = /[\u00AD\u034F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Lower case, no accents or other combining marks, ß → ss, æ/ø/œ kept readable. */
export function fold(text: string): string {
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
export function words(text: string, max = MAX_MATCH_TEXT): string[] {
  const slice = text.length > max ? text.slice(0, max) : text;
  let folded = fold(slice);
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

export function stem(word: string): string {
  return word.length > STEM_LENGTH ? word.slice(0, STEM_LENGTH) : word;
}

/**
 * Function words in the starter languages that say nothing about what a comment is about.
 * Weighting by rarity already discounts them; dropping them keeps the postings short.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    // en
    'a an and are as at be been but by can could did do does for from had has have hi hello hey how i if in ' +
    'is it its just me my no not of on or our so than that the their them then there they this to too us ' +
    'was we were what when where which who why will with would you your yours im dont cant its thats ' +
    // de
    'aber als am an auch auf aus bei bin bis bitte da das dass dem den der des die dir du ein eine einem ' +
    'einen einer es fur hallo hast hat ich ihr ihre im in ist ja mal mich mir mit nach nicht noch nur oder ' +
    'schon sein sich sie sind so und uns unser vom von vor war was wie wir zu zum zur ' +
    // sv
    'att av de den det du en ett for fran har hej i inte jag man med mig min mitt nar ni och om pa sa ' +
    'som till var vi vad ar er era dig din ditt hos'
  ).split(' '),
);

/**
 * True when `a` and `b` differ by at most one insertion, deletion, substitution or swap of two
 * neighbouring letters. O(length); used for typo tolerance on short queries.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    // substitution, or transposition of i and i+1
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
