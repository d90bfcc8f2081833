import type { z } from 'zod';
import type { CapitalizationRule } from '../../pack/schema';
import { parseRegex } from '../../text/regex-ast';
import type { RawFinding } from '../types';
import { compileAst, formatMessage, singleRegex } from '../pattern';
import { compileExceptions } from '../exceptions';
import { compileScope } from '../scope';
import { checkSentence, checkTitle, type CaseOptions } from '../casing';
import { trimSpan, unsupportedOf, type KindResult } from '../kind';

/**
 * Vale's capitalization: the whole text of each block in scope must be in `$title` (AP or
 * Chicago), `$sentence`, `$lower`, `$upper` case, or match a pattern. For title and sentence case
 * at least `threshold` (default 0.8) of the words must conform; `exceptions` keep their case,
 * `indicators` (default ":") let the next word start with a capital, `prefix` is ignored.
 * `%s` #1 is the block text, #2 the expected form, which is also the suggestion.
 */
export function compileCapitalization(rule: z.infer<typeof CapitalizationRule>): KindResult {
  const exceptions = compileExceptions(rule.exceptions);
  if ('error' in exceptions) return { unsupported: exceptions.error };
  const vocab = rule.exceptions ?? [];
  let prefix: RegExp | null = null;
  try {
    if (rule.prefix) prefix = singleRegex(rule.prefix);
  } catch (err) {
    return unsupportedOf(err);
  }
  const opts: CaseOptions = {
    vocab,
    vocabRes: vocab.map((v) => {
      const p = parseRegex(v);
      return 'error' in p ? null : compileAst(p.ast).re;
    }),
    prefix,
    indicators: rule.indicators ?? null,
  };
  const threshold = rule.threshold || 0.8;
  const except = (w: string) => exceptions.covers(w);
  let check: (s: string) => { expected: string; ok: boolean; suggest: boolean };
  switch (rule.match) {
    case '$title':
      check = (s) => ({ ...checkTitle(s, rule.style ?? 'AP', opts, threshold, except), suggest: true });
      break;
    case '$sentence':
      check = (s) => ({ ...checkSentence(s, opts, threshold, except), suggest: true });
      break;
    case '$lower':
      check = (s) => ({ expected: s.toLowerCase(), ok: s === s.toLowerCase() || except(s), suggest: true });
      break;
    case '$upper':
      check = (s) => ({ expected: s.toUpperCase(), ok: s === s.toUpperCase() || except(s), suggest: true });
      break;
    default: {
      let re: RegExp;
      try {
        re = singleRegex(rule.match);
      } catch (err) {
        return unsupportedOf(err);
      }
      check = (s) => {
        re.lastIndex = 0;
        return { expected: rule.match, ok: re.test(s) || except(s), suggest: false };
      };
    }
  }
  const scope = compileScope(rule.scope);
  return {
    run(state) {
      const out: RawFinding[] = [];
      for (const seg of state.segments(scope)) {
        const [start, end] = trimSpan(state.text, seg.start, seg.end);
        const s = state.text.slice(start, end);
        if (!s) continue;
        const { expected, ok, suggest } = check(s);
        if (ok) continue;
        out.push({
          start,
          end,
          message: formatMessage(rule.message, s, expected),
          suggestions: suggest && expected !== s ? [expected] : [],
        });
      }
      return out;
    },
  };
}
