import type { z } from 'zod';
import type { OccurrenceRule } from '../../pack/schema';
import type { RawFinding } from '../types';
import { formatMessage, singleRegex } from '../pattern';
import { compileScope } from '../scope';
import type { Span } from '../../text/segment';
import { eachMatch, unsupportedOf, type KindResult } from '../kind';

/**
 * Vale's occurrence: count the matches of `token` in each block of the scope and report when the
 * count is above `max` or below `min` (bounds of 0 do not apply). `%s` is the count. As in Vale the
 * finding sits on the first match (on the block's first word when there is none); `context` is
 * the whole block, for highlighting.
 */
export function compileOccurrence(rule: z.infer<typeof OccurrenceRule>): KindResult {
  let re: RegExp;
  try {
    re = singleRegex(rule.token, rule.ignorecase);
  } catch (err) {
    return unsupportedOf(err);
  }
  const scope = compileScope(rule.scope);
  const max = rule.max ?? 0;
  const min = rule.min ?? 0;
  return {
    run(state) {
      const out: RawFinding[] = [];
      const text = state.text;
      const segments = state.segments(scope);
      const counts = state.memo(`occurrence:${re.flags}:${re.source}:${scope.key}`, () => segments.map((seg) => countIn(re, text, seg)));
      for (let i = 0; i < segments.length; i++) {
        const seg = segments[i]!;
        const { count } = counts[i]!;
        let first = counts[i]!.first;
        if (!((max > 0 && count > max) || (min > 0 && count < min))) continue;
        if (!first) {
          const word = /\S+/u.exec(text.slice(seg.start, seg.end));
          first = word ? [seg.start + word.index, seg.start + word.index + word[0].length] : [seg.start, seg.end];
        }
        out.push({ start: first[0], end: first[1], message: formatMessage(rule.message, String(count)), context: { start: seg.start, end: seg.end } });
      }
      return out;
    },
  };
}

/** Matches of `re` in a segment, and the first one that is not blank. */
function countIn(re: RegExp, text: string, seg: Span): { count: number; first: [number, number] | null } {
  let count = 0;
  let first: [number, number] | null = null;
  eachMatch(re, text, seg.start, seg.end, (m, start) => {
    if (!first && m[0].trim()) first = [start, start + m[0].length];
    count++;
  });
  return { count, first };
}
