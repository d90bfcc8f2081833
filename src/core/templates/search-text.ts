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

const LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l' };
const SPELLED = /[ßæøœł]/g;
const MARKS = /\p{M}+/gu;
/** Invisible characters that would split or disguise a word ("sor\u200Bry"). */
const INVISIBLE = /[\u00AD\u034F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, no accents or other combining marks, ß → ss, æ/ø/œ kept readable. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  const bare = lower.normalize('NFKD').replace(MARKS, '');
  return bare.replace(SPELLED, (m) => LETTERS[m]!);
}

/** How `words` treats a UTF-16 unit of folded text. */
const UNKNOWN = 0;
const WORD = 1;
const SEPARATOR = 2;
/** Combining marks and invisible characters: dropped, so they neither split nor show in a word. */
const DROPPED = 3;
/** ß, æ, ø, œ, ł: part of a word, spelled out. */
const SPELLED_OUT = 4;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const UNIT_KIND = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) UNIT_KIND[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? WORD : SEPARATOR;

function kindOf(ch: string): number {
  if (MARK.test(ch) || INVISIBLE.test(ch)) return DROPPED;
  if (LETTERS[ch]) return SPELLED_OUT;
  return LETTER_OR_DIGIT.test(ch) ? WORD : SEPARATOR;
}

function unitKind(c: number): number {
  let k = UNIT_KIND[c]!;
  if (k === UNKNOWN) UNIT_KIND[c] = k = kindOf(String.fromCharCode(c));
  return k;
}

/** Words of a text, folded; `max` bounds how much text is read. */
export function words(text: string, max = MAX_MATCH_TEXT): string[] {
  const out: string[] = [];
  const scan = new WordScanner();
  scan.reset(text, max);
  while (scan.next()) out.push(scan.src.slice(scan.start, scan.end));
  return out;
}

/**
 * Each word of a text, folded (`fold`, without invisible characters), as `src.slice(start, end)`
 * without making that string: one pass over the decomposed text, where a word is a slice unless
 * marks were dropped or letters spelled out inside it (then `src` is that word alone). A cursor
 * rather than a callback: compiling a large pack's index visits hundreds of thousands of words, and
 * a loop over `next()` keeps that free of closures and calls through a function value.
 */
export class WordScanner {
  /** The current word is `src.slice(start, end)`. */
  src = '';
  start = 0;
  end = 0;
  private text = '';
  private at = 0;

  reset(text: string, max: number): void {
    const lower = (text.length > max ? text.slice(0, max) : text).toLowerCase();
    this.text = NON_ASCII.test(lower) ? lower.normalize('NFKD') : lower;
    this.at = 0;
  }

  /** Move to the next word; false at the end of the text. */
  next(): boolean {
    const src = this.text;
    const n = src.length;
    let start = -1; // start of the current run of plain word units
    let built: string | null = null; // the word so far, when it is not one slice
    let i = this.at;
    for (; i < n; i++) {
      const c = src.charCodeAt(i);
      let kind: number;
      let len = 1;
      if (c < 128) kind = UNIT_KIND[c]!;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        // Astral letters (e.g. some CJK, historic scripts) and marks: classify the whole code point.
        const cp = src.codePointAt(i)!;
        if (cp > 0xffff) len = 2;
        kind = kindOf(String.fromCodePoint(cp));
      } else kind = unitKind(c);
      if (kind === WORD) {
        if (start < 0) start = i;
      } else if (kind === SEPARATOR) {
        if (start >= 0 || built !== null) break;
      } else if (start >= 0 || kind === SPELLED_OUT) {
        // A dropped or spelled-out unit inside or next to a word: the word goes on around it.
        built = (built ?? '') + (start >= 0 ? src.slice(start, i) : '') + (kind === SPELLED_OUT ? LETTERS[src[i]!]! : '');
        start = -1;
      }
      i += len - 1;
    }
    this.at = i;
    if (built !== null) {
      const word = start >= 0 ? built + src.slice(start, i) : built;
      this.src = word;
      this.start = 0;
      this.end = Math.min(word.length, MAX_WORD);
      return true;
    }
    if (start < 0) return false;
    this.src = src;
    this.start = start;
    this.end = Math.min(i, start + MAX_WORD);
    return true;
  }
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
