/**
 * Language identification for short social comments: function-word profiles (en, de, sv and ten
 * other languages that would otherwise be mistaken for them), character n-grams of the remaining
 * words when the function words do not decide, and a few telling letters (ß, å, æ/ø).
 * Mixed text picks the language with the most evidence.
 */
import { getLexicon, LANGS } from './lexicon';
import { normaliseSocial, type SocialText } from './normalise';

export type Language = 'en' | 'de' | 'sv' | 'other';

export interface LanguageGuess {
  language: Language;
  /** 0…1: how sure the guess is (little text or close scores give low confidence). */
  confidence: number;
}

export interface LanguageScores extends LanguageGuess {
  /** Evidence per classified language (en, de, sv). */
  scores: [number, number, number];
  /** Bit mask over LANGS of languages with enough evidence to use their cue lexicons. */
  active: number;
}

/** Below this much evidence the text is too short to tell. */
const MIN_EVIDENCE = 0.75;
const ALL = (1 << LANGS.length) - 1;

export function detectLanguage(text: string): LanguageGuess {
  const { language, confidence } = scoreLanguages(normaliseSocial(text));
  return { language, confidence };
}

export function scoreLanguages(social: SocialText): LanguageScores {
  const lex = getLexicon();
  const n = lex.profiles.length;
  const scores = new Float64Array(n);
  let latin = 0;
  let nonLatin = 0;
  const unknown: string[] = [];

  for (const t of social.tokens) {
    if (t.kind !== 'word') continue;
    const c = t.norm.charCodeAt(0);
    if (c >= 0x370 && !(c >= 0x1e00 && c <= 0x1eff)) {
      nonLatin++;
      continue;
    }
    latin++;
    const pairs = lex.markerPairs.get(t.norm);
    const f = t.fromHashtag ? 0.5 : 1;
    if (pairs) for (let k = 0; k < pairs.length; k += 2) scores[pairs[k]!]! += pairs[k + 1]! * f;
    else if (t.norm.length > 1 && unknown.length < 60) unknown.push(t.norm);
  }

  const src = social.source;
  if (src.includes('ß')) scores[1]! += 1.5;
  const oIdx = lex.profiles.indexOf('da');
  if (src.includes('å') || src.includes('Å')) {
    // Swedish, but Danish and Norwegian write "å" too.
    scores[2]! += 1.5;
    scores[oIdx]! += 1;
    scores[oIdx + 1]! += 1;
  }
  if (/[æøÆØ]/.test(src)) {
    scores[oIdx]! += 1.5;
    scores[oIdx + 1]! += 1.5;
  }

  // Character n-grams only when the function words leave it open.
  const [b0, s0] = top2(scores);
  if (unknown.length && (scores[b0]! < 2 || scores[b0]! - scores[s0]! < 1.5)) {
    for (const w of unknown) addNgrams(w, scores);
  }

  const [best, second] = top2(scores);
  const bestScore = scores[best]!;
  let total = 0;
  for (let p = 0; p < n; p++) total += scores[p]!;
  const triple: [number, number, number] = [scores[0]!, scores[1]!, scores[2]!];

  if (nonLatin > latin) return { language: 'other', confidence: round(Math.min(1, 0.5 + nonLatin / (latin + nonLatin) / 2)), scores: triple, active: ALL };
  if (bestScore < MIN_EVIDENCE) {
    return { language: 'other', confidence: round(0.3 * (1 - bestScore / MIN_EVIDENCE)), scores: triple, active: ALL };
  }
  const share = bestScore / total;
  const amount = 1 - Math.exp(-bestScore / 1.5);
  const margin = (bestScore - scores[second]!) / bestScore;
  const confidence = round(Math.min(1, share * amount * (0.5 + margin / 2) * 1.4));
  if (best >= LANGS.length) return { language: 'other', confidence, scores: triple, active: ALL };

  // Cue lexicons of every language with real evidence; with little evidence, all of them.
  let active = 1 << best;
  if (bestScore < 1.5) active = ALL;
  else for (let l = 0; l < LANGS.length; l++) if (scores[l]! >= Math.max(1, 0.3 * bestScore)) active |= 1 << l;
  return { language: LANGS[best]!, confidence, scores: triple, active };
}

function addNgrams(word: string, scores: Float64Array): void {
  const lex = getLexicon();
  const padded = `_${word}_`;
  const sum = new Float64Array(3);
  for (const len of lex.ngramLens) {
    for (let i = 0; i + len <= padded.length; i++) {
      const w = lex.ngrams.get(padded.slice(i, i + len));
      if (!w) continue;
      sum[0]! += w[0]!;
      sum[1]! += w[1]!;
      sum[2]! += w[2]!;
    }
  }
  // An unknown word is worth at most half a function word.
  for (let l = 0; l < 3; l++) scores[l]! += Math.min(1, sum[l]!) * 0.5 * relative(sum, l);
}

/** Share of this language in the word's n-gram evidence, so shared n-grams count less. */
function relative(sum: Float64Array, l: number): number {
  const total = sum[0]! + sum[1]! + sum[2]!;
  return total > 0 ? sum[l]! / total : 0;
}

function top2(scores: Float64Array): [number, number] {
  let best = 0;
  let second = 1;
  if (scores[1]! > scores[0]!) {
    best = 1;
    second = 0;
  }
  for (let p = 2; p < scores.length; p++) {
    if (scores[p]! > scores[best]!) {
      second = best;
      best = p;
    } else if (scores[p]! > scores[second]!) second = p;
  }
  return [best, second];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
