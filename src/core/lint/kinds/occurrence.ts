import type { OccurrenceRule } from '../../pack/schema';
import type { z } from 'zod';
import type { CompiledRule, RawFinding } from '../types';
import { formatMessage, matches, singleRegex } from '../pattern';
import { scopeSegments } from '../../text/segment';

export function compileOccurrence(rule: z.infer<typeof OccurrenceRule>): CompiledRule['check'] {
  const re = singleRegex(rule.token, rule.ignorecase);
  const scope = Array.isArray(rule.scope) ? rule.scope[0] : rule.scope;
  return (text, ctx) => {
    const out: RawFinding[] = [];
    for (const seg of scopeSegments(text, scope, ctx.locale)) {
      let count = 0;
      for (const _ of matches(re, seg.text)) count++;
      const tooMany = (rule.max ?? 0) > 0 && count > rule.max!;
      const tooFew = (rule.min ?? 0) > 0 && count < rule.min!;
      if (tooMany || tooFew) {
        const trimmed = seg.text.trimEnd();
        out.push({ start: seg.start, end: seg.start + trimmed.length, message: formatMessage(rule.message, String(count)) });
      }
    }
    return out;
  };
}
