import type { ConvertedRule, RuleDraft } from './types';

/** A Vale vocabulary: `accept.txt` and `reject.txt`, one term or regex a line. */
export interface Vocabulary {
  accept: string[];
  reject: string[];
}

/** Lines of a word list, without blanks and `# ` comments. */
export function parseWordList(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    const word = line.trim();
    if (!word || word === '#' || word.startsWith('# ')) continue;
    if (!out.includes(word)) out.push(word);
  }
  return out;
}

/** Vale only turns plain phrases (letters and spaces) into `Vale.Terms` entries; regexes are exceptions only. */
function isPhrase(term: string): boolean {
  return /^[\p{L} ]+$/u.test(term);
}

/** The built-in `Vale.Terms` (enforce accepted spelling and case) and `Vale.Avoid` (rejected terms). */
export function vocabularyRules(vocab: Vocabulary): ConvertedRule[] {
  const rules: ConvertedRule[] = [];
  const phrases = vocab.accept.filter(isPhrase);
  if (phrases.length) {
    const swap: Record<string, string> = {};
    for (const term of phrases) swap[term.toLowerCase()] = term;
    rules.push({
      vocab: false,
      rule: {
        id: 'Vale.Terms',
        kind: 'substitution',
        level: 'error',
        message: "Use '%s' instead of '%s'.",
        why: 'The project vocabulary (accept.txt) fixes how these terms are written.',
        ignorecase: true,
        swap,
      },
    });
  }
  if (vocab.reject.length) {
    rules.push({
      vocab: false,
      rule: {
        id: 'Vale.Avoid',
        kind: 'existence',
        level: 'error',
        message: "Avoid using '%s'.",
        why: 'The project vocabulary (reject.txt) rules these terms out.',
        tokens: vocab.reject,
      },
    });
  }
  return rules;
}

const TAKES_EXCEPTIONS = new Set(['existence', 'substitution', 'capitalization', 'conditional', 'repetition']);

/** Accepted terms become exceptions of every rule that keeps Vale's default `vocab: true`. */
export function withVocabularyExceptions(converted: ConvertedRule, accept: readonly string[]): RuleDraft {
  const { rule, vocab } = converted;
  if (!vocab || !accept.length || !TAKES_EXCEPTIONS.has(rule.kind)) return rule;
  const existing = (rule.exceptions as string[] | undefined) ?? [];
  return { ...rule, exceptions: [...existing, ...accept.filter((t) => !existing.includes(t))] };
}
