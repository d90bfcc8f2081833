import type { Blanker } from './blank';

/**
 * Inline code spans in [from, to): blanked whole, backticks included. Runs first, so nothing
 * inside code is taken for a comment, a link or emphasis.
 */
export function blankCodeSpans(doc: Blanker, from: number, to: number): void {
  const c = doc.chars;
  let i = from;
  while (i < to) {
    if (c[i] === '\\') {
      i += 2;
      continue;
    }
    if (c[i] !== '`') {
      i++;
      continue;
    }
    const open = runLength(c, i, to, '`');
    const close = findRun(c, i + open, to, open);
    if (close < 0) {
      i += open;
      continue;
    }
    doc.blank(i, close + open);
    i = close + open;
  }
}

function runLength(c: string[], i: number, to: number, ch: string): number {
  let n = 0;
  while (i + n < to && c[i + n] === ch) n++;
  return n;
}

function findRun(c: string[], i: number, to: number, len: number): number {
  while (i < to) {
    if (c[i] === '`') {
      const n = runLength(c, i, to, '`');
      if (n === len) return i;
      i += n;
    } else i++;
  }
  return -1;
}

/** HTML comments anywhere, and everything between `<!-- vale off -->` and `<!-- vale on -->`. */
export function blankComments(doc: Blanker): void {
  const text = doc.toString();
  const re = /<!--([\s\S]*?)-->/g;
  let offFrom = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[1]!.trim();
    if (/^vale\s+off$/i.test(body) && offFrom < 0) offFrom = m.index;
    doc.blank(m.index, m.index + m[0].length);
    if (/^vale\s+on$/i.test(body) && offFrom >= 0) {
      doc.blank(offFrom, m.index);
      offFrom = -1;
    }
  }
  if (offFrom >= 0) doc.blank(offFrom, text.length);
  // What is left is an unclosed comment: it hides the rest of the document, as in HTML.
  const open = doc.toString().indexOf('<!--');
  if (open >= 0) doc.blank(open, text.length);
}

const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/g;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const INLINE_LINK =
  /(!?)\[((?:[^[\]\\]|\\.|\[[^\]]*\])*)\]\(\s*(?:<[^>\n]*>|(?:[^()\s\\]|\\.|\([^()\s]*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const REF_LINK = /(!?)\[((?:[^[\]\\]|\\.)+)\]\[([^\]]*)\]/g;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?"')\]]/g;

/**
 * Links keep their text; URLs become spaces; tags, link syntax, emphasis delimiters and escape
 * backslashes are removed (blanked, and left out of the compact text).
 */
export function blankInlineMarkup(doc: Blanker, from: number, to: number): void {
  eachMatch(doc, from, to, AUTOLINK, (s, m) => doc.blank(s, s + m[0].length));
  eachMatch(doc, from, to, HTML_TAG, (s, m) => (/^<br\b/i.test(m[0]) ? doc.blank(s, s + m[0].length) : doc.remove(s, s + m[0].length)));
  for (const re of [INLINE_LINK, REF_LINK]) {
    eachMatch(doc, from, to, re, (s, m) => {
      const textStart = s + m[1]!.length + 1;
      const textEnd = textStart + m[2]!.length;
      doc.remove(s, textStart);
      doc.remove(textEnd, s + m[0].length);
    });
  }
  eachMatch(doc, from, to, BARE_URL, (s, m) => doc.blank(s, s + m[0].length));
  blankDelimiters(doc, from, to);
  blankEscapes(doc, from, to);
}

function eachMatch(doc: Blanker, from: number, to: number, re: RegExp, fn: (start: number, m: RegExpExecArray) => void) {
  const text = doc.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) fn(from + m.index, m);
}

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;

/** `\*` shows a literal `*`: drop the backslash; a backslash at the end of a line is a break. */
function blankEscapes(doc: Blanker, from: number, to: number): void {
  const c = doc.chars;
  for (let i = from; i < to; i++) {
    if (c[i] !== '\\') continue;
    const next = c[i + 1];
    if (next !== undefined && (ASCII_PUNCT.test(next) || next === '\n' || next === '\r')) {
      doc.remove(i, i + 1);
      i++;
    }
  }
}

const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;
const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Emphasis (`*`, `_`) and strikethrough (`~~`) delimiter runs that can open or close
 * (CommonMark's flanking rules), so "**the** the" reads as "the the". A lone `*` between
 * spaces (as in "2 * 3") is kept; `_` inside a word (snake_case) is kept.
 */
function blankDelimiters(doc: Blanker, from: number, to: number): void {
  const c = doc.chars;
  let i = from;
  while (i < to) {
    const ch = c[i]!;
    if (ch !== '*' && ch !== '_' && ch !== '~') {
      i++;
      continue;
    }
    if (c[i - 1] === '\\' && c[i - 2] !== '\\') {
      i++; // escaped: a literal character
      continue;
    }
    const n = runLength(c, i, to, ch);
    if (ch === '~' && n !== 2) {
      i += n;
      continue;
    }
    const before = i > 0 ? c[i - 1]! : ' ';
    const after = i + n < c.length ? c[i + n]! : ' ';
    const left = !SPACE.test(after) && (!PUNCT.test(after) || SPACE.test(before) || PUNCT.test(before));
    const right = !SPACE.test(before) && (!PUNCT.test(before) || SPACE.test(after) || PUNCT.test(after));
    const intraword = ALNUM.test(before) && ALNUM.test(after);
    if ((left || right) && !(ch === '_' && intraword)) doc.remove(i, i + n);
    i += n;
  }
}
