import { walk, type Node } from '../text/regex-ast';
import { expand, leadingStrings, requiredLiterals, type Expansion } from './literals';
import { expandPlain } from './plain-pattern';
import { WORD_BOUNDARY, compileAst, group, seq } from './pattern';
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
const MAX_PER_MIXED_UNIT = 32;

export interface ListMatch {
  start: number;
  end: number;
  /** Index of the alternative that matched, when known. */
  unit: number;
  exec?: RegExpExecArray;
}

export interface WordList {
  readonly fast: boolean;
  /** True when the list finds nothing unless the shared scan reported its rule's slot. */
  readonly gated: boolean;
  find(state: LintState, from: number, to: number): ListMatch[];
}

export interface WordListSpec {
  /** The rule's whole regex (global); compiled on first use. */
  regex: { readonly re: RegExp };
  /** Its whole tree (for required literals), made when needed. */
  ast: () => Node;
  /** The alternatives, in the order the regex tries them, made when needed. */
  units: () => readonly Node[];
  /** The same alternatives as plain patterns (`isPlainPattern`), when they all are: strings without trees. */
  plain?: { patterns: readonly string[]; fold: boolean };
  /** Word boundaries around each alternative. */
  bounded: boolean;
  /** False when the matcher cannot reproduce the regex (raw pieces, captures needed, whole-draft scopes). */
  allowFast: boolean;
  /** Which alternative a regex match came from. */
  unitOf?: (m: RegExpExecArray) => number;
}

/** An alternative that is not a small finite set: its own regex, run only where it can match. */
interface RegexUnit {
  rank: number;
  pattern: { readonly re: RegExp };
  /** Gate of its leading strings (candidate starts; the regex is sticky), else of its required literals. */
  gate: number;
  sticky: boolean;
}

export function makeWordList(spec: WordListSpec, env: KindEnv): WordList {
  // Only these outlive compiling (no closure here may use `spec`, or its trees would be kept).
  const { regex, unitOf } = spec;
  const builder = env.builder;
  let fast = false;
  let gate: number | null = null;
  const rankUnit: number[] = [];
  const regexUnits: RegexUnit[] = [];
  if (builder) {
    const plan = spec.allowFast ? planUnits(spec) : null;
    if (plan) {
      fast = true;
      for (const [unit, p] of plan.entries()) {
        if (Array.isArray(p)) {
          for (const exp of p) {
            builder.addExpansion(env.slot, rankUnit.length, exp, spec.bounded);
            rankUnit.push(unit);
          }
          continue;
        }
        const g = p.leading ? builder.addStarts(env.slot, p.leading, spec.bounded) : builder.addPrefilter(env.slot, p.literals!);
        regexUnits.push({ rank: rankUnit.length, pattern: unitPattern(spec.units()[unit]!, spec.bounded, !!p.leading), gate: g, sticky: !!p.leading });
        rankUnit.push(unit);
      }
    } else {
      const lits = requiredLiterals(spec.ast());
      if (lits && lits.length <= 256) gate = builder.addPrefilter(env.slot, lits);
    }
  }
  return {
    fast,
    gated: fast || gate !== null,
    find(state, from, to) {
      if (fast) {
        const hits = scanHits(state, env);
        if (hits) {
          const all = regexUnits.length ? hits.concat(unitHits(state, regexUnits, from, to)) : hits;
          return replay(all, from, to).map(([start, end, rank]) => ({ start, end, unit: rankUnit[rank]! }));
        }
      }
      if (!mightMatch(state, env, gate)) return [];
      const out: ListMatch[] = [];
      for (const m of execIn(regex.re, state.text, from, to)) {
        out.push({ start: m.start, end: m.start + m[0].length, unit: unitOf ? unitOf(m) : -1, exec: m });
      }
      return out;
    },
  };
}

type UnitPlan = Expansion[] | { leading: string[] | null; literals: string[] | null };

/**
 * Each alternative as its strings (small finite sets) or as a regex of its own with the strings
 * it starts with or must contain; null when the shared matcher cannot serve the list.
 */
function planUnits(spec: WordListSpec): UnitPlan[] | null {
  const plain = spec.plain;
  const all = plain ? plain.patterns.map((p) => expandPlain(p, plain.fold, MAX_PER_UNIT)) : spec.units().map((u) => expand(u, MAX_PER_UNIT));
  const finite = (e: Expansion[] | null): e is Expansion[] => !!e && e.every((x) => x.text.length > 0);
  // In a list that needs regexes anyway, large finite alternatives are cheaper to compile as one.
  const mixed = !all.every(finite);
  let strings = 0;
  const plan: UnitPlan[] = [];
  for (const [i, exps] of all.entries()) {
    if (finite(exps) && !(mixed && exps.length > MAX_PER_MIXED_UNIT)) {
      strings += exps.length;
      plan.push(exps);
      continue;
    }
    const unit = spec.units()[i]!;
    if (walkAny(unit, (n) => n.t === 'backref')) return null;
    const leading = leadingStrings(unit);
    const literals = leading ? null : requiredLiterals(unit);
    if (!leading && !(literals && literals.length <= 256)) return null;
    plan.push({ leading, literals });
  }
  return strings <= MAX_PER_RULE_STRINGS ? plan : null;
}

function walkAny(node: Node, test: (n: Node) => boolean): boolean {
  let found = false;
  walk(node, (n) => {
    found ||= test(n);
  });
  return found;
}

/** One alternative alone, with the list's word boundaries; sticky when it is tried at candidate starts. */
function unitPattern(node: Node, bounded: boolean, sticky: boolean): { readonly re: RegExp } {
  let re: RegExp | undefined;
  return {
    get re() {
      const core = group([node]);
      re ??= compileAst(seq(bounded ? [WORD_BOUNDARY, core, WORD_BOUNDARY] : [core]), sticky).re;
      return re;
    },
  };
}

/**
 * Where each regex alternative matches in text[from, to), as [start, end, rank] triples: every
 * start at which it matches, with the end the whole regex would take there. Run on the same slice
 * as the whole regex, so lookbehinds and anchors see what they would see there.
 */
function unitHits(state: LintState, units: readonly RegexUnit[], from: number, to: number): number[] {
  const scan = state.scan!;
  const text = state.text;
  let slice: string | null = null;
  const out: number[] = [];
  for (const u of units) {
    let starts: number[] | undefined;
    if (u.sticky) {
      starts = scan.starts.get(u.gate);
      if (!starts) continue;
    } else if (!scan.candidates.has(u.gate)) continue;
    slice ??= from === 0 && to === text.length ? text : text.slice(from, to);
    const re = u.pattern.re;
    if (starts) {
      for (const p of starts) {
        if (p < from || p >= to) continue;
        re.lastIndex = p - from;
        const m = re.exec(slice);
        if (m && m[0] !== '') out.push(p, p + m[0].length, u.rank);
      }
      continue;
    }
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(slice)) !== null && ++n <= 10_000) {
      if (m[0] !== '') out.push(from + m.index, from + m.index + m[0].length, u.rank);
      re.lastIndex = m.index + (slice.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
  }
  return out;
}
