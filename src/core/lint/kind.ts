import type { MatcherBuilder } from './matcher';
import type { LintState } from './state';
import type { RawFinding } from './types';

/** What a rule kind's compiler gets besides the rule. */
export interface KindEnv {
  /** The rule's index in the compiled pack (its key in the shared matcher). */
  slot: number;
  /** The pack's shared matcher under construction; null when a rule is compiled alone. */
  builder: MatcherBuilder | null;
}

export interface RuleImpl {
  run(state: LintState): RawFinding[];
  /** The rule finds nothing in a draft where the shared scan reported nothing for its slot. */
  needsScan?: boolean;
}

export type KindResult = RuleImpl | { unsupported: string };

/** Most findings one rule reports in one draft (work stays bounded on hostile input). */
export const MAX_PER_RULE = 200;

/** The shared matcher's hits for this rule, when this call's scan came from the same builder. */
export function scanHits(state: LintState, env: KindEnv): number[] | null {
  const scan = state.scan;
  if (!scan || !env.builder || scan.source !== env.builder) return null;
  return scan.hits.get(env.slot) ?? [];
}

/** False only when the shared scan shows none of the literals of `gate` (from `addPrefilter`) occur. */
export function mightMatch(state: LintState, env: KindEnv, gate: number | null): boolean {
  const scan = state.scan;
  if (gate === null || !scan || !env.builder || scan.source !== env.builder) return true;
  return scan.candidates.has(gate);
}

/** Run a global regex over text[from, to); yields [start, end, match] in draft offsets. */
export function* execIn(re: RegExp, text: string, from: number, to: number): Generator<RegExpExecArray & { start: number }> {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0] === '') {
      re.lastIndex += slice.codePointAt(re.lastIndex)! > 0xffff ? 2 : 1;
      continue;
    }
    if (++n > 10_000) return;
    yield Object.assign(m, { start: from + m.index });
  }
}

/**
 * Call `fn(match, start)` for each non-empty match of a global regex in text[from, to), in draft
 * offsets; `fn` returns false to stop. Cheaper than a generator in hot loops.
 */
export function eachMatch(re: RegExp, text: string, from: number, to: number, fn: (m: RegExpExecArray, start: number) => boolean | void): void {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  re.lastIndex = 0;
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m[0] === '') {
      re.lastIndex += slice.codePointAt(re.lastIndex)! > 0xffff ? 2 : 1;
      continue;
    }
    if (++n > 10_000 || fn(m, from + m.index) === false) return;
  }
}

/** [start, end) without surrounding whitespace (Vale trims what it reports). */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

export function unsupportedOf(err: unknown): { unsupported: string } {
  return { unsupported: err instanceof Error ? err.message : String(err) };
}
