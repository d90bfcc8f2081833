import type { z } from 'zod';
import type { ConsistencyRule } from '../../pack/schema';
import type { GroupNode } from '../../text/regex-ast';
import type { RawFinding } from '../types';
import { GroupNumbering, WORD_BOUNDARY, compileAst, formatMessage, group, seq } from '../pattern';
import { compileScope } from '../scope';
import { execIn, type KindResult } from '../kind';

/**
 * Vale's consistency: for each `either` pair (`form1: form2`), once both forms have occurred in
 * the draft, a block that uses either form is reported once, at its last match (the occurrence
 * that completes the pair). `%s` is the matched text; the suggestion is the other form as first
 * written in the draft.
 */
export function compileConsistency(rule: z.infer<typeof ConsistencyRule>): KindResult {
  const init = { m: true, i: !!rule.ignorecase };
  const pairs: Array<{ re: RegExp; sides: [GroupNode, GroupNode] }> = [];
  for (const [a, b] of Object.entries(rule.either)) {
    const numbering = new GroupNumbering();
    const sides: GroupNode[] = [];
    for (const form of [a, b]) {
      const index = ++numbering.count;
      const parsed = numbering.parse(form, init);
      if ('error' in parsed) return { unsupported: `either "${a}: ${b}": ${parsed.error}` };
      sides.push({ t: 'group', capture: true, index, body: parsed.ast });
    }
    const core = group(sides);
    pairs.push({ re: compileAst(seq(rule.nonword ? [core] : [WORD_BOUNDARY, core, WORD_BOUNDARY])).re, sides: sides as [GroupNode, GroupNode] });
  }
  const scope = compileScope(rule.scope);
  return {
    run(state) {
      const out: RawFinding[] = [];
      const text = state.text;
      for (const pair of pairs) {
        const firstText: [string | null, string | null] = [null, null];
        for (const seg of state.segments(scope)) {
          let last: { start: number; end: number; side: number } | null = null;
          for (const m of execIn(pair.re, text, seg.start, seg.end)) {
            const side = m[pair.sides[0].index!] !== undefined ? 0 : 1;
            firstText[side] ??= m[0];
            last = { start: m.start, end: m.start + m[0].length, side };
          }
          if (!last || firstText[0] === null || firstText[1] === null) continue;
          const other = firstText[1 - last.side]!;
          out.push({ start: last.start, end: last.end, message: formatMessage(rule.message, text.slice(last.start, last.end)), suggestions: [other] });
        }
      }
      return out;
    },
  };
}
