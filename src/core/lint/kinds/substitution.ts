import type { z } from 'zod';
import type { SubstitutionRule } from '../../pack/schema';
import type { GroupNode, Node } from '../../text/regex-ast';
import { parseRegex } from '../../text/regex-ast';
import type { RawFinding } from '../types';
import { GroupNumbering, WORD_BOUNDARY, compileAst, formatMessage, group, lazyRegex, seq, toSentence } from '../pattern';
import { compileExceptions } from '../exceptions';
import { compileScope, withinBlocks, type CompiledScope } from '../scope';
import { makeWordList, type WordList } from '../wordlist';
import { isPlainPattern } from '../plain-pattern';
import { MAX_PER_RULE, trimSpan, type KindEnv, type KindResult } from '../kind';

/**
 * Vale's substitution: every `swap` key is one alternative of `\b(?:(key1)|(key2)…)\b`; a match
 * whose text already is the preferred form is skipped (exact comparison when the preferred form is
 * a plain phrase, else a case-(in)sensitive full match of it as a pattern). `$1`… in the value are
 * the key's own groups (.NET numbering). `a|b` offers both. Parley always offers the replacements,
 * so messages are formatted as Vale does with `action: replace`: `%s` #1 is the options quoted and
 * joined with "or" (the first `'%s'` loses its quotes when the message has two), `%s` #2 the match.
 */
export function compileSubstitution(rule: Rule, env: KindEnv): KindResult {
  const entries = Object.entries(rule.swap);
  const exceptions = compileExceptions(rule.exceptions);
  if ('error' in exceptions) return { unsupported: exceptions.error };
  const scope = compileScope(rule.scope);
  const usesGroups = entries.some(([, v]) => /\$\{?\d/.test(v));
  const swap = swapWordList(rule, scope, usesGroups, env);
  if ('unsupported' in swap) return swap;
  const { list, own } = swap;
  const message = convertMessage(rule.message);
  const same = sameTest(!!rule.ignorecase);
  return {
    needsScan: list.gated,
    run(state) {
      const out: RawFinding[] = [];
      const text = state.text;
      for (const seg of state.segments(scope)) {
        for (const m of list.find(state, seg.start, seg.end)) {
          if (m.unit < 0) continue;
          const [start, end] = trimSpan(text, m.start, m.end);
          const observed = text.slice(start, end);
          if (!observed) continue;
          let expected = entries[m.unit]![1];
          if (m.exec) expected = substituteGroups(expected, m.exec, own[m.unit]!);
          if (same(expected, observed)) continue;
          if (exceptions.covers(observed) || exceptions.withinPhrase(text, seg.start, seg.end, m.start, m.end)) continue;
          const options = [...new Set(expected.split('|').map((o) => adapt(o, observed, !!rule.capitalize)))];
          out.push({ start, end, message: formatMessage(message, toSentence(options), observed), suggestions: options });
          if (out.length >= MAX_PER_RULE) return out;
        }
      }
      return out;
    },
  };
}

type Rule = z.infer<typeof SubstitutionRule>;

const treeOf = (rule: Rule) => swapTree(Object.keys(rule.swap), !!rule.ignorecase, !!rule.nonword);

/**
 * The swap keys as a word list, with each key's own group numbers. Plain keys always parse and
 * have no groups of their own (key k is group k + 1), and their strings need no tree, so the tree
 * is made only if the list needs it. A function of its own, so that no tree made here stays
 * reachable from the rule's closures: the regex is rebuilt if it is ever needed.
 */
function swapWordList(rule: Rule, scope: CompiledScope, usesGroups: boolean, env: KindEnv): { list: WordList; own: number[][] } | { unsupported: string } {
  const keys = Object.keys(rule.swap);
  const plain = keys.every(isPlainPattern) ? { patterns: keys, fold: !!rule.ignorecase } : undefined;
  let tree: SwapTree | undefined;
  if (!plain) {
    const made = treeOf(rule);
    if ('unsupported' in made) return made;
    tree = made;
  }
  const built = () => (tree ??= treeOf(rule) as SwapTree);
  const keyGroups = tree ? tree.wrappers.map((w) => w.index!) : keys.map((_, k) => k + 1);
  const own = tree ? tree.own.map((groups) => groups.map((g) => g.index!)) : keys.map((): number[] => []);
  const list = makeWordList(
    {
      regex: swapRegex(rule),
      ast: () => built().ast,
      units: () => built().wrappers,
      plain,
      bounded: !rule.nonword,
      allowFast: withinBlocks(scope) && !usesGroups,
      unitOf: matchedKey(keyGroups),
    },
    env,
  );
  return { list, own };
}

function swapRegex(rule: Rule): { readonly re: RegExp } {
  return lazyRegex(() => (treeOf(rule) as SwapTree).ast);
}

/** Which key a regex match came from, by its wrapper group. */
function matchedKey(keyGroups: readonly number[]): (m: RegExpExecArray) => number {
  return (m) => keyGroups.findIndex((index) => m[index] !== undefined);
}

interface SwapTree {
  ast: Node;
  /** One capturing group around each key. */
  wrappers: GroupNode[];
  /** Each key's own groups (.NET order). */
  own: GroupNode[][];
}

/** `\b(?:(key1)|(key2)…)\b`, numbering each key's groups after its wrapper. */
function swapTree(keys: readonly string[], ignorecase: boolean, nonword: boolean): SwapTree | { unsupported: string } {
  const init = { m: true, i: ignorecase };
  const numbering = new GroupNumbering();
  const wrappers: GroupNode[] = [];
  const own: GroupNode[][] = [];
  for (const key of keys) {
    const index = ++numbering.count;
    const parsed = numbering.parse(key, init);
    if ('error' in parsed) return { unsupported: `swap key "${key}": ${parsed.error}` };
    wrappers.push({ t: 'group', capture: true, index, body: parsed.ast });
    own.push(parsed.netGroups);
  }
  const core = group(wrappers);
  return { ast: seq(nonword ? [core] : [WORD_BOUNDARY, core, WORD_BOUNDARY]), wrappers, own };
}

/** With two `'%s'` (or `"%s"`) the first loses its quotes, because the options come quoted. */
export function convertMessage(message: string): string {
  let out = message;
  for (const spec of ["'%s'", '"%s"']) {
    if (out.split(spec).length - 1 === 2) out = out.replace(spec, '%s');
  }
  return out;
}

/** Vale's matchToken: is the observed text already the preferred form? */
function sameTest(ignorecase: boolean): (expected: string, observed: string) => boolean {
  const cache = new Map<string, RegExp | null>();
  return (expected, observed) => {
    if (/^[\p{L}\p{N} -]*$/u.test(expected)) return expected === observed;
    let re = cache.get(expected);
    if (re === undefined) {
      const parsed = parseRegex(`^(?:${expected})$`, { i: ignorecase });
      re = 'error' in parsed ? null : compileAst(parsed.ast, true).re;
      cache.set(expected, re);
    }
    if (!re) return expected === observed;
    re.lastIndex = 0;
    return re.test(observed);
  };
}

function substituteGroups(value: string, m: RegExpExecArray, own: readonly number[]): string {
  return value.replace(/\$(?:\{(\d+)\}|(\d))/g, (slot, a: string | undefined, b: string | undefined) => {
    const index = own[Number(a ?? b) - 1];
    return index !== undefined ? (m[index] ?? '') : slot;
  });
}

function adapt(preferred: string, found: string, capitalize: boolean): string {
  if (!capitalize || !/^\p{Lu}/u.test(found) || !preferred) return preferred;
  const first = String.fromCodePoint(preferred.codePointAt(0)!);
  return first.toUpperCase() + preferred.slice(first.length);
}
