/** Languages with their own tone lexicons. Anything else falls back to English. */
export type ToneLocale = 'en' | 'de' | 'sv';

/** Dimensions the profile scores. All are 0…1 except `sentiment` (−1…1). */
export type ToneDimension =
  | 'formality'
  | 'warmth'
  | 'sentiment'
  | 'defensiveness'
  | 'jargon'
  | 'promotional'
  | 'assertiveness'
  | 'hedging'
  | 'readability';

export const TONE_DIMENSIONS: readonly ToneDimension[] = [
  'formality',
  'warmth',
  'sentiment',
  'defensiveness',
  'jargon',
  'promotional',
  'assertiveness',
  'hedging',
  'readability',
];

/**
 * A word, phrase, emoji or punctuation run that moved a dimension.
 * `start`/`end` are UTF-16 offsets into the analysed text and `text.slice(start, end) === word`.
 * `weight` is signed: positive pushes the dimension up, negative pushes it down
 * (for formality: + formal, − informal; for warmth: + warm, − cold; for sentiment: valence).
 */
export interface ToneEvidence {
  word: string;
  start: number;
  end: number;
  weight: number;
}

export type ReadabilityMeasure = 'flesch' | 'amstad' | 'lix';

export interface Readability {
  /** Flesch reading ease (en), Amstad's German Flesch (de), LIX (sv). */
  measure: ReadabilityMeasure;
  /** The measure's own number (Flesch/Amstad: higher = easier; LIX: lower = easier). */
  score: number;
  /** Normalised so that 1 = easy and 0 = hard, whatever the measure. */
  level01: number;
}

/** Which form of "you" the text uses (German Sie/du, Swedish ni/du); null when none or English. */
export type AddressUse = 'formal' | 'informal' | 'mixed' | null;

export interface ToneStats {
  /** Code points in the whole text (what people and most sites count as characters). */
  characters: number;
  words: number;
  sentences: number;
  /** Syllables (en, de) — 0 for Swedish, whose LIX does not use them. */
  syllables: number;
  /** Words longer than six letters (LIX's "long words"). */
  longWords: number;
  /** Emoji sequences (a ZWJ family, a flag or a skin-toned hand counts once). */
  emoji: number;
  exclamations: number;
  links: number;
  address: AddressUse;
  formalAddress: number;
  informalAddress: number;
  /** True when the text was longer than the analysis cap and only its start was analysed. */
  truncated: boolean;
}

export interface ToneProfile {
  /** The lexicons that were used. */
  locale: ToneLocale;
  /** What the caller asked for. */
  requestedLocale: string;
  /** True when `requestedLocale` has no lexicons of its own and English was used instead. */
  fallback: boolean;
  /**
   * False when the language's lexicon was not registered yet (lazy bundles: await
   * `loadToneLexicon` first); then only structure, emoji, "!" and readability were scored.
   */
  lexiconLoaded: boolean;
  formality: number;
  warmth: number;
  sentiment: number;
  defensiveness: number;
  jargon: number;
  promotional: number;
  assertiveness: number;
  hedging: number;
  readability: Readability;
  evidence: Record<ToneDimension, ToneEvidence[]>;
  stats: ToneStats;
}

export interface ToneOptions {
  /** The name of the person being answered; using it makes a reply warmer. */
  readerName?: string;
}

/** Fields of a voice target that guidance looks at. */
export type TargetField = 'formality' | 'warmth' | 'length' | 'emoji' | 'greeting' | 'signOff' | 'address';

/** A voice target after merging default ← platform ← intent(s). */
export interface ResolvedTarget {
  formality?: [number, number];
  warmth?: [number, number];
  length?: { min?: number; max?: number };
  emoji?: { max: number };
  greeting?: string[];
  signOff?: string[];
  address?: 'formal' | 'informal';
  /** Notes from every layer that had one, default first. */
  notes: string[];
  /** Which layer each field came from: "default", "platform:linkedin", "intent:complaint". */
  origin: Partial<Record<TargetField, string>>;
}

export type GuidanceDimension = Exclude<ToneDimension, 'sentiment'> | 'length' | 'emoji' | 'address';

export interface ToneTip {
  dimension: GuidanceDimension;
  /** Which way the draft should move. For `address`, "up" = more formal (Sie / ni). */
  direction: 'up' | 'down';
  tip: string;
  /** Words from the draft the tip is about, if any. */
  words?: string[];
}
