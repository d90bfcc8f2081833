import type { z } from 'zod';
import type { ExistenceRule } from '../../pack/schema';
import type { RawFinding } from '../types';
import { buildTokenPattern, formatMessage, lazyRegex } from '../pattern';
import { compileExceptions } from '../exceptions';
import { compileScope, withinBlocks } from '../scope';
import { makeWordList } from '../wordlist';
import { MAX_PER_RULE, trimSpan, unsupportedOf, type KindEnv, type KindResult } from '../kind';

/**
 * Vale's existence: report every match of `\b(?:token|token…)\b` (`raw` pieces before the group,
 * or after it with `append`), minus exceptions. `%s` is the matched text.
 */
export function compileExistence(rule: z.infer<typeof ExistenceRule>, env: KindEnv): KindResult {
  const build = () => buildTokenPattern(rule.tokens ?? [], rule, rule.raw, rule.append);
  let pattern;
  try {
    pattern = build();
  } catch (err) {
    return unsupportedOf(err);
  }
  const exceptions = compileExceptions(rule.exceptions);
  if ('error' in exceptions) return { unsupported: exceptions.error };
  const scope = compileScope(rule.scope);
  const list = makeWordList(
    {
      regex: lazyRegex(() => build().ast),
      ast: pattern.ast,
      units: pattern.units.map((u) => u.node),
      bounded: !rule.nonword,
      allowFast: !(rule.raw ?? []).some((r) => r !== '') && withinBlocks(scope) && pattern.units.length > 0,
    },
    env,
  );
  return {
    needsScan: list.gated,
    run(state) {
      const out: RawFinding[] = [];
      const text = state.text;
      for (const seg of state.segments(scope)) {
        for (const m of list.find(state, seg.start, seg.end)) {
          const [start, end] = trimSpan(text, m.start, m.end);
          const observed = text.slice(start, end);
          if (!observed || exceptions.covers(observed) || exceptions.withinPhrase(text, seg.start, seg.end, m.start, m.end)) continue;
          out.push({ start, end, message: formatMessage(rule.message, observed) });
          if (out.length >= MAX_PER_RULE) return out;
        }
      }
      return out;
    },
  };
}
