import { toJsRegex } from '../text/regex';

/** Why an untrusted pattern from a pack cannot be used, or null when it is fine. */
export function regexProblem(pattern: string): string | null {
  const translated = toJsRegex(pattern);
  if ('error' in translated) return translated.error;
  if (NESTED_QUANTIFIER.test(pattern)) {
    return `the pattern "${pattern}" repeats a group that itself repeats (like "(a+)+"); it can take exponential time, so it is refused`;
  }
  return null;
}

// A group whose body contains + or * and is itself followed by a quantifier: the classic
// catastrophic-backtracking shape.
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d+,\d*\})/;
