/**
 * Character classes shared by the regex translator and the combined matcher, so that a word
 * boundary means the same thing in both.
 *
 * A "word character" is a letter, a combining mark, a number, connector punctuation (`_`) or a
 * zero-width (non-)joiner. This is .NET's `\w` (Vale's regexp2) widened to all marks and numbers:
 * it keeps "möchte", "café" written with a combining accent, and "Malmö" whole, where Go's ASCII
 * `\w` would split them.
 */
export const WORD_CLASS_ITEMS = '\\p{L}\\p{M}\\p{N}\\p{Pc}\\u200C\\u200D';
export const WORD_CLASS = `[${WORD_CLASS_ITEMS}]`;

const WORD_RE = new RegExp(`^${WORD_CLASS}$`, 'u');
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_WORD[c] = /[A-Za-z0-9_]/.test(ch) ? 1 : 0;
}

/** Whether the code point is a word character. */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  return WORD_RE.test(String.fromCodePoint(cp));
}

/**
 * One flag per UTF-16 unit of `text[from, to)`: 1 when the code point it belongs to is a word
 * character (both halves of a surrogate pair get the same flag).
 */
export function wordFlags(text: string, from = 0, to = text.length): Uint8Array {
  const out = new Uint8Array(to - from);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      out[i - from] = ASCII_WORD[c]!;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const w = isWordCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) ? 1 : 0;
        out[i - from] = w;
        out[i + 1 - from] = w;
        i++;
        continue;
      }
    }
    out[i - from] = isWordCodePoint(c) ? 1 : 0;
  }
  return out;
}

// Simple case folds that lower-casing misses (Unicode CaseFolding.txt, status C/S).
const EXTRA_FOLD: Record<string, string> = {
  '\u03C2': '\u03C3', // final sigma
  '\u017F': 's', // long s
  '\u03D0': '\u03B2',
  '\u03D1': '\u03B8',
  '\u03D5': '\u03C6',
  '\u03D6': '\u03C0',
  '\u03F0': '\u03BA',
  '\u03F1': '\u03C1',
  '\u03F5': '\u03B5',
  '\u1FBE': '\u03B9',
  '\u1E9B': '\u1E61',
};

const EXTRA_FOLD_RE = new RegExp(`[${Object.keys(EXTRA_FOLD).join('')}]`, 'u');
const foldCache = new Map<number, string>();

/**
 * Fold one code point for case-insensitive comparison. The result always has the same UTF-16
 * length as the input, so offsets into folded text are offsets into the original.
 */
export function foldChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp < 128) return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : ch;
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out = EXTRA_FOLD[ch] ?? ch.toLowerCase();
  if (out.length !== ch.length) out = ch;
  foldCache.set(cp, out);
  return out;
}

/** Case-fold a string, keeping every code point's UTF-16 length (offsets stay valid). */
export function foldText(text: string, from = 0, to = text.length): string {
  let ascii = true;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text.slice(from, to).toLowerCase();
  const slice = text.slice(from, to);
  const lower = slice.toLowerCase();
  if (lower.length === slice.length && !EXTRA_FOLD_RE.test(lower)) return lower;
  let out = '';
  for (let i = from; i < to; ) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    out += foldChar(text.slice(i, i + len));
    i += len;
  }
  return out;
}

const variantCache = new Map<string, string[]>();

/** The case variants a regex with the `i` flag would accept for this character (itself included). */
export function caseVariants(ch: string): string[] {
  let cached = variantCache.get(ch);
  if (!cached) {
    cached = computeVariants(ch);
    if (variantCache.size < 50_000) variantCache.set(ch, cached);
  }
  return cached;
}

function computeVariants(ch: string): string[] {
  const set = new Set<string>([ch]);
  for (const v of [ch.toLowerCase(), ch.toUpperCase(), foldChar(ch)]) {
    if ([...v].length === 1) set.add(v);
  }
  for (const [from, to] of Object.entries(EXTRA_FOLD)) {
    if (set.has(to) || set.has(from)) {
      set.add(from);
      set.add(to);
      set.add(to.toUpperCase());
    }
  }
  if (set.has('ß') || set.has('ẞ')) {
    set.add('ß');
    set.add('ẞ');
  }
  if (set.has('k')) set.add('\u212A');
  if (set.has('å')) set.add('\u212B');
  return [...set].filter((v) => [...v].length === 1);
}

/** Code points that extend the grapheme before them: marks, joiners, variation selectors, skin tones, tags. */
const EXTENDER = /^[\p{M}\u200D\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]$/u;

/**
 * Widen [start, end) so it does not split a surrogate pair or leave a combining mark, joiner,
 * variation selector or skin-tone modifier orphaned right after it.
 */
export function snapSpan(text: string, start: number, end: number): [number, number] {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  if (e >= text.length || text.charCodeAt(e) < 0x300) {
    if ((s === 0 || text.charCodeAt(s) < 0xdc00 || text.charCodeAt(s) > 0xdfff) && (e === 0 || text.charCodeAt(e - 1) < 0xd800 || text.charCodeAt(e - 1) > 0xdbff)) return [s, e];
  }
  if (s > 0 && isLow(text.charCodeAt(s)) && isHigh(text.charCodeAt(s - 1))) s--;
  if (e > 0 && e < text.length && isLow(text.charCodeAt(e)) && isHigh(text.charCodeAt(e - 1))) e++;
  if (e === s) return [s, e];
  for (let guard = 0; e < text.length && guard < 64; guard++) {
    const cp = text.codePointAt(e)!;
    const ch = String.fromCodePoint(cp);
    if (!EXTENDER.test(ch)) break;
    e += ch.length;
    if (cp === 0x200d && e < text.length) e += String.fromCodePoint(text.codePointAt(e)!).length;
  }
  return [s, e];
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
