/**
 * Counts for readability formulas (Vale's metric variables). Syllables are estimated with an
 * English-leaning vowel-group heuristic; German and Swedish vowels (ä, ö, ü, å, é) count as vowels,
 * which is close enough for length-based measures such as LIX but not for Flesch in those languages.
 */
export interface TextStats {
  words: number;
  characters: number;
  syllables: number;
  complex_words: number;
  long_words: number;
  polysyllabic_words: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;

export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-zäöüåéèêàâîôûëïæø]/g, '');
  if (!w) return word.length ? 1 : 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0]!).replace(/^y/, '');
  const groups = w.match(/[aeiouyäöüåéèêàâîôûëïæø]+/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Stats over `text`; `sentenceStarts` are offsets where sentences begin (for proper-noun detection). */
export function textStats(text: string, sentenceStarts: ReadonlySet<number> = new Set()): TextStats {
  const s: TextStats = { words: 0, characters: 0, syllables: 0, complex_words: 0, long_words: 0, polysyllabic_words: 0 };
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const len = [...word].length;
    const syl = syllables(word);
    s.words++;
    s.characters += len;
    s.syllables += syl;
    if (len > 6) s.long_words++;
    if (syl > 2) {
      s.polysyllabic_words++;
      const proper = /^\p{Lu}/u.test(word) && !sentenceStarts.has(m.index);
      const compound = /-/.test(word);
      const suffixed = /(?:es|ed|ing)$/i.test(word) && syllables(word.replace(/(?:es|ed|ing)$/i, '')) <= 2;
      if (!proper && !compound && !suffixed) s.complex_words++;
    }
  }
  return s;
}
