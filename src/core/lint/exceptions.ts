import type { Node } from '../text/regex-ast';
import { parseRegex } from '../text/regex-ast';
import { WORD_BOUNDARY, compileAst, group, seq } from './pattern';

/**
 * Vale's `exceptions`: a match is not reported when
 * - an exception occurs in it as a whole word or phrase (case-sensitive unless the exception
 *   starts with `(?i)`), e.g. exception "Visual Studio" spares the match "Visual Studio Code";
 * - or the match lies inside an occurrence, in the surrounding text, of a multi-word exception
 *   (compared case-insensitively), e.g. exception "Node JS" spares the match "JS" in "Node JS".
 */
export interface Exceptions {
  /** Whether the trimmed match is covered by an exception. */
  covers(observed: string): boolean;
  /** Whether [start, end) lies inside a multi-word exception found in text[from, to). */
  withinPhrase(text: string, from: number, to: number, start: number, end: number): boolean;
}

export const NO_EXCEPTIONS: Exceptions = { covers: () => false, withinPhrase: () => false };

export function compileExceptions(exceptions: readonly string[] | undefined): Exceptions | { error: string } {
  const terms = (exceptions ?? []).filter((e) => e.trim() !== '');
  if (!terms.length) return NO_EXCEPTIONS;
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  const nodes: Node[] = [];
  for (const term of sorted) {
    const parsed = parseRegex(term, { m: true, i: false });
    if ('error' in parsed) return { error: `exception "${term}": ${parsed.error}` };
    nodes.push(parsed.ast);
  }
  const covering = compileAst(seq([WORD_BOUNDARY, group(nodes), WORD_BOUNDARY])).re;
  const phrases = sorted.filter((t) => /[ \t]|\\s/.test(t));
  let phraseRe: RegExp | null = null;
  if (phrases.length) {
    const pn: Node[] = [];
    for (const term of phrases) {
      const parsed = parseRegex(term, { m: true, i: true });
      if (!('error' in parsed)) pn.push(parsed.ast);
    }
    if (pn.length) phraseRe = compileAst(seq([WORD_BOUNDARY, group(pn), WORD_BOUNDARY])).re;
  }
  return {
    covers(observed) {
      covering.lastIndex = 0;
      return covering.test(observed);
    },
    withinPhrase(text, from, to, start, end) {
      if (!phraseRe) return false;
      const slice = text.slice(from, to);
      phraseRe.lastIndex = 0;
      for (let m = phraseRe.exec(slice); m; m = phraseRe.exec(slice)) {
        if (m[0] === '') {
          phraseRe.lastIndex++;
          continue;
        }
        const s = from + m.index;
        if (start >= s && end <= s + m[0].length) return true;
        if (s > start) break;
      }
      return false;
    },
  };
}

/** Backwards-compatible helper: is this match an exception? */
export function isException(match: string, exceptions: readonly string[] | undefined): boolean {
  const ex = compileExceptions(exceptions);
  return !('error' in ex) && ex.covers(match.trim());
}
