import { tagTokens } from '../text/pos';
import { translate } from '../text/regex';

/**
 * Title and sentence case as Vale's capitalization rule computes them (after prose's strcase):
 * convert the text, then count how many of its words already match the conversion.
 */

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'en', 'for', 'if', 'in', 'nor', 'of', 'on', 'or', 'per', 'the', 'to', 'vs', 'vs.', 'via', 'v', 'v.']);
const PREPOSITIONS = new Set(['with', 'from', 'into', 'during', 'including', 'until', 'against', 'among', 'throughout', 'despite', 'towards', 'upon', 'concerning', 'about', 'over', 'through', 'before', 'between', 'after', 'since', 'without', 'under', 'within', 'along', 'following', 'across', 'beyond', 'around', 'down', 'near', 'above']);

const SPLIT = /[\p{N}\p{L}]+[^\s\-/]*/gu;
const WORDS = /[\p{N}\p{L}*]+\S*/gu;

export interface CaseOptions {
  /** Exceptions (words or patterns) whose case is kept as written. */
  vocab: readonly string[];
  vocabRes: ReadonlyArray<RegExp | null>;
  prefix: RegExp | null;
  /** Suffixes after which the next word may be capitalised ($sentence); default ":". */
  indicators: readonly string[] | null;
}

function inVocab(word: string, opts: CaseOptions): string | null {
  for (let i = 0; i < opts.vocab.length; i++) {
    const v = opts.vocab[i]!;
    if (v.toLowerCase() === word.toLowerCase()) return v;
    const re = opts.vocabRes[i];
    if (re) {
      re.lastIndex = 0;
      if (re.test(word)) return word;
    }
  }
  return null;
}

function splitPrefix(s: string, prefix: RegExp | null): [string, string] {
  if (!prefix) return ['', s];
  prefix.lastIndex = 0;
  const m = prefix.exec(s);
  return m && m.index === 0 ? [m[0], s.slice(m[0].length)] : ['', s];
}

/** Upper-case the first character; with `lowerRest`, lower-case the others. */
export function toTitle(word: string, lowerRest: boolean): string {
  const first = String.fromCodePoint(word.codePointAt(0)!);
  const rest = word.slice(first.length);
  return first.toUpperCase() + (lowerRest ? rest.toLowerCase() : rest);
}

const SANITIZE: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'", '–': '-', '—': '-', '…': '.' };

export function titleCase(input: string, style: 'AP' | 'Chicago', opts: CaseOptions): string {
  const [prefix, s] = splitPrefix(input, opts.prefix);
  const t = [...s].map((c) => SANITIZE[c] ?? c).join('');
  const words = [...s.matchAll(SPLIT)];
  const tags = tagTokens(words.map((m) => ({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length })));
  const at = (i: number) => (i >= 0 && i < t.length ? t[i] : '');
  let out = '';
  let last = 0;
  words.forEach((m, widx) => {
    const word = m[0];
    const lower = word.toLowerCase();
    const pos = m.index;
    const end = pos + word.length;
    out += s.slice(last, pos);
    last = end;
    const vocab = inVocab(word, opts);
    if (vocab !== null) {
      out += vocab;
      return;
    }
    const bounding = pos === 0 || end === t.length;
    let ignore: boolean;
    if (style === 'AP' && lower === 'to' && widx + 1 < tags.length) ignore = tags[widx + 1]!.tag.startsWith('NN');
    else ignore = !bounding && (SMALL_WORDS.has(lower) || (style === 'Chicago' && PREPOSITIONS.has(lower)));
    const prev = at(pos - 1);
    if (ignore && (prev === ' ' || prev === '-' || prev === '/') && at(pos - 2) !== ':' && at(pos - 2) !== '-' && (at(end) !== '-' || at(pos - 1) === '-')) {
      out += lower;
    } else out += toTitle(word, false);
  });
  return prefix + out + s.slice(last);
}

function isIndicator(word: string, idx: number, opts: CaseOptions): boolean {
  if (idx === 0 && /\d+\./.test(word)) return true;
  const suffixes = opts.indicators ?? [':'];
  return suffixes.some((sf) => word.endsWith(sf));
}

export function sentenceCase(input: string, opts: CaseOptions): string {
  const [prefix, s] = splitPrefix(input, opts.prefix);
  const tokens = tokensOf(s, opts.vocab, true);
  const made = tokens.map((token, i) => {
    const vocab = inVocab(token, opts);
    if (vocab !== null) return vocab;
    if (i === 0 || isIndicator(tokens[i - 1]!, i - 1, opts)) return toTitle(token, true);
    return token.toLowerCase();
  });
  return prefix + made.join(' ');
}

/** Words as Vale splits them, exception phrases kept whole. */
function tokensOf(s: string, exceptions: readonly string[], ignoreCase: boolean): string[] {
  if (!exceptions.length) return [...s.matchAll(WORDS)].map((m) => m[0]);
  const escaped = [...exceptions].sort((a, b) => b.length - a.length).map(escapeLiteralOrPattern);
  let re: RegExp;
  try {
    re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})(?![\\p{L}\\p{N}_])|[\\p{N}\\p{L}*]+\\S*`, 'gu' + (ignoreCase ? 'i' : ''));
  } catch {
    re = WORDS;
  }
  return [...s.matchAll(re)].map((m) => m[0]).filter(Boolean);
}

function escapeLiteralOrPattern(e: string): string {
  const t = translate(e);
  return 'error' in t ? e.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&') : t.source;
}

function ratio(observed: string[], expected: string[], except: (w: string) => boolean, upperOk: boolean, firstStrict: boolean): number | false {
  let count = 0;
  let words = 0;
  for (let i = 0; i < observed.length; i++) {
    const w = observed[i]!;
    if (i >= expected.length || w === expected[i] || except(w)) count++;
    else if (upperOk && w === w.toUpperCase()) count++;
    else if (firstStrict && i === 0 && w !== goTitle(w.toLowerCase())) return false;
    words++;
  }
  return words === 0 ? 1 : count / words;
}

/** Go's strings.Title: upper-case every letter after a separator (ASCII punctuation or space). */
function goTitle(s: string): string {
  return s.replace(/(^|[\s!-/:-@[-^`{-~])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

export function checkTitle(s: string, style: 'AP' | 'Chicago', opts: CaseOptions, threshold: number, except: (w: string) => boolean): { expected: string; ok: boolean } {
  const expected = titleCase(s, style, opts);
  const r = ratio(tokensOf(s, opts.vocab, false), tokensOf(expected, opts.vocab, false), except, true, false);
  return { expected, ok: r !== false && r >= threshold };
}

export function checkSentence(s: string, opts: CaseOptions, threshold: number, except: (w: string) => boolean): { expected: string; ok: boolean } {
  const expected = sentenceCase(s, opts);
  const r = ratio(tokensOf(s, opts.vocab, false), tokensOf(expected, opts.vocab, false), except, false, true);
  return { expected, ok: r !== false && r >= threshold };
}
