/**
 * Compiles the per-language lexicon data files once, lazily, into Map/Set lookups shared by
 * every classification. Nothing here runs at import time.
 */
import { de } from './lexicons/de';
import { en } from './lexicons/en';
import { sv } from './lexicons/sv';
import { OTHER_MARKERS } from './lexicons/other';
import { EMOJI_POLARITY, SARCASM_EMOJI, SARCASM_EMOJI_WEAK } from './lexicons/emoji';
import type { Lexicon } from './lexicons/types';
import { phraseWords } from './tokenise';

/** Languages Parley classifies; their index is used in bit masks and score arrays. */
export const LANGS = ['en', 'de', 'sv'] as const;
export type ClassifiedLanguage = (typeof LANGS)[number];

/** Cue categories. Plain numbers so the hot loop compares small integers. */
export const CAT = {
  SENT: 0,
  NEG: 1,
  INTENS: 2,
  CONTRAST: 3,
  QSTART: 4,
  QANY: 5,
  RHET: 6,
  HELP: 7,
  SERVICE: 8,
  COMPLAINT: 9,
  PRAISE: 10,
  THANKS: 11,
  POLITE: 12,
  CRISIS: 13,
  MANY: 14,
  SPAM: 15,
  ABUSE: 16,
  SARC: 17,
  AGAIN: 18,
  URGENT: 19,
  MINE: 20,
  REQ: 21,
} as const;
export const CAT_COUNT = 22;

/** Categories whose phrases can hide shorter ones inside them ("thanks for nothing" hides "thanks"). */
const CONTENT = new Set<number>([
  CAT.SENT,
  CAT.QANY,
  CAT.RHET,
  CAT.HELP,
  CAT.COMPLAINT,
  CAT.PRAISE,
  CAT.THANKS,
  CAT.POLITE,
  CAT.CRISIS,
  CAT.SPAM,
  CAT.ABUSE,
  CAT.SARC,
]);

/**
 * For each content category, the categories a longer phrase of it hides: every category hides
 * itself; sarcasm and politeness hide sentiment, praise and thanks; every content phrase hides
 * praise and thanks inside it; a help phrase ("please dm me") hides spam ("dm me").
 */
function coverMask(cat: number): number {
  let mask = (1 << cat) | (1 << CAT.PRAISE) | (1 << CAT.THANKS);
  if (cat === CAT.SARC || cat === CAT.POLITE) mask |= 1 << CAT.SENT;
  if (cat === CAT.HELP) mask |= 1 << CAT.SPAM;
  return mask;
}

export interface CueEntry {
  cat: number;
  /** Index into LANGS. */
  lang: number;
  w: number;
  /** English entry that stays active in German and Swedish comments. */
  global: boolean;
  content: boolean;
  covers: number;
}

/** A word trie over phrases: one Map lookup per word, no joined keys built at run time. */
export interface PhraseNode {
  entries?: CueEntry[];
  next?: Map<string, PhraseNode>;
}

export interface CompiledLexicon {
  /** Phrase (folded words joined by one space) → entries. */
  phrases: Map<string, CueEntry[]>;
  /** The same phrases as a trie keyed by the first word. */
  trie: Map<string, PhraseNode>;
  prefixes: Map<string, CueEntry[]>;
  prefixLens: number[];
  /** First three letters of every prefix stem, to skip most words with one lookup. */
  prefixHeads: Set<string>;
  suffixes: Map<string, CueEntry[]>;
  suffixLens: number[];
  /** Last three letters of every suffix stem. */
  suffixTails: Set<string>;
  /** Sparse language-identification weights: [profile, weight, profile, weight, …]. */
  markerPairs: Map<string, number[]>;
  /** Every word any lexicon knows: used to undo elongations ("goood" → good, "sooo" → so). */
  vocab: Set<string>;
  /** Language-identification profiles: en, de, sv, then the "other" languages. */
  profiles: string[];
  ngrams: Map<string, Float64Array>;
  ngramLens: number[];
  emoji: Map<string, number>;
  sarcasmEmoji: Set<string>;
  weakSarcasmEmoji: Set<string>;
}

const FIELDS: Array<[keyof Lexicon, number]> = [
  ['sentiment', CAT.SENT],
  ['negators', CAT.NEG],
  ['intensifiers', CAT.INTENS],
  ['contrast', CAT.CONTRAST],
  ['questionStart', CAT.QSTART],
  ['question', CAT.QANY],
  ['rhetorical', CAT.RHET],
  ['help', CAT.HELP],
  ['service', CAT.SERVICE],
  ['complaint', CAT.COMPLAINT],
  ['praise', CAT.PRAISE],
  ['thanks', CAT.THANKS],
  ['politeness', CAT.POLITE],
  ['crisis', CAT.CRISIS],
  ['many', CAT.MANY],
  ['spam', CAT.SPAM],
  ['abuse', CAT.ABUSE],
  ['sarcasm', CAT.SARC],
  ['again', CAT.AGAIN],
  ['urgency', CAT.URGENT],
  ['mine', CAT.MINE],
  ['request', CAT.REQ],
];

let compiled: CompiledLexicon | undefined;

export function getLexicon(): CompiledLexicon {
  return (compiled ??= compile([en, de, sv]));
}

/** "a, b:2, c d:-1" → [["a", NaN], ["b", 2], ["c d", -1]] (NaN = default weight). */
export function parseEntries(list: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const raw of list.split(',')) {
    const item = raw.trim();
    if (!item) continue;
    const colon = item.lastIndexOf(':');
    if (colon > 0 && /^-?\d+(\.\d+)?$/.test(item.slice(colon + 1))) {
      out.push([item.slice(0, colon).trim(), Number(item.slice(colon + 1))]);
    } else out.push([item, NaN]);
  }
  return out;
}

function compile(lexicons: Lexicon[]): CompiledLexicon {
  const phrases = new Map<string, CueEntry[]>();
  const trie = new Map<string, PhraseNode>();
  const prefixes = new Map<string, CueEntry[]>();
  const suffixes = new Map<string, CueEntry[]>();
  const vocab = new Set<string>();
  const add = (map: Map<string, CueEntry[]>, key: string, entry: CueEntry) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };

  lexicons.forEach((lex, lang) => {
    const global = new Set(lex.global ? parseEntries(lex.global).map(([p]) => phraseWords(p).join(' ')) : []);
    for (const [field, cat] of FIELDS) {
      for (const [phrase, weight] of parseEntries(lex[field] as string)) {
        const w = Number.isNaN(weight) ? 1 : weight;
        const content = CONTENT.has(cat);
        const base = { cat, lang, w, content, covers: content ? coverMask(cat) : 0 };
        if (phrase.endsWith('*') || phrase.startsWith('*')) {
          const stem = phraseWords(phrase.replace(/\*/g, ''))[0];
          if (!stem || stem.length < 3) continue;
          add(phrase.endsWith('*') ? prefixes : suffixes, stem, { ...base, global: false });
          continue;
        }
        const words = phraseWords(phrase);
        if (!words.length) continue;
        const key = words.join(' ');
        add(phrases, key, { ...base, global: global.has(key) });
        let level = trie;
        let node: PhraseNode | undefined;
        for (const word of words) {
          node = level.get(word);
          if (!node) level.set(word, (node = {}));
          level = node.next ??= new Map();
        }
        node!.entries = phrases.get(key);
        for (const word of words) vocab.add(word);
      }
    }
    for (const [word] of parseEntries(lex.markers)) for (const w of phraseWords(word)) vocab.add(w);
  });

  const profiles = ['en', 'de', 'sv', ...Object.keys(OTHER_MARKERS)];
  const markerSets = new Map<string, Set<number>>();
  const lists = [en.markers, de.markers, sv.markers, ...Object.values(OTHER_MARKERS)];
  lists.forEach((list, p) => {
    for (const [word] of parseEntries(list)) {
      for (const w of phraseWords(word)) {
        let set = markerSets.get(w);
        if (!set) markerSets.set(w, (set = new Set()));
        set.add(p);
      }
    }
  });
  const markerPairs = new Map<string, number[]>();
  for (const [word, set] of markerSets) {
    const pairs: number[] = [];
    for (const p of set) pairs.push(p, 1 / set.size);
    markerPairs.set(word, pairs);
  }

  const ngrams = new Map<string, Float64Array>();
  lexicons.forEach((lex, lang) => {
    for (const [gram, weight] of parseEntries(lex.ngrams)) {
      let weights = ngrams.get(gram);
      if (!weights) ngrams.set(gram, (weights = new Float64Array(LANGS.length)));
      weights[lang] = Number.isNaN(weight) ? 1 : weight;
    }
  });

  const emoji = new Map<string, number>();
  for (const item of EMOJI_POLARITY.split(' ')) {
    const colon = item.lastIndexOf(':');
    if (colon > 0) emoji.set(item.slice(0, colon), Number(item.slice(colon + 1)));
  }

  const lens = (map: Map<string, unknown>) => [...new Set([...map.keys()].map((k) => k.length))].sort((a, b) => b - a);
  // Drop empty "next" maps so the matcher stops early.
  const prune = (level: Map<string, PhraseNode>) => {
    for (const node of level.values()) {
      if (node.next?.size) prune(node.next);
      else delete node.next;
    }
  };
  prune(trie);
  return {
    phrases,
    trie,
    prefixes,
    prefixLens: lens(prefixes),
    prefixHeads: new Set([...prefixes.keys()].map((k) => k.slice(0, 3))),
    suffixes,
    suffixLens: lens(suffixes),
    suffixTails: new Set([...suffixes.keys()].map((k) => k.slice(-3))),
    markerPairs,
    vocab,
    profiles,
    ngrams,
    ngramLens: lens(ngrams),
    emoji,
    sarcasmEmoji: new Set(SARCASM_EMOJI.split(' ')),
    weakSarcasmEmoji: new Set(SARCASM_EMOJI_WEAK.split(' ')),
  };
}
