import type { z } from 'zod';
import type { SequenceRule } from '../../pack/schema';
import { parseRegex } from '../../text/regex-ast';
import { tagTokens, tokenize, type TaggedToken } from '../../text/pos';
import type { RawFinding } from '../types';
import { compileAst, formatMessage } from '../pattern';
import { compileScope } from '../scope';
import { MAX_PER_RULE, type KindResult } from '../kind';

/**
 * Vale's sequence, sentence by sentence, over words tagged by Parley's small English tagger
 * (text/pos.ts — an approximation; see there). A token matches a word when its `pattern` is found
 * in the word and its `tag` in the word's Penn tag (both searched, as in Vale); `negate` inverts
 * the token. `skip: n` lets up to n words come before the token (a token with only `skip` is a
 * gap). The finding spans the matched words; `%[n]s` in the message is the n-th word of it.
 * Rules with `tag` need English and are reported as unsupported for other languages.
 */
interface Step {
  pattern: RegExp | null;
  tag: RegExp | null;
  negate: boolean;
  gap: number;
}

export function compileSequence(rule: z.infer<typeof SequenceRule>): KindResult {
  const locales = rule.when?.locales;
  const usesTags = rule.tokens.some((t) => t.tag);
  if (usesTags && locales && !locales.some((l) => l.startsWith('en'))) {
    return { unsupported: 'sequence rules with "tag" need part-of-speech tags, which Parley only approximates for English' };
  }
  if (!rule.tokens.some((t) => t.pattern && !t.negate)) return { unsupported: 'a sequence needs at least one token with a "pattern" (its anchor)' };
  const steps: Step[] = [];
  let pendingGap = 0;
  for (const [i, t] of rule.tokens.entries()) {
    if (!t.pattern && !t.tag) {
      pendingGap += t.skip ?? 0;
      continue;
    }
    let pattern: RegExp | null = null;
    let tag: RegExp | null = null;
    if (t.pattern) {
      const p = parseRegex(t.pattern, { i: !!rule.ignorecase, m: true });
      if ('error' in p) return { unsupported: `tokens[${i}].pattern: ${p.error}` };
      pattern = compileAst(p.ast, false).re;
    }
    if (t.tag) {
      const p = parseRegex(t.tag);
      if ('error' in p) return { unsupported: `tokens[${i}].tag: ${p.error}` };
      tag = compileAst(p.ast, false).re;
    }
    steps.push({ pattern, tag, negate: !!t.negate, gap: Math.min(50, pendingGap + (t.skip ?? 0)) });
    pendingGap = 0;
  }
  const scope = compileScope(undefined, 'sentence');
  const test = (re: RegExp, s: string) => {
    re.lastIndex = 0;
    return re.test(s);
  };
  const matchesWord = (step: Step, w: TaggedToken) => {
    const failedTag = step.tag ? test(step.tag, w.tag) === step.negate : false;
    const failedTok = step.pattern ? test(step.pattern, w.text) === step.negate : false;
    return !failedTag && !failedTok;
  };
  // The match of steps k… starting at word j; memoised per sentence, so gaps cost no more than
  // steps × words × gap.
  const from = (words: TaggedToken[], k: number, j: number, memo: Map<number, number[] | null>): number[] | null => {
    const key = k * words.length + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: number[] | null = null;
    if (matchesWord(steps[k]!, words[j]!)) {
      if (k === steps.length - 1) result = [j];
      else {
        const gap = steps[k + 1]!.gap;
        for (let next = j + 1; next <= j + 1 + gap && next < words.length; next++) {
          const rest = from(words, k + 1, next, memo);
          if (rest) {
            result = [j, ...rest];
            break;
          }
        }
      }
    }
    memo.set(key, result);
    return result;
  };
  return {
    run(state) {
      const out: RawFinding[] = [];
      for (const seg of state.segments(scope)) {
        const sentence = state.text.slice(seg.start, seg.end);
        const words = tagTokens(tokenize(sentence));
        const memo = new Map<number, number[] | null>();
        for (let j = 0; j < words.length; j++) {
          const hit = from(words, 0, j, memo);
          if (!hit) continue;
          const first = words[hit[0]!]!;
          const last = words[hit[hit.length - 1]!]!;
          const covered = words.slice(hit[0]!, hit[hit.length - 1]! + 1).map((w) => w.text);
          out.push({ start: seg.start + first.start, end: seg.start + last.end, message: formatMessage(rule.message, ...covered) });
          if (out.length >= MAX_PER_RULE) return out;
          j = hit[hit.length - 1]!;
        }
      }
      return out;
    },
  };
}
