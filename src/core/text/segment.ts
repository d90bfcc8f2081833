/** A slice of the draft with its UTF-16 offset. */
export interface Segment {
  text: string;
  start: number;
}

/** Paragraphs are separated by blank lines. */
export function paragraphs(text: string): Segment[] {
  const out: Segment[] = [];
  const re = /\n[ \t]*\n+/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), start: last });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), start: last });
  return out;
}

const sentenceSegmenters = new Map<string, Intl.Segmenter>();

export function sentences(text: string, locale = 'en'): Segment[] {
  let seg = sentenceSegmenters.get(locale);
  if (!seg) {
    seg = new Intl.Segmenter(locale, { granularity: 'sentence' });
    sentenceSegmenters.set(locale, seg);
  }
  const out: Segment[] = [];
  for (const s of seg.segment(text)) {
    if (s.segment.trim()) out.push({ text: s.segment, start: s.index });
  }
  return out;
}

export function scopeSegments(text: string, scope: string | undefined, locale: string): Segment[] {
  if (scope === 'sentence') return sentences(text, locale);
  if (scope === 'paragraph') return paragraphs(text);
  return [{ text, start: 0 }];
}

/** Number of code points, which is what people and most sites count as characters. */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** A span of the draft: UTF-16 offsets [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * Sentences of text[start, end), trimmed, as spans of the whole text. A fast rule-based splitter
 * after Unicode's sentence rules (UAX #29, as Intl.Segmenter applies them): a sentence ends after
 * "!" or "?" (and closing quotes or brackets), after "." unless the next letter is lower-case
 * ("e.g. this", "example.com") or a digit follows directly ("3.14"), and at every line break.
 * About ten times faster than Intl.Segmenter, which matters at one lint per keystroke.
 */
export function sentenceSpans(text: string, start: number, end: number, _locale = 'en'): Span[] {
  const out: Span[] = [];
  let s = start;
  const push = (a: number, b: number) => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  TERMINATOR.lastIndex = start;
  for (let m = TERMINATOR.exec(text); m && m.index < end; m = TERMINATOR.exec(text)) {
    if (m[0] === '\n' || m[0] === '\r' || m[0] === '\u2029' || m[0] === '\u2028') {
      push(s, m.index + 1);
      s = m.index + 1;
      continue;
    }
    const termEnd = Math.min(end, m.index + m[1]!.length + m[2]!.length);
    const after = Math.min(end, termEnd + m[3]!.length);
    if (after >= end) break;
    if (/^[.\u2024\uFE52\uFF0E]+$/.test(m[1]!)) {
      // "." only: no break before a lower-case letter, nor inside a number or a name like "U.S.".
      if (after === termEnd && (DIGIT.test(text[termEnd]!) || LETTER.test(text[termEnd]!))) continue;
      let k = after;
      while (k < end && !LETTER.test(text[k]!) && !isBreakChar(text.charCodeAt(k))) k++;
      if (k < end && LOWER.test(text[k]!)) continue;
    } else if (after === termEnd && LETTER.test(text[termEnd] ?? '') && /[.]$/.test(m[1]!)) continue;
    push(s, after);
    s = after;
  }
  push(s, end);
  return out;
}

const TERMINATOR = /([.!?\u203C\u2047-\u2049\u3002\uFF01\uFF1F\u2024\uFE52\uFF0E]+)(["'\u201D\u2019\u00BB)\]]*)([ \t\u00A0]*)|[\n\r\u2028\u2029]/g;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;

function isBreakChar(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 33 || c === 63;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
}

/** Number of sentences Intl.Segmenter finds in a string. */
export function sentenceCount(text: string, locale = 'en'): number {
  return sentenceSpans(text, 0, text.length, locale).length;
}
