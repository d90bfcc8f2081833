import type { z } from 'zod';
import type { RepetitionRule } from '../../pack/schema';
import type { RawFinding } from '../types';
import { compileAst, formatMessage, group, parseTokens } from '../pattern';
import { compileExceptions } from '../exceptions';
import { compileScope } from '../scope';
import type { Span } from '../../text/segment';
import { foldText } from '../../text/chars';
import { sentenceCount } from '../../text/segment';
import { MAX_PER_RULE, eachMatch, type KindResult } from '../kind';

/**
 * Vale's repetition: walk the matches of `(token|token…)` (no word boundaries) and report a
 * match equal to the one before it (`ignorecase` compares folded), spanning both, when the span is
 * a single sentence. `alpha` only counts tokens made of letters; `max` repeats are allowed.
 * `%s` is the repeated token; the suggestion keeps the first occurrence.
 *
 * One deliberate difference: Vale never resets its repeat counter between separate repeats, so
 * with `max: 1` two unrelated doubled words in one block would be reported; here the count
 * restarts whenever a token differs from the one before.
 */
export function compileRepetition(rule: z.infer<typeof RepetitionRule>): KindResult {
  const parsed = parseTokens(rule.tokens, { i: !!rule.ignorecase });
  if ('error' in parsed) return { unsupported: `tokens[${parsed.token}]: ${parsed.error}` };
  const re = compileAst(group(parsed.units.map((u) => u.node), true)).re;
  const exceptions = compileExceptions(rule.exceptions);
  if ('error' in exceptions) return { unsupported: exceptions.error };
  const scope = compileScope(rule.scope);
  const allowed = rule.max ?? 0;
  return {
    run(state) {
      const out: RawFinding[] = [];
      const text = state.text;
      const segments = state.segments(scope);
      const matches = state.memo(`repetition:${re.flags}:${re.source}:${scope.key}`, () => segments.map((seg) => spansIn(re, text, seg)));
      for (let i = 0; i < segments.length; i++) {
        const seg = segments[i]!;
        const spans = matches[i]!;
        let prev = '';
        let prevStart = 0;
        let prevEnd = 0;
        let count = 0;
        for (let k = 0; k < spans.length; k += 2) {
          const start = spans[k]!;
          const end = spans[k + 1]!;
          const curr = text.slice(start, end).trim();
          let hit = curr !== '' && curr.length === prev.length && (curr === prev || (!!rule.ignorecase && foldText(curr) === foldText(prev)));
          hit &&= !rule.alpha || /^\p{L}+$/u.test(curr);
          count = hit ? count + 1 : 0;
          if (hit && count > allowed) {
            const span = text.slice(prevStart, end);
            if (sentenceCount(span, state.ctx.locale) === 1 && !exceptions.covers(span) && !exceptions.withinPhrase(text, seg.start, seg.end, prevStart, end)) {
              out.push({ start: prevStart, end, message: formatMessage(rule.message, curr), suggestions: [text.slice(prevStart, prevEnd)] });
              count = 0;
              if (out.length >= MAX_PER_RULE) return out;
            }
          }
          prev = curr;
          prevStart = start;
          prevEnd = end;
        }
      }
      return out;
    },
  };
}

/** [start, end] pairs of the matches of `re` in a segment. */
function spansIn(re: RegExp, text: string, seg: Span): number[] {
  const out: number[] = [];
  eachMatch(re, text, seg.start, seg.end, (m, start) => {
    out.push(start, start + m[0].length);
  });
  return out;
}
