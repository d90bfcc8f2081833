import type { z } from 'zod';
import type { MetricRule } from '../../pack/schema';
import { textStats } from '../../text/stats';
import { formatMessage } from '../pattern';
import { formatFixed2, parseCondition, parseFormula } from '../formula';
import type { KindResult } from '../kind';

/**
 * Vale's metric: evaluate `formula` over the draft's statistics (scope is always the whole draft)
 * and report once when `condition` holds. `%s` is the result with two decimals. Variables:
 * words, sentences, characters, syllables, paragraphs, complex_words, long_words (> 6 letters),
 * polysyllabic_words (> 2 syllables), pre (code blocks), list, blockquote, heading_h1…h6 (blocks
 * of each kind). A draft without words is not judged (Vale has no variables then either).
 */
export function compileMetric(rule: z.infer<typeof MetricRule>): KindResult {
  const formula = parseFormula(rule.formula);
  if ('error' in formula) return { unsupported: `formula: ${formula.error}` };
  const condition = parseCondition(rule.condition);
  if ('error' in condition) return { unsupported: `condition: ${condition.error}` };
  return {
    run(state) {
      const span = state.summary();
      if (!span) return [];
      const vars: Record<string, number> = { pre: 0, list: 0, blockquote: 0, paragraphs: 0, sentences: 0 };
      for (let h = 1; h <= 6; h++) vars[`heading_h${h}`] = 0;
      const agg = { words: 0, characters: 0, syllables: 0, complex_words: 0, long_words: 0, polysyllabic_words: 0 };
      for (const b of state.blocks) {
        if (b.kind === 'code') vars.pre!++;
        else if (b.kind === 'list' || b.kind === 'blockquote' || b.kind === 'paragraph') vars[b.kind === 'paragraph' ? 'paragraphs' : b.kind]!++;
        else if (b.kind === 'heading') vars[`heading_h${b.level ?? 1}`]!++;
        if (b.kind === 'code') continue;
        const sentences = state.sentencesOf(b);
        vars.sentences! += sentences.length;
        const starts = new Set(sentences.map((s) => s.start - b.start));
        const s = textStats(state.text.slice(b.start, b.end), starts);
        for (const k of Object.keys(agg) as Array<keyof typeof agg>) agg[k] += s[k];
      }
      if (agg.words === 0) return [];
      const result = formula({ ...vars, ...agg });
      if (!condition(result)) return [];
      return [{ start: span.start, end: span.end, message: formatMessage(rule.message, formatFixed2(result)), context: span }];
    },
  };
}
