/**
 * Shape of a per-language lexicon for comment understanding.
 *
 * Every field is a compact string so the data stays small in the bundle and is parsed once,
 * lazily, by `../lexicon.ts`:
 *   - entries are separated by commas;
 *   - an entry is a word or a phrase (words separated by spaces), written as people type it;
 *   - an optional weight follows a colon: `"waste of money:-3"`; without it the weight is 1;
 *   - `"liefer*"` matches words that start with "liefer", `"*lieferung"` words that end with it
 *     (single words only; used for German and Swedish compounds).
 * Entries are lower-cased and tokenised exactly as comments are, so "don't", "10/10" or
 * "immer noch nicht" match what the tokeniser produces.
 */
export interface Lexicon {
  lang: 'en' | 'de' | 'sv';
  /** Frequent function words and greetings that identify the language. */
  markers: string;
  /** Character n-grams of `_word_` (underscore = word edge) that hint at the language, with weights. */
  ngrams: string;
  /** Word and phrase polarity, −3…3 (AFINN-like scale, our own judgement). */
  sentiment: string;
  /** Words that flip the polarity of a nearby sentiment word. */
  negators: string;
  /** Words that strengthen the next sentiment word; weight = extra factor (0.3 = ×1.3). */
  intensifiers: string;
  /** "but"-words: what follows weighs more than what precedes. */
  contrast: string;
  /** Openers that make a sentence a question (wh-words, verb-first questions). */
  questionStart: string;
  /** Phrases that ask something wherever they are ("does anyone know", "ich frage mich"). */
  question: string;
  /** Rhetorical questions: weight 1 anywhere in the sentence, 0.5 only when the sentence is that short phrase. */
  rhetorical: string;
  /** Asking the organisation to do something or how to do something. */
  help: string;
  /** Request openers, counted only at the start of a sentence ("please …", "could you …"). */
  request: string;
  /** Products, service and account nouns (neutral on their own). */
  service: string;
  /** Phrases that carry a complaint (waiting, broken, no reply…). */
  complaint: string;
  /** Appreciation. */
  praise: string;
  /** Thanks: praise only when the comment asks or complains about nothing. */
  thanks: string;
  /** Politeness that is neither praise nor sentiment ("thanks in advance", sign-offs). */
  politeness: string;
  /** Incidents beyond one customer: recalls, outages, contamination, boycotts. */
  crisis: string;
  /** Many people affected ("same here", "not the only one"). */
  many: string;
  /** Self-promotion, scams, follow-for-follow. */
  spam: string;
  /** Insults, slurs and strong profanity. Kept short on purpose. */
  abuse: string;
  /** Sarcasm markers: weight ≥ 1 on their own, below 1 only next to a complaint. */
  sarcasm: string;
  /** "again", "another", "as always": repetition, used for sarcasm and urgency. */
  again: string;
  /** Time pressure and duration ("now", "still", "for days"). */
  urgency: string;
  /** First-person possessives ("my", "meine", "min") used to spot "my order"-style requests. */
  mine: string;
  /** English only: entries that stay active in German or Swedish comments (loanwords such as "wtf", "scam"). */
  global?: string;
}
