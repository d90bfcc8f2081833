import type { RepetitionRule } from '../../pack/schema';
import type { z } from 'zod';
import type { CompiledRule, RawFinding } from '../types';
import { formatMessage, matches, tokenRegex } from '../pattern';

/** Reports a token equal to the one before it (Vale's "the the"). */
export function compileRepetition(rule: z.infer<typeof RepetitionRule>): CompiledRule['check'] {
  const re = tokenRegex(rule.tokens, { ignorecase: rule.ignorecase, nonword: true });
  const allowed = rule.max ?? 0;
  return (text) => {
    const out: RawFinding[] = [];
    let prev: string | undefined;
    let prevEnd = 0;
    let run = 0;
    for (const m of matches(re, text)) {
      const tok = rule.ignorecase ? m[0].toLowerCase() : m[0];
      if (rule.alpha && !/^\p{L}+$/u.test(tok)) {
        prev = undefined;
        continue;
      }
      const between = text.slice(prevEnd, m.index);
      run = tok === prev && /^\s+$/.test(between) ? run + 1 : 0;
      if (run > allowed) {
        out.push({ start: prevEnd, end: m.index + m[0].length, message: formatMessage(rule.message, m[0]), suggestions: [''] });
      }
      prev = tok;
      prevEnd = m.index + m[0].length;
    }
    return out;
  };
}
