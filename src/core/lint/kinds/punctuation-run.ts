import type { z } from 'zod';
import type { PunctuationRunRule } from '../../pack/schema';
import { formatMessage } from '../pattern';
import { MAX_PER_RULE, execIn, type KindResult } from '../kind';

/**
 * Reply-specific: runs of `chars` (default "!?") longer than `max`, e.g. "!!!" or "?!?!".
 * The suggestion keeps the first `max` marks. `%s` is the run.
 */
export function compilePunctuationRun(rule: z.infer<typeof PunctuationRunRule>): KindResult {
  const chars = [...new Set([...(rule.chars ?? '!?')])].map((c) => c.replace(/[\\\]^\-[]/g, '\\$&')).join('');
  const re = new RegExp(`[${chars}]{${rule.max + 1},}`, 'gu');
  return {
    run(state) {
      const out = [];
      for (const m of execIn(re, state.text, 0, state.text.length)) {
        const marks = [...m[0]];
        out.push({ start: m.start, end: m.start + m[0].length, message: formatMessage(rule.message, m[0]), suggestions: [marks.slice(0, rule.max).join('')] });
        if (out.length >= MAX_PER_RULE) break;
      }
      return out;
    },
  };
}
