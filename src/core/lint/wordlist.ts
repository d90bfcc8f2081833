import type { Node } from '../text/regex-ast';
import { expand, requiredLiterals } from './literals';
import { replay } from './matcher';
import type { KindEnv } from './kind';
import { execIn, mightMatch, scanHits } from './kind';
import type { LintState } from './state';

/**
 * A rule's list of alternatives (existence tokens, substitution keys) hooked into the pack's
 * shared matcher. When every alternative is a small finite set of strings, the strings go into
 * the shared matcher and the rule never runs its regex inside `lint`; otherwise the regex runs,
 * but only when one of its required literals occurs in the draft.
 */
/** Limits on how many strings one alternative, and one rule, may expand to. */
const MAX_PER_UNIT = 512;
const MAX_PER_RULE_STRINGS = 4096;

export interface ListMatch {
  start: number;
  end: number;
  /** Index of the alternative that matched, when known. */
  unit: number;
  exec?: RegExpExecArray;
}

export interface WordList {
  readonly fast: boolean;
  find(state: LintState, from: number, to: number): ListMatch[];
}

export interface WordListSpec {
  /** The rule's whole regex (global); compiled on first use. */
  regex: { readonly re: RegExp };
  /** Its whole tree (for required literals). */
  ast: Node;
  /** The alternatives, in the order the regex tries them. */
  units: Node[];
  /** Word boundaries around each alternative. */
  bounded: boolean;
  /** False when the matcher cannot reproduce the regex (raw pieces, captures needed, whole-draft scopes). */
  allowFast: boolean;
  /** Which alternative a regex match came from. */
  unitOf?: (m: RegExpExecArray) => number;
}

export function makeWordList(spec: WordListSpec, env: KindEnv): WordList {
  let fast = false;
  let gated = false;
  const rankUnit: number[] = [];
  if (env.builder) {
    const all = spec.allowFast ? spec.units.map((u) => expand(u, MAX_PER_UNIT)) : null;
    const total = all?.reduce((n, e) => n + (e?.length ?? Infinity), 0) ?? Infinity;
    if (all && total <= MAX_PER_RULE_STRINGS && all.every((e) => e && e.every((x) => x.text.length > 0))) {
      fast = true;
      all.forEach((exps, unit) => {
        for (const exp of exps!) {
          env.builder!.addExpansion(env.slot, rankUnit.length, exp, spec.bounded);
          rankUnit.push(unit);
        }
      });
    } else {
      const lits = requiredLiterals(spec.ast);
      if (lits && lits.length <= 64) {
        env.builder.addPrefilter(env.slot, lits);
        gated = true;
      }
    }
  }
  return {
    fast,
    find(state, from, to) {
      if (fast) {
        const hits = scanHits(state, env);
        if (hits) return replay(hits, from, to).map(([start, end, rank]) => ({ start, end, unit: rankUnit[rank]! }));
      }
      if (!mightMatch(state, env, gated)) return [];
      const out: ListMatch[] = [];
      for (const m of execIn(spec.regex.re, state.text, from, to)) {
        out.push({ start: m.start, end: m.start + m[0].length, unit: spec.unitOf ? spec.unitOf(m) : -1, exec: m });
      }
      return out;
    },
  };
}
