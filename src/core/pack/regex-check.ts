import { registerRuleCheck, type Rule } from './schema';
import type { Flags, Node } from '../text/regex-ast';
import { translate } from '../text/regex';
import { emit } from '../text/regex-emit';
import { caseVariants } from '../text/chars';
import { parseFormula } from '../lint/formula';

/**
 * Patterns in packs are untrusted: a pattern that can backtrack catastrophically would freeze the
 * composer on every keystroke. A pattern is refused when, inside a repetition that can run three
 * or more times:
 * - a repeated part can itself repeat and the text it consumes could equally start the next step
 *   (`(a+)+`, `(\w+\s?)+`, `(\d+[.,]?)*`): exponentially many ways to split the same text;
 * - two alternatives can start with the same character (`(a|a)*`, `(\w|\d)+`, `(a|ab)*`);
 * - the repeated part can match nothing (`(a*)*`);
 * - a backreference is repeated (`(\w+)(?:\s+\1)+`).
 * Character overlaps are decided on a sample of characters (every character and range end the
 * pattern names, their case variants, and representatives of letters, digits, spaces, marks,
 * punctuation and symbols), which is exact for the classes packs use. Polynomial patterns such
 * as `\w+\w+` pass; the engine bounds the text it scans instead.
 */
export function regexProblem(pattern: string, init: Partial<Flags> = {}): string | null {
  const r = analyse(pattern, init);
  return r.error ?? r.risk;
}

/** Only the backtracking analysis (for patterns that may legitimately fail to parse, e.g. substitution values). */
export function backtrackingProblem(pattern: string, init: Partial<Flags> = {}): string | null {
  return analyse(pattern, init).risk;
}

interface Verdict {
  error: string | null;
  risk: string | null;
}

const FINE: Verdict = { error: null, risk: null };
/** Letters, digits and a few punctuation marks that are literal in every dialect: nothing to parse. */
const PLAIN = /^[\p{L}\p{M}\p{N} '’,-]*$/u;
/** What `isSimplePattern` patterns are made of. */
const SIMPLE_UNITS = /^[\p{L}\p{M}\p{N} '’,\-(?:|)]*$/u;

/**
 * Literal words with optional, non-capturing groups of alternatives ("leverera (?:en |ett )?plats",
 * "(?:die|den) Verbindung"): most word-list patterns. They always parse, and with no repetition
 * they cannot backtrack, so they need no analysis. Anything else (`a??`, empty alternatives, any
 * other syntax) is left to the full analysis.
 */
export function isSimplePattern(pattern: string): boolean {
  if (PLAIN.test(pattern)) return true;
  if (!SIMPLE_UNITS.test(pattern)) return false;
  let depth = 0;
  let quantifiable = false; // the last unit is a literal or a closed group
  let emptyAlt = true;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 40 /* ( */) {
      if (pattern.charCodeAt(i + 1) !== 63 || pattern.charCodeAt(i + 2) !== 58) return false;
      i += 2;
      depth++;
      quantifiable = false;
      emptyAlt = true;
    } else if (c === 41 /* ) */ || c === 124 /* | */) {
      if (emptyAlt || (c === 41 && --depth < 0)) return false;
      quantifiable = c === 41;
      emptyAlt = c === 124;
    } else if (c === 63 /* ? */) {
      if (!quantifiable) return false;
      quantifiable = false;
    } else if (c === 58 /* : */) {
      return false;
    } else {
      quantifiable = true;
      emptyAlt = false;
    }
  }
  return depth === 0 && !emptyAlt;
}

/** A pattern without `*`, `+` or `{…}` has no loop to backtrack in, whatever else it holds. */
const LOOP_SYNTAX = /[*+{]/;

// The schema's checks, the pack's checks and compilation look at the same patterns of the same
// rule objects: the verdicts live as long as the rule, so no pack's analysis outlives it.
const verdictsByRule = new WeakMap<Rule, Map<string, Verdict>>();

function ruleVerdict(rule: Rule, pattern: string, init: Partial<Flags> = {}): Verdict {
  if (isSimplePattern(pattern)) return FINE;
  let memo = verdictsByRule.get(rule);
  if (!memo) verdictsByRule.set(rule, (memo = new Map()));
  const key = `${init.i ? 'i' : ''}${init.m ? 'm' : ''}\u0000${pattern}`;
  let v = memo.get(key);
  if (!v) memo.set(key, (v = analyse(pattern, init)));
  return v;
}

function analyse(pattern: string, init: Partial<Flags>): Verdict {
  if (isSimplePattern(pattern)) return FINE;
  const t = translate(pattern, init);
  if ('error' in t) return { error: t.error, risk: null };
  const risk = backtrackingRisk(t.parsed.ast);
  return risk ? { error: null, risk: `the pattern "${pattern}" ${risk}; it can take exponential time, so it is refused` } : FINE;
}

const atomRegexes = new Map<string, RegExp>();

const LOOP_MIN = 3;

type Set8 = Uint8Array;

class Alphabet {
  readonly samples: string[];
  private readonly cache = new Map<Node, Set8>();
  readonly all: Set8;
  readonly none: Set8;

  constructor(ast: Node) {
    const set = new Set<string>([...'aAzZmM09_ \t\n.,-!?\'"#@/()éÉßäÖåΩω中😀²\u0301\u00a0€+*=:;']);
    const visit = (n: Node) => {
      if (n.t === 'char') for (const v of caseVariants(String.fromCodePoint(n.cp))) set.add(v);
      if (n.t === 'class') {
        for (const it of n.items) {
          if (it.t !== 'range') continue;
          for (const cp of [it.from, it.to, Math.min(it.to, it.from + 1)]) for (const v of caseVariants(String.fromCodePoint(cp))) set.add(v);
        }
      }
      forChildren(n, visit);
    };
    visit(ast);
    this.samples = [...set];
    this.all = new Uint8Array(this.samples.length).fill(1);
    this.none = new Uint8Array(this.samples.length);
  }

  /** The samples a single-character node accepts. */
  of(node: Node): Set8 {
    const cached = this.cache.get(node);
    if (cached) return cached;
    let out: Set8;
    if (node.t === 'backref') out = this.all;
    else if (node.t === 'char') {
      const ch = String.fromCodePoint(node.cp);
      const accepted = new Set(node.fold ? caseVariants(ch) : [ch]);
      out = new Uint8Array(this.samples.length);
      this.samples.forEach((s, i) => {
        out[i] = accepted.has(s) ? 1 : 0;
      });
    } else {
      const fold = 'fold' in node && node.fold;
      const source = `^(?:${emit(node, { caseMode: fold ? 'flag' : 'plain' })})$`;
      const key = (fold ? 'i' : '') + source;
      let re = atomRegexes.get(key);
      if (!re) {
        re = new RegExp(source, fold ? 'ui' : 'u');
        if (atomRegexes.size < 5000) atomRegexes.set(key, re);
      }
      out = new Uint8Array(this.samples.length);
      this.samples.forEach((s, i) => {
        out[i] = re!.test(s) ? 1 : 0;
      });
    }
    this.cache.set(node, out);
    return out;
  }
}

function union(a: Set8, b: Set8): Set8 {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! | b[i]!;
  return out;
}

function overlaps(a: Set8, b: Set8): boolean {
  for (let i = 0; i < a.length; i++) if (a[i]! & b[i]!) return true;
  return false;
}

function forChildren(n: Node, f: (c: Node) => void): void {
  if (n.t === 'group' || n.t === 'look' || n.t === 'rep') f(n.body);
  else if (n.t === 'alt') n.alts.forEach(f);
  else if (n.t === 'seq') n.items.forEach(f);
}

function nullable(n: Node): boolean {
  switch (n.t) {
    case 'empty':
    case 'assert':
    case 'look':
    case 'backref':
      return true;
    case 'group':
      return nullable(n.body);
    case 'alt':
      return n.alts.some(nullable);
    case 'seq':
      return n.items.every(nullable);
    case 'rep':
      return n.min === 0 || nullable(n.body);
    default:
      return false;
  }
}

const firstMemo = new WeakMap<Node, Set8>();

function first(n: Node, ab: Alphabet): Set8 {
  // Character nodes are shared between patterns (whose alphabets differ): the alphabet caches them.
  if (n.t === 'char') return ab.of(n);
  let m = firstMemo.get(n);
  if (!m) {
    m = computeFirst(n, ab);
    firstMemo.set(n, m);
  }
  return m;
}

function computeFirst(n: Node, ab: Alphabet): Set8 {
  switch (n.t) {
    case 'empty':
    case 'assert':
    case 'look':
      return ab.none;
    case 'group':
    case 'rep':
      return first(n.body, ab);
    case 'alt':
      return n.alts.reduce((acc, a) => union(acc, first(a, ab)), ab.none);
    case 'seq': {
      let acc = ab.none;
      for (const item of n.items) {
        acc = union(acc, first(item, ab));
        if (!nullable(item)) break;
      }
      return acc;
    }
    default:
      return ab.of(n);
  }
}

function isLoop(n: Node): boolean {
  return n.t === 'rep' && n.max >= LOOP_MIN;
}

function containsBackref(n: Node): boolean {
  let found = false;
  const visit = (c: Node) => {
    if (c.t === 'backref') found = true;
    else forChildren(c, visit);
  };
  visit(n);
  return found;
}

/** Why the tree can backtrack catastrophically, or null. */
export function backtrackingRisk(ast: Node): string | null {
  let loops = false;
  const scan = (n: Node) => {
    if (n.t === 'rep' && n.max >= LOOP_MIN) loops = true;
    else forChildren(n, scan);
  };
  scan(ast);
  if (!loops) return null;
  const ab = new Alphabet(ast);
  let problem: string | null = null;
  // `follow`: what can come right after `n`; `inLoop`: n sits inside a repetition.
  const visit = (n: Node, follow: Set8, inLoop: boolean): void => {
    if (problem) return;
    switch (n.t) {
      case 'group':
        visit(n.body, follow, inLoop);
        return;
      case 'look':
        visit(n.body, ab.all, inLoop);
        return;
      case 'alt':
        if (inLoop) {
          const firsts = n.alts.map((a) => first(a, ab));
          for (let i = 0; i < firsts.length && !problem; i++) {
            for (let j = i + 1; j < firsts.length; j++) {
              if (overlaps(firsts[i]!, firsts[j]!)) {
                problem = 'repeats a choice whose alternatives can start with the same character (like "(a|ab)*" or "(\\w|\\d)+")';
                break;
              }
            }
          }
        }
        for (const a of n.alts) visit(a, follow, inLoop);
        return;
      case 'seq': {
        const items = n.items;
        const follows: Set8[] = new Array(items.length);
        let after = follow;
        for (let i = items.length - 1; i >= 0; i--) {
          follows[i] = after;
          after = nullable(items[i]!) ? union(first(items[i]!, ab), after) : first(items[i]!, ab);
        }
        items.forEach((item, i) => visit(item, follows[i]!, inLoop));
        return;
      }
      case 'rep': {
        const bodyFirst = first(n.body, ab);
        // Inside a loop, a part that may or may not take the next character (x?, x+, x{1,3})
        // while what follows it could take that character too gives two ways to go on.
        if (inLoop && n.max > n.min && overlaps(bodyFirst, follow)) {
          problem = n.max >= 2 ? 'repeats a group that itself repeats (like "(a+)+" or "(\\w+\\s?)+")' : 'repeats a group with an optional part that overlaps what follows it (like "(a?a)+")';
          return;
        }
        if (isLoop(n)) {
          if (nullable(n.body)) {
            problem = 'repeats something that can match nothing (like "(a*)*")';
            return;
          }
          if (containsBackref(n.body)) {
            problem = 'repeats a backreference (like "(\\w+)(?:\\s\\1)+")';
            return;
          }
        }
        // In a loop body, the next iteration is what matters for ambiguity; what follows the
        // whole loop only makes matching polynomial, which the engine's scan bound covers.
        const bodyFollow = isLoop(n) ? bodyFirst : n.max >= 2 ? union(follow, bodyFirst) : follow;
        visit(n.body, bodyFollow, inLoop || isLoop(n));
        return;
      }
      default:
        return;
    }
  };
  visit(ast, ab.all, false);
  return problem;
}

/** Every pattern a rule carries, with the field it came from and how it is compiled. */
export function rulePatterns(rule: Rule): Array<{ field: string; pattern: string; init?: Partial<Flags>; riskOnly?: boolean }> {
  const list = (field: string, items: readonly string[] | undefined, init?: Partial<Flags>) => (items ?? []).map((pattern, j) => ({ field: `${field}[${j}]`, pattern, init }));
  const exceptions = 'exceptions' in rule && rule.kind !== 'personal-data' ? list('exceptions', rule.exceptions as string[] | undefined) : [];
  switch (rule.kind) {
    case 'existence':
      return [...list('tokens', rule.tokens), ...((rule.raw ?? []).length ? [{ field: 'raw', pattern: (rule.raw ?? []).join('') }] : []), ...exceptions];
    case 'substitution':
      return [
        ...Object.keys(rule.swap).map((k) => ({ field: `swap › ${k}`, pattern: k })),
        ...Object.values(rule.swap).map((v) => ({ field: `swap › ${v}`, pattern: `^(?:${v})$`, riskOnly: true })),
        ...exceptions,
      ];
    case 'occurrence':
      return [{ field: 'token', pattern: rule.token }];
    case 'repetition':
      return [...list('tokens', rule.tokens), ...exceptions];
    case 'capitalization':
      return [
        ...(rule.match.startsWith('$') ? [] : [{ field: 'match', pattern: rule.match }]),
        ...(rule.prefix ? [{ field: 'prefix', pattern: rule.prefix }] : []),
        ...exceptions,
      ];
    case 'conditional':
      return [{ field: 'first', pattern: rule.first }, { field: 'second', pattern: rule.second }, ...exceptions];
    case 'consistency':
      return Object.entries(rule.either).flatMap(([a, b]) => [
        { field: `either › ${a}`, pattern: a },
        { field: `either › ${a}`, pattern: b },
      ]);
    case 'sequence':
      return rule.tokens.flatMap((t, j) => [
        ...(t.pattern ? [{ field: `tokens[${j}].pattern`, pattern: t.pattern }] : []),
        ...(t.tag ? [{ field: `tokens[${j}].tag`, pattern: t.tag }] : []),
      ]);
    case 'required':
      return rule.elements.flatMap((el) => el.tokens.map((t) => ({ field: `elements › ${el.name}`, pattern: t })));
    case 'personal-data':
      return (rule.exceptions ?? []).map((e, j) => ({ field: `exceptions[${j}]`, pattern: `^(?:${e})$`, riskOnly: true }));
    default:
      return [];
  }
}

/** Each unusable pattern of a rule, with the field it sits in. */
export function rulePatternIssues(rule: Rule): Array<{ field: string; problem: string }> {
  const out: Array<{ field: string; problem: string }> = [];
  for (const { field, pattern, init, riskOnly } of rulePatterns(rule)) {
    if (riskOnly && !LOOP_SYNTAX.test(pattern)) continue;
    const v = ruleVerdict(rule, pattern, init);
    const problem = riskOnly ? v.risk : (v.error ?? v.risk);
    if (problem) out.push({ field, problem });
  }
  return out;
}

/** Problems with a rule's patterns, each naming the rule and the field. */
export function rulePatternProblems(rule: Rule): string[] {
  return rulePatternIssues(rule).map(({ field, problem }) => `rule ${rule.id} › ${field}: ${problem}`);
}

/**
 * Problems in the rule fields the pack validator does not check itself (it checks tokens, raw,
 * swap keys, occurrence tokens, conditional and consistency patterns and required elements):
 * exceptions, capitalization patterns, sequence tokens, substitution values, personal-data
 * exceptions, metric formulas. Used by the schema, so they surface as validation problems.
 */
export function extraRuleProblems(rule: Rule): Array<{ path: Array<string | number>; message: string }> {
  const out: Array<{ path: Array<string | number>; message: string }> = [];
  const check = (path: Array<string | number>, pattern: string, riskOnly = false) => {
    if (riskOnly && !LOOP_SYNTAX.test(pattern)) return;
    const v = ruleVerdict(rule, pattern);
    const problem = riskOnly ? v.risk : (v.error ?? v.risk);
    if (problem) out.push({ path, message: `rule ${rule.id}: ${problem}` });
  };
  if ('exceptions' in rule && rule.exceptions) {
    rule.exceptions.forEach((e, j) => check(['exceptions', j], rule.kind === 'personal-data' ? `^(?:${e})$` : e, rule.kind === 'personal-data'));
  }
  switch (rule.kind) {
    case 'substitution':
      for (const [k, v] of Object.entries(rule.swap)) check(['swap', k], `^(?:${v})$`, true);
      break;
    case 'capitalization':
      if (!rule.match.startsWith('$')) check(['match'], rule.match);
      else if (!['$title', '$sentence', '$lower', '$upper'].includes(rule.match)) out.push({ path: ['match'], message: `rule ${rule.id}: use $title, $sentence, $lower, $upper or a pattern` });
      if (rule.prefix) check(['prefix'], rule.prefix);
      break;
    case 'sequence':
      rule.tokens.forEach((t, j) => {
        if (t.pattern) check(['tokens', j, 'pattern'], t.pattern);
        if (t.tag) check(['tokens', j, 'tag'], t.tag);
      });
      break;
    case 'metric': {
      const f = parseFormula(rule.formula);
      if ('error' in f) out.push({ path: ['formula'], message: `rule ${rule.id}: ${f.error}` });
      break;
    }
    default:
      break;
  }
  return out;
}

registerRuleCheck((rule) => extraRuleProblems(rule as Rule));
