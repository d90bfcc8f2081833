import type { z } from 'zod';
import type { ExistenceRule } from '../../pack/schema';
import type { RawFinding } from '../types';
import type { Node } from '../../text/regex-ast';
import { buildTokenPattern, formatMessage, lazyRegex } from '../pattern';
import { compileExceptions } from '../exceptions';
import { compileScope, withinBlocks, type CompiledScope } from '../scope';
import { makeWordList, type WordList } from '../wordlist';
import { isPlainPattern, plainAlternatives } from '../plain-pattern';
import { MAX_PER_RULE, trimSpan, unsupportedOf, type KindEnv, type KindResult } from '../kind';

/**
 * Vale's existence: report every match of `\b(?:token|token…)\b` (`raw` pieces before the group,
 * or after it with `append`), minus exceptions. `%s` is the matched text.
 */
export function compileExistence(rule: Rule, env: KindEnv): KindResult {
  const exceptions = compileExceptions(rule.exceptions);
  if ('error' in exceptions) return { unsupported: exceptions.error };
  const scope = compileScope(rule.scope);
  const list = tokenWordList(rule, scope, env);
  if ('unsupported' in list) return list;
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

type Rule = z.infer<typeof ExistenceRule>;

const tokenPattern = (rule: Rule) => buildTokenPattern(rule.tokens ?? [], rule, rule.raw, rule.append);

/**
 * The rule's tokens as a word list. Plain word tokens always parse and their strings need no
 * tree, so the tree is made only if the list needs it. A function of its own, so that no tree made
 * here stays reachable from the rule's closures: the regex is rebuilt if it is ever needed.
 */
function tokenWordList(rule: Rule, scope: CompiledScope, env: KindEnv): WordList | { unsupported: string } {
  const hasRaw = (rule.raw ?? []).some((r) => r !== '');
  const tokens = (rule.tokens ?? []).filter((t) => t.trim() !== '');
  const plain = !hasRaw && tokens.every(isPlainPattern) ? { patterns: tokens.flatMap(plainAlternatives), fold: !!rule.ignorecase } : undefined;
  let pattern: ReturnType<typeof tokenPattern> | undefined;
  try {
    if (!plain) pattern = tokenPattern(rule);
  } catch (err) {
    return unsupportedOf(err);
  }
  const built = () => (pattern ??= tokenPattern(rule));
  let nodes: Node[] | undefined;
  return makeWordList(
    {
      regex: ruleRegex(rule),
      ast: () => built().ast,
      units: () => (nodes ??= built().units.map((u) => u.node)),
      plain,
      bounded: !rule.nonword,
      allowFast: !hasRaw && withinBlocks(scope) && (plain ? plain.patterns.length : built().units.length) > 0,
    },
    env,
  );
}

function ruleRegex(rule: Rule): { readonly re: RegExp } {
  return lazyRegex(() => tokenPattern(rule).ast);
}
