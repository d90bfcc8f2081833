import type { ToneLocale } from '../types';

/**
 * One language's tone lexicon as data.
 *
 * Lists are strings of entries separated by "|" or line breaks. An entry is a word or phrase,
 * optionally followed by ":weight" (default 1). Phrases are matched token by token, so write them
 * the way the tokeniser splits text: words are runs of letters/digits (an apostrophe inside a word
 * stays in it: "don't"), hyphens and spaces separate words ("best-in-class" = "best in class").
 * - "word*"  — a stem: any single word starting with it (at least 4 letters before the "*").
 * - "^word"  — only at the start of a sentence or clause (after , ; : or a dash).
 * Matching is case-insensitive; longer phrases win over shorter ones for the same dimension.
 */
export interface LexiconSource {
  locale: ToneLocale;
  /** Where the lists come from. */
  source: string;
  /** Licence of the lists (SPDX-style where one exists). */
  licence: string;
  /** Valence groups: score ("-3", "2"…) → entries. Later groups override earlier ones; score 0 removes. */
  sentiment: ReadonlyArray<Readonly<Record<string, string>>>;
  /** Formality cues, each pushing formality up… */
  formal: string;
  /** …or down. */
  informal: string;
  /** Warmth / empathy cues (acknowledging, thanking, apologising, speaking as a person). */
  warm: string;
  /** Cold, bureaucratic cues that lower warmth. */
  cold: string;
  /** Defensiveness / blame ("as we already said", "you should have"). */
  defensive: string;
  /** Corporate jargon and stock phrases. */
  jargon: string;
  /** Sales pitch inside a reply. */
  promotional: string;
  /** Hedges ("maybe", "I think"). */
  hedge: string;
  /** Commitment and directness ("we will", "today", "fixed"). */
  assertive: string;
  /** Words that flip the valence of the next few words. */
  negators: string;
  /** Words after which a capitalised word is probably the reader's name ("Hi Anna"). */
  greetings: string;
  /** Capitalised words after a greeting that are not names ("Hi all", "Hi team"). */
  notNames: string;
  /** Titles skipped between greeting and name ("Dear Ms Smith"). */
  titles: string;
  /** Formal second-person forms (German Sie, Swedish ni). Empty for English. */
  addressFormal: string;
  /** Informal second-person forms (du). */
  addressInformal: string;
  /** German "Sie" is formal only when capitalised (lowercase "sie" = she/they). */
  addressFormalCapitalisedOnly: boolean;
  /** How much one formal / informal pronoun moves formality. */
  addressFormalWeight: number;
  addressInformalWeight: number;
  /** The pronouns named in address tips, e.g. "Sie" / "du". */
  formalPronoun: string;
  informalPronoun: string;
  /** Abbreviations whose final "." does not end a sentence (single letters never do). */
  abbreviations: string;
  /** Endings after an apostrophe that mark spoken, informal contractions ("n't", "re", "s"). */
  contractionSuffixes: string;
  /** Contraction ending that negates ("n't"), or "". */
  negationSuffix: string;
  /** Typical letters per word in ordinary prose; longer words read more formal. */
  avgWordLength: number;
}
