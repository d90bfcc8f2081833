import type { ExistenceRule } from '../../pack/schema';
import type { z } from 'zod';
import type { CompiledRule } from '../types';
import { formatMessage, isException, matches, tokenRegex } from '../pattern';

export function compileExistence(rule: z.infer<typeof ExistenceRule>): CompiledRule['check'] {
  const re = tokenRegex(rule.tokens ?? [], rule, rule.raw, rule.append);
  return (text) => {
    const out = [];
    for (const m of matches(re, text)) {
      if (isException(m[0], rule.exceptions, !!rule.ignorecase)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, message: formatMessage(rule.message, m[0]) });
    }
    return out;
  };
}
