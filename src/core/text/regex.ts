/**
 * Vale patterns follow Go RE2 / .NET (regexp2) syntax. This turns one into JavaScript, or says
 * which feature cannot be translated. Translated:
 * - inline flags anywhere: `(?i)` (to the end of its group, as in Go and .NET), `(?i:…)`,
 *   `(?-i:…)`, `(?s)`, `(?m)`, `(?x)`, `(?U)`, `(?n)`; JavaScript's single `i` flag is used when the
 *   whole pattern agrees, otherwise case-insensitive letters are spelled out (`[nN]`);
 * - `\A`, `\z`, `\Z`, Go's `^`/`$` (text edges unless `(?m)`), `.` (anything but "\n");
 * - `(?P<name>…)`, `(?'name'…)`, `(?P=name)`, `\k<name>`, and .NET group numbering for `\1`;
 * - POSIX classes (`[[:alpha:]]`, Unicode-aware like our `\w`), `\pL`, `\p{Greek}` (scripts),
 *   `\p{^L}`, `\Q…\E`, `\x{…}`, `\e`, `\a`, octal `\0nn`, Go's literal `{` and escaped punctuation;
 * - `\b`, `\B` and `\w` are Unicode-aware (letters, marks, numbers, `_`), so "\bmöchte\b" works.
 * Reported as unsupported: atomic groups `(?>…)`, possessive quantifiers (`a++`), conditionals,
 * recursion, balancing groups, class subtraction, `\G`, Unicode blocks (`\p{IsGreek}`).
 *
 * Known, deliberate consequence of case-insensitivity (as in Vale): with `ignorecase` or `(?i)`,
 * `\p{Lu}` also matches lower-case letters. Write `(?-i:\p{Lu})` to require a capital.
 */
import { parseRegex, type Flags, type Parsed } from './regex-ast';
import { caseModeOf, emit, type CaseMode } from './regex-emit';
import { WORD_CLASS } from './chars';

export interface JsRegex {
  source: string;
  ignoreCase: boolean;
}

export const WORD_START = `(?<!${WORD_CLASS})`;
export const WORD_END = `(?!${WORD_CLASS})`;

export interface Translated extends JsRegex {
  parsed: Parsed;
  caseMode: CaseMode;
  /** Flags for `new RegExp` (always `u`, plus `i` when the whole pattern ignores case). */
  flags: string;
}

/** Translate a Vale pattern; `init` sets the flags in force at its start (e.g. Vale's `(?m)`). */
export function translate(pattern: string, init: Partial<Flags> = {}): Translated | { error: string } {
  const parsed = parseRegex(pattern, init);
  if ('error' in parsed) {
    return { error: parsed.unsupported ? `"${pattern}" uses a feature JavaScript lacks: ${parsed.error}` : `"${pattern}" is not a valid regular expression: ${parsed.error}` };
  }
  const caseMode = caseModeOf(parsed.ast);
  const source = emit(parsed.ast, { caseMode });
  const flags = 'u' + (caseMode === 'flag' ? 'i' : '');
  try {
    new RegExp(source, flags);
  } catch (err) {
    return { error: `"${pattern}" cannot be used in JavaScript: ${(err as Error).message}` };
  }
  return { source, ignoreCase: caseMode === 'flag', parsed, caseMode, flags };
}

export function toJsRegex(pattern: string): JsRegex | { error: string } {
  const t = translate(pattern);
  return 'error' in t ? t : { source: t.source, ignoreCase: t.ignoreCase };
}

/** Compile a Vale pattern for scanning (`g`), throwing a readable error when it cannot be used. */
export function compileVale(pattern: string, init: Partial<Flags> = {}, extraFlags = 'g'): RegExp {
  const t = translate(pattern, init);
  if ('error' in t) throw new Error(t.error);
  return new RegExp(t.source, t.flags + extraFlags);
}
