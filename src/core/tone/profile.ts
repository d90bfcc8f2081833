import {
  D_ASSERT,
  D_DEFENSIVE,
  D_FORMALITY,
  D_HEDGE,
  D_JARGON,
  D_PROMO,
  D_SENTIMENT,
  D_WARMTH,
  type Effect,
  getLexicon,
  type Lexicon,
  N_DIMS,
  normaliseKey,
  resolveToneLocale,
  STEM_KEY,
} from './lexicon';
import { letterCount, readabilityFrom, syllablesDe, syllablesEn } from './readability';
import { F_AT, F_CAP, F_CLAUSE, F_SENT, scan, type Scan } from './scan';
import type { AddressUse, ToneDimension, ToneEvidence, ToneOptions, ToneProfile } from './types';

/** Texts longer than this (UTF-16 units) are analysed only up to here; `stats.truncated` says so. */
export const MAX_ANALYSED_CHARS = 20_000;
/** At most this many evidence items per dimension (the sums still count everything). */
export const MAX_EVIDENCE = 24;
/** One phrase counts at most this many times per text. */
const MAX_REPEAT = 3;
/** Tokens before a sentiment word in which a negator flips it. */
const NEGATION_WINDOW = 3;
const NEGATION_FACTOR = -0.75;

const DIM_NAMES: readonly ToneDimension[] = [
  'sentiment',
  'formality',
  'warmth',
  'defensiveness',
  'jargon',
  'promotional',
  'assertiveness',
  'hedging',
];

/** Emoji that carry tone in any language (CC0, Parley): first code point → [valence, warmth, defensiveness]. */
const EMOJI_TONE = new Map<string, [number, number, number]>([
  ['🙂', [2, 0.4, 0]],
  ['😊', [2, 0.4, 0]],
  ['☺', [2, 0.4, 0]],
  ['😀', [2, 0.2, 0]],
  ['😃', [2, 0.2, 0]],
  ['😄', [2, 0.2, 0]],
  ['😁', [2, 0.2, 0]],
  ['😍', [3, 0.3, 0]],
  ['🥰', [3, 0.5, 0]],
  ['😘', [3, 0.3, 0]],
  ['🤗', [2, 0.6, 0]],
  ['❤', [3, 0.5, 0]],
  ['♥', [3, 0.4, 0]],
  ['💙', [3, 0.5, 0]],
  ['💚', [3, 0.5, 0]],
  ['💛', [3, 0.5, 0]],
  ['🧡', [3, 0.5, 0]],
  ['💜', [3, 0.5, 0]],
  ['🙏', [2, 0.5, 0]],
  ['👍', [2, 0.2, 0]],
  ['🎉', [3, 0.3, 0]],
  ['🥳', [3, 0.3, 0]],
  ['✨', [1, 0.1, 0]],
  ['🙌', [2, 0.2, 0]],
  ['👏', [2, 0.2, 0]],
  ['💪', [2, 0.2, 0]],
  ['😉', [2, 0.2, 0]],
  ['😂', [1, 0, 0]],
  ['😡', [-3, 0, 0]],
  ['😠', [-3, 0, 0]],
  ['🤬', [-4, 0, 0.4]],
  ['👎', [-2, 0, 0]],
  ['😢', [-2, 0, 0]],
  ['😭', [-2, 0, 0]],
  ['😞', [-2, 0, 0]],
  ['😔', [-1, 0, 0]],
  ['😒', [-2, 0, 0.4]],
  ['🙄', [-2, -0.3, 0.8]],
  ['😤', [-2, 0, 0.4]],
  ['💩', [-3, 0, 0]],
]);

// Per-call state kept at module level so a call allocates little; toneProfile is not re-entrant.
let callGen = 0;
const valenceSeen = new Map<string, number>();
const sums = new Float64Array(N_DIMS);
const covered = new Int32Array(N_DIMS);
let ev: ToneEvidence[][] = [];
let text = '';
let sc: Scan;

function push(dim: number, start: number, end: number, weight: number): void {
  const list = ev[dim] as ToneEvidence[];
  if (list.length < MAX_EVIDENCE) list.push({ word: text.slice(start, end), start, end, weight: round3(weight) });
}

function apply(e: Effect, i: number, last: number, negated: boolean): void {
  if (e.gen !== callGen) {
    e.gen = callGen;
    e.count = 0;
  }
  if (++e.count > MAX_REPEAT) return;
  let w = e.w;
  if (e.dim === D_SENTIMENT && negated) w *= NEGATION_FACTOR;
  sums[e.dim] = (sums[e.dim] as number) + w;
  push(e.dim, sc.starts[i] as number, sc.ends[last] as number, w);
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);
const logistic = (z: number): number => 1 / (1 + Math.exp(-z));
/** 1 − e^(−x): 0 for nothing, → 1 as cues pile up. */
const saturate = (x: number): number => (x <= 0 ? 0 : 1 - Math.exp(-x));

function emptyEvidence(): Record<ToneDimension, ToneEvidence[]> {
  return {
    formality: [],
    warmth: [],
    sentiment: [],
    defensiveness: [],
    jargon: [],
    promotional: [],
    assertiveness: [],
    hedging: [],
    readability: [],
  };
}

function countCodePoints(s: string, from: number, to: number): number {
  let n = to - from;
  for (let i = from; i < to - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * Tone profile of a draft reply (or of the comment being answered).
 * Pure and deterministic; linear in the text (analysis stops after MAX_ANALYSED_CHARS).
 */
export function toneProfile(input: string, locale: string, options?: ToneOptions): ToneProfile {
  const t = typeof input === 'string' ? input : '';
  const { locale: lang, fallback } = resolveToneLocale(typeof locale === 'string' ? locale : '');
  const lex = getLexicon(lang);

  let cut = t.length;
  const truncated = cut > MAX_ANALYSED_CHARS;
  if (truncated) {
    cut = MAX_ANALYSED_CHARS;
    const c = t.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
  }

  callGen++;
  text = t;
  sums.fill(0);
  covered.fill(0);
  valenceSeen.clear();
  ev = [[], [], [], [], [], [], [], []];
  const evidence = emptyEvidence();
  sc = scan(t, cut, lex.abbreviations);
  const n = sc.n;
  const { keys, flags, starts, ends } = sc;

  let syllables = 0;
  let longWords = 0;
  let letters = 0;
  let formalAddress = 0;
  let informalAddress = 0;
  let formalMoves = 0;
  let informalMoves = 0;
  let lastNegator = -100;
  let sentenceStart = 0;
  let named = false;
  const readerKey = typeof options?.readerName === 'string' ? firstNameKey(options.readerName) : '';
  const hardWords: ToneEvidence[] = [];

  for (let i = 0; i < n; i++) {
    const key = keys[i] as string;
    const f = flags[i] as number;
    if (f & F_SENT) sentenceStart = i;
    const negated = i - lastNegator <= NEGATION_WINDOW && lastNegator >= sentenceStart;

    // Phrases and words (longest first; a dimension covered by a longer match is skipped).
    const list = lex.phrases.get(key);
    if (list) {
      for (const entry of list) {
        const len = entry.rest.length;
        if (len > 0) {
          if (i + len >= n) continue;
          let ok = true;
          for (let k = 0; k < len; k++) {
            // a phrase does not run across a sentence end
            if (keys[i + 1 + k] !== entry.rest[k] || (flags[i + 1 + k] as number) & F_SENT) {
              ok = false;
              break;
            }
          }
          if (!ok) continue;
        }
        if (entry.initial && !(f & F_CLAUSE)) continue;
        for (const e of entry.effects) {
          if ((covered[e.dim] as number) > i) continue;
          apply(e, i, i + len, negated);
          covered[e.dim] = i + len + 1;
        }
      }
    }
    // Single-word sentiment.
    if ((covered[D_SENTIMENT] as number) <= i) {
      const v = lex.valence.get(key);
      if (v !== undefined) {
        const seen = (valenceSeen.get(key) ?? 0) + 1;
        valenceSeen.set(key, seen);
        if (seen <= MAX_REPEAT) {
          const w = negated ? v * NEGATION_FACTOR : v;
          sums[D_SENTIMENT] = (sums[D_SENTIMENT] as number) + w;
          push(D_SENTIMENT, starts[i] as number, ends[i] as number, w);
        }
        covered[D_SENTIMENT] = i + 1;
      }
    }
    // Stems ("enttäusch*").
    if (key.length >= STEM_KEY && lex.stems.size > 0) {
      const stems = lex.stems.get(key.slice(0, STEM_KEY));
      if (stems) {
        for (const st of stems) {
          if (!key.startsWith(st.stem)) continue;
          for (const e of st.effects) {
            if ((covered[e.dim] as number) > i) continue;
            apply(e, i, i, negated);
            covered[e.dim] = i + 1;
          }
        }
      }
    }

    // Negators (also "-n't").
    if (lex.negators.has(key) || (lex.negationSuffix && key.endsWith(lex.negationSuffix))) lastNegator = i;

    // Contractions read informal ("we're", "gibt's").
    if ((covered[D_FORMALITY] as number) <= i && key.indexOf("'") > 0) {
      for (const suf of lex.contractionSuffixes) {
        if (key.endsWith(suf)) {
          sums[D_FORMALITY] = (sums[D_FORMALITY] as number) - 0.4;
          push(D_FORMALITY, starts[i] as number, ends[i] as number, -0.4);
          break;
        }
      }
    }

    // Forms of address: German Sie/du, Swedish ni/du.
    // Each form moves formality at most MAX_REPEAT times: a long reply says "Sie" often.
    if (lex.addressFormal.has(key) && (!lex.addressFormalCapitalisedOnly || f & F_CAP)) {
      // A capitalised "Sie" opening a sentence may be "she/they"; count it half.
      const w = lex.addressFormalWeight * (lex.addressFormalCapitalisedOnly && f & F_SENT ? 0.5 : 1);
      formalAddress += w;
      if ((covered[D_FORMALITY] as number) <= i && ++formalMoves <= MAX_REPEAT) {
        sums[D_FORMALITY] = (sums[D_FORMALITY] as number) + w;
        push(D_FORMALITY, starts[i] as number, ends[i] as number, w);
      }
    } else if (lex.addressInformal.has(key)) {
      informalAddress += 1;
      if ((covered[D_FORMALITY] as number) <= i && ++informalMoves <= MAX_REPEAT) {
        const w = -lex.addressInformalWeight;
        sums[D_FORMALITY] = (sums[D_FORMALITY] as number) + w;
        push(D_FORMALITY, starts[i] as number, ends[i] as number, w);
      }
    }

    // The reader's name: "Hi Anna", "@anna", or options.readerName.
    if (!named) {
      let nameAt = -1;
      if (readerKey && key === readerKey) nameAt = i;
      else if (f & F_AT) nameAt = i;
      else if (lex.greetings.has(key) && i + 1 < n) {
        let j = i + 1;
        if (lex.titles.has(keys[j] as string) && j + 1 < n) j++;
        const fj = flags[j] as number;
        if (fj & F_CAP && !(fj & F_SENT) && !lex.notNames.has(keys[j] as string)) nameAt = j;
      }
      if (nameAt >= 0) {
        named = true;
        sums[D_WARMTH] = (sums[D_WARMTH] as number) + 0.8;
        push(D_WARMTH, starts[nameAt] as number, ends[nameAt] as number, 0.8);
      }
    }

    // Readability counts.
    const lc = letterCount(key);
    letters += lc;
    if (lc > 6) longWords++;
    if (lang === 'sv') {
      if (lc >= 13 && hardWords.length < 8) {
        hardWords.push(hard(t, starts[i] as number, ends[i] as number, lc));
      }
    } else {
      const syl = lang === 'de' ? syllablesDe(key) : syllablesEn(key);
      syllables += syl;
      if (syl >= 4 && hardWords.length < 8) {
        hardWords.push(hard(t, starts[i] as number, ends[i] as number, syl));
      }
    }
  }

  // Emoji: informal everywhere; some carry valence and warmth.
  const em = sc.emoji;
  for (let k = 0; k < em.length; k += 2) {
    const s = em[k] as number;
    const e = em[k + 1] as number;
    const w = k < 6 ? -0.4 : -0.15;
    sums[D_FORMALITY] = (sums[D_FORMALITY] as number) + w;
    push(D_FORMALITY, s, e, w);
    const cp = t.codePointAt(s) ?? 0;
    const tone = EMOJI_TONE.get(String.fromCodePoint(cp));
    if (tone && k < 16) {
      const [val, warm, def] = tone;
      sums[D_SENTIMENT] = (sums[D_SENTIMENT] as number) + val;
      push(D_SENTIMENT, s, e, val);
      if (warm !== 0) {
        sums[D_WARMTH] = (sums[D_WARMTH] as number) + warm;
        push(D_WARMTH, s, e, warm);
      }
      if (def !== 0) {
        sums[D_DEFENSIVE] = (sums[D_DEFENSIVE] as number) + def;
        push(D_DEFENSIVE, s, e, def);
      }
    }
  }
  // "!" runs: one is friendly enough; more, or "!!!", reads informal.
  const bangs = sc.bangs;
  for (let k = 0; k < bangs.length; k += 2) {
    const s = bangs[k] as number;
    const e = bangs[k + 1] as number;
    const w = -Math.min(0.9, 0.25 + 0.25 * (e - s - 1));
    sums[D_FORMALITY] = (sums[D_FORMALITY] as number) + w;
    push(D_FORMALITY, s, e, w);
  }

  const words = n;
  const sentences = words > 0 ? Math.max(1, sc.sentences) : 0;
  // Longer texts need more cues for the same score: divide sums by √words / 3 (≥ 1).
  const norm = Math.sqrt(Math.max(words, 9)) / 3;

  let structure = 0;
  if (words >= 5) {
    structure += clamp((words / sentences - 14) / 10, -0.5, 0.5);
    structure += clamp((letters / words - lex.avgWordLength) / 1.2, -0.4, 0.4);
  }
  const formality = logistic((sums[D_FORMALITY] as number) / norm + structure);
  const warmth = logistic(-0.6 + (sums[D_WARMTH] as number) / norm);
  const s = sums[D_SENTIMENT] as number;
  const sentiment = s / Math.sqrt(s * s + 15);
  const hedgeSum = sums[D_HEDGE] as number;
  const hedging = saturate(hedgeSum / norm);
  const assertiveness = logistic(((sums[D_ASSERT] as number) - 0.8 * hedgeSum) / norm);
  const defensiveness = saturate((sums[D_DEFENSIVE] as number) / norm);
  const jargon = saturate((sums[D_JARGON] as number) / norm);
  const promotional = saturate((sums[D_PROMO] as number) / norm);

  const readability = readabilityFrom(lang, words, sentences, syllables, longWords);

  for (let d = 0; d < N_DIMS; d++) {
    const name = DIM_NAMES[d] as ToneDimension;
    const list = ev[d] as ToneEvidence[];
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    evidence[name] = list;
  }
  evidence.readability = hardWords;

  let address: AddressUse = null;
  if (formalAddress > 0 && informalAddress > 0) address = 'mixed';
  else if (formalAddress > 0) address = 'formal';
  else if (informalAddress > 0) address = 'informal';

  const characters = countCodePoints(t, 0, t.length);
  text = '';
  return {
    locale: lang,
    requestedLocale: typeof locale === 'string' ? locale : '',
    fallback,
    lexiconLoaded: lex.loaded,
    formality: round3(formality),
    warmth: round3(warmth),
    sentiment: round3(clamp(sentiment, -1, 1)),
    defensiveness: round3(defensiveness),
    jargon: round3(jargon),
    promotional: round3(promotional),
    assertiveness: round3(assertiveness),
    hedging: round3(hedging),
    readability: {
      measure: readability.measure,
      score: Math.round(readability.score * 100) / 100,
      level01: round3(readability.level01),
    },
    evidence,
    stats: {
      characters,
      words,
      sentences,
      syllables,
      longWords,
      emoji: em.length / 2,
      exclamations: sc.exclamations,
      links: sc.links,
      address,
      formalAddress: round3(formalAddress),
      informalAddress,
      truncated,
    },
  };
}

const NAME_SPLIT_RE = /[\s@,.;:!?]+/;

/** Readability evidence: a long word (weight −syllables/10, or −letters/10 for LIX). */
function hard(t: string, start: number, end: number, size: number): ToneEvidence {
  return { word: t.slice(start, end), start, end, weight: -round3(size / 10) };
}

function firstNameKey(name: string): string {
  const m = normaliseKey(name.trim()).split(NAME_SPLIT_RE).filter(Boolean);
  return m[0] ?? '';
}

/** For tests and the panel: where the lexicons for a locale come from. */
export function lexiconInfo(locale: string): {
  locale: Lexicon['locale'];
  source: string;
  licence: string;
  fallback: boolean;
  loaded: boolean;
} {
  const r = resolveToneLocale(locale);
  const lex = getLexicon(r.locale);
  return { locale: lex.locale, source: lex.source, licence: lex.licence, fallback: r.fallback, loaded: lex.loaded };
}
