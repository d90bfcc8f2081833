import type { z } from 'zod';
import type { ConditionalRule } from '../../pack/schema';
import { parseRegex } from '../../text/regex-ast';
import type { RawFinding } from '../types';
import { compileAst, formatMessage } from '../pattern';
import { compileExceptions } from '../exceptions';
import { compileScope } from '../scope';
import { MAX_PER_RULE, execIn, type KindResult } from '../kind';

/**
 * Vale's conditional: "if `first` appears, `second` must too". With a capture group in `second`
 * (the usual acronym check) the captured values are collected draft-wide, block by block in
 * order, definitions within a block before its uses; a `first` match whose text was not captured
 * (and is no exception) is reported, so a use before its definition is reported. Without a group,
 * every `first` match is reported in a block where `second` does not occur. `%s` is the match.
 * `ignorecase` applies to both patterns.
 */
export function compileConditional(rule: z.infer<typeof ConditionalRule>): KindResult {
  const first = parseRegex(rule.first, { i: !!rule.ignorecase });
  if ('error' in first) return { unsupported: `first: ${first.error}` };
  const second = parseRegex(rule.second, { i: !!rule.ignorecase });
  if ('error' in second) return { unsupported: `second: ${second.error}` };
  const firstRe = compileAst(first.ast).re;
  const secondRe = compileAst(second.ast).re;
  const hasGroup = second.groups.length > 0;
  const exceptions = compileExceptions(rule.exceptions);
  if ('error' in exceptions) return { unsupported: exceptions.error };
  const scope = compileScope(rule.scope);
  return {
    run(state) {
      const out: RawFinding[] = [];
      const text = state.text;
      const defined = new Set<string>();
      for (const seg of state.segments(scope)) {
        let present = false;
        for (const m of execIn(secondRe, text, seg.start, seg.end)) {
          present = true;
          if (!hasGroup) break;
          for (let g = 1; g < m.length; g++) if (m[g]) defined.add(m[g]!);
        }
        if (!hasGroup && present) continue;
        for (const m of execIn(firstRe, text, seg.start, seg.end)) {
          const s = m[0];
          const end = m.start + s.length;
          if ((hasGroup && defined.has(s)) || exceptions.covers(s) || exceptions.withinPhrase(text, seg.start, seg.end, m.start, end)) continue;
          out.push({ start: m.start, end, message: formatMessage(rule.message, s) });
          if (out.length >= MAX_PER_RULE) return out;
        }
      }
      return out;
    },
  };
}
