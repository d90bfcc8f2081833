import type { LexiconSource } from './lexicons/source';
import type { ToneLocale } from './types';

/** Internal dimension indices (readability is computed separately). */
export const D_SENTIMENT = 0;
export const D_FORMALITY = 1;
export const D_WARMTH = 2;
export const D_DEFENSIVE = 3;
export const D_JARGON = 4;
export const D_PROMO = 5;
export const D_ASSERT = 6;
export const D_HEDGE = 7;
export const N_DIMS = 8;

export interface Effect {
  dim: number;
  /** Signed weight. */
  w: number;
  /** Only at the start of a sentence or clause. */
  initial: boolean;
  /** Per-call repeat counter (gen = call number), so one phrase repeated counts at most MAX_REPEAT times. */
  gen: number;
  count: number;
}

export interface Entry {
  /** Tokens after the first. */
  rest: string[];
  initial: boolean;
  effects: Effect[];
}

export interface StemEntry {
  stem: string;
  effects: Effect[];
}

export interface Lexicon {
  locale: ToneLocale;
  /** False while the language's data has not been registered. */
  loaded: boolean;
  source: string;
  licence: string;
  /** First token → entries starting with it, longest first. */
  phrases: Map<string, Entry[]>;
  /** First STEM_KEY letters → stems. */
  stems: Map<string, StemEntry[]>;
  /** Single-word sentiment scores. */
  valence: Map<string, number>;
  negators: Set<string>;
  greetings: Set<string>;
  notNames: Set<string>;
  titles: Set<string>;
  addressFormal: Set<string>;
  addressInformal: Set<string>;
  addressFormalCapitalisedOnly: boolean;
  addressFormalWeight: number;
  addressInformalWeight: number;
  formalPronoun: string;
  informalPronoun: string;
  abbreviations: Set<string>;
  contractionSuffixes: string[];
  negationSuffix: string;
  avgWordLength: number;
}

export const STEM_KEY = 4;

/**
 * Lexicon data is registered, not imported here, so a bundle can carry only the languages it needs:
 * `src/core/tone/index.ts` registers en, de and sv up front; `src/core/tone/lazy.ts` loads one
 * language on demand (see `loadToneLexicon`).
 */
const SOURCES = new Map<ToneLocale, LexiconSource>();
const compiled = new Map<ToneLocale, Lexicon>();

/** Make a language's lexicon available (replaces an earlier one for the same language). */
export function registerToneLexicon(src: LexiconSource): void {
  SOURCES.set(src.locale, src);
  compiled.delete(src.locale);
}

export function hasToneLexicon(locale: ToneLocale): boolean {
  return SOURCES.has(locale);
}

/** Used until a language's lexicon is registered: no cues, so only structure and readability count. */
function emptySource(locale: ToneLocale): LexiconSource {
  return {
    locale,
    source: 'none (lexicon not loaded)',
    licence: '',
    sentiment: [],
    formal: '',
    informal: '',
    warm: '',
    cold: '',
    defensive: '',
    jargon: '',
    promotional: '',
    hedge: '',
    assertive: '',
    negators: '',
    greetings: '',
    notNames: '',
    titles: '',
    addressFormal: '',
    addressInformal: '',
    addressFormalCapitalisedOnly: false,
    addressFormalWeight: 0,
    addressInformalWeight: 0,
    formalPronoun: '',
    informalPronoun: '',
    abbreviations: '',
    contractionSuffixes: '',
    negationSuffix: '',
    avgWordLength: locale === 'de' ? 5.6 : locale === 'sv' ? 5.2 : 4.7,
  };
}

const LOCALE_SPLIT_RE = /[-_]/;

/** Map a BCP 47 tag to a lexicon language; unknown languages fall back to English. */
export function resolveToneLocale(locale: string): { locale: ToneLocale; fallback: boolean } {
  const primary = (typeof locale === 'string' ? locale : '').trim().toLowerCase().split(LOCALE_SPLIT_RE)[0] ?? '';
  if (primary === 'en' || primary === 'de' || primary === 'sv') return { locale: primary, fallback: false };
  return { locale: 'en', fallback: true };
}

/** The compiled lexicon for a language, built once on first use. */
export function getLexicon(locale: ToneLocale): Lexicon {
  let lex = compiled.get(locale);
  if (!lex) {
    const src = SOURCES.get(locale);
    lex = compileLexicon(src ?? emptySource(locale));
    lex.loaded = src !== undefined;
    compiled.set(locale, lex);
  }
  return lex;
}

/** Lowercase, typographic apostrophes to ASCII, NFC — the same as the tokeniser's keys. */
const APOSTROPHES_RE = /[\u2019\u02bc]/g;
const PLAIN_RE = /^[\x20-\x7e]*$/;
const LIST_SPLIT_RE = /[|\n]/;
const TOKEN_SPLIT_RE = /[\s\-\u2010-\u2014]+/;
const HAS_SEP_RE = /[\s-]/;

export function normaliseKey(s: string): string {
  const lower = s.toLowerCase();
  // ASCII needs no apostrophe mapping or NFC (the common case: AFINN is ASCII).
  return PLAIN_RE.test(lower) ? lower : lower.replace(APOSTROPHES_RE, "'").normalize('NFC');
}

function splitList(list: string): string[] {
  const out: string[] = [];
  for (const raw of list.split(LIST_SPLIT_RE)) {
    const t = raw.trim();
    if (t) out.push(t);
  }
  return out;
}

function wordSet(list: string): Set<string> {
  return new Set(splitList(list).map(normaliseKey));
}

interface ParsedEntry {
  tokens: string[];
  initial: boolean;
  stem: boolean;
  weight: number;
}

/** Parse "phrase:weight", "^phrase", "stem*". Returns null for malformed entries. */
export function parseEntry(raw: string, defaultWeight = 1): ParsedEntry | null {
  let s = raw.trim();
  let weight = defaultWeight;
  const colon = s.lastIndexOf(':');
  if (colon > 0) {
    const w = Number(s.slice(colon + 1));
    if (Number.isFinite(w)) {
      weight = w;
      s = s.slice(0, colon).trim();
    }
  }
  let initial = false;
  if (s.startsWith('^')) {
    initial = true;
    s = s.slice(1);
  }
  let stem = false;
  if (s.endsWith('*')) {
    stem = true;
    s = s.slice(0, -1);
  }
  const key = normaliseKey(s);
  const tokens = HAS_SEP_RE.test(key) || !PLAIN_RE.test(key) ? key.split(TOKEN_SPLIT_RE).filter(Boolean) : [key];
  if (tokens.length === 0) return null;
  if (stem && (tokens.length !== 1 || (tokens[0] ?? '').length < STEM_KEY)) return null;
  return { tokens, initial, stem, weight };
}

function compileLexicon(src: LexiconSource): Lexicon {
  // phrase key ("^" + tokens joined by space, or "*" + stem) → dim → weight
  // dims: flat [dim, weight, dim, weight, …]; a later entry for the same dim replaces the earlier.
  const table = new Map<string, { parsed: ParsedEntry; dims: number[] }>();
  const put = (p: ParsedEntry, dim: number, w: number): void => {
    const key = (p.stem ? '*' : p.initial ? '^' : '') + (p.tokens.length === 1 ? p.tokens[0] : p.tokens.join(' '));
    const row = table.get(key);
    if (!row) {
      table.set(key, { parsed: p, dims: [dim, w] });
      return;
    }
    for (let k = 0; k < row.dims.length; k += 2) {
      if (row.dims[k] === dim) {
        row.dims[k + 1] = w;
        return;
      }
    }
    row.dims.push(dim, w);
  };
  const add = (list: string, dim: number, sign: number): void => {
    for (const raw of splitList(list)) {
      const p = parseEntry(raw);
      if (p) put(p, dim, sign * p.weight);
    }
  };

  // Sentiment groups: later groups override earlier ones; a score of 0 removes the entry.
  // Single words (most of AFINN) go to a plain word → score map, which is cheap to build.
  const valence = new Map<string, number>();
  for (const group of src.sentiment) {
    for (const [score, list] of Object.entries(group)) {
      const v = Number(score);
      if (!Number.isFinite(v)) continue;
      for (const raw of splitList(list)) {
        const p = parseEntry(raw);
        if (!p) continue;
        if (p.tokens.length === 1 && !p.stem && !p.initial) {
          if (v === 0) valence.delete(p.tokens[0] as string);
          else valence.set(p.tokens[0] as string, v);
        } else {
          put(p, D_SENTIMENT, v);
        }
      }
    }
  }

  add(src.formal, D_FORMALITY, 1);
  add(src.informal, D_FORMALITY, -1);
  add(src.warm, D_WARMTH, 1);
  add(src.cold, D_WARMTH, -1);
  add(src.defensive, D_DEFENSIVE, 1);
  add(src.jargon, D_JARGON, 1);
  add(src.promotional, D_PROMO, 1);
  add(src.assertive, D_ASSERT, 1);
  add(src.hedge, D_HEDGE, 1);

  const phrases = new Map<string, Entry[]>();
  const stems = new Map<string, StemEntry[]>();
  for (const { parsed, dims } of table.values()) {
    const effects: Effect[] = [];
    for (let k = 0; k < dims.length; k += 2) {
      const w = dims[k + 1] as number;
      if (w !== 0) effects.push({ dim: dims[k] as number, w, initial: parsed.initial, gen: 0, count: 0 });
    }
    if (effects.length === 0) continue;
    const first = parsed.tokens[0] as string;
    if (parsed.stem) {
      const k = first.slice(0, STEM_KEY);
      const list = stems.get(k) ?? [];
      list.push({ stem: first, effects });
      stems.set(k, list);
    } else {
      const list = phrases.get(first) ?? [];
      list.push({ rest: parsed.tokens.slice(1), initial: parsed.initial, effects });
      phrases.set(first, list);
    }
  }
  for (const list of phrases.values()) {
    list.sort((a, b) => b.rest.length - a.rest.length || Number(b.initial) - Number(a.initial));
  }
  for (const list of stems.values()) list.sort((a, b) => b.stem.length - a.stem.length);

  return {
    locale: src.locale,
    loaded: true,
    source: src.source,
    licence: src.licence,
    phrases,
    stems,
    valence,
    negators: wordSet(src.negators),
    greetings: wordSet(src.greetings),
    notNames: wordSet(src.notNames),
    titles: wordSet(src.titles),
    addressFormal: wordSet(src.addressFormal),
    addressInformal: wordSet(src.addressInformal),
    addressFormalCapitalisedOnly: src.addressFormalCapitalisedOnly,
    addressFormalWeight: src.addressFormalWeight,
    addressInformalWeight: src.addressInformalWeight,
    formalPronoun: src.formalPronoun,
    informalPronoun: src.informalPronoun,
    abbreviations: wordSet(src.abbreviations),
    contractionSuffixes: splitList(src.contractionSuffixes).map(normaliseKey),
    negationSuffix: normaliseKey(src.negationSuffix),
    avgWordLength: src.avgWordLength,
  };
}
