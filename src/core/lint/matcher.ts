import { foldText, isWordCodePoint } from '../text/chars';
import { Trie, type Transitions } from './trie';
import type { Expansion } from './literals';
import type { LintState } from './state';

/**
 * The pack's shared matcher: one pass over the draft finds every word-list entry of every rule.
 *
 * - Entries that start with a word character and need a word boundary (almost all of them) go
 *   into one trie, walked from each word start of the draft: the walk costs the length of the
 *   longest entry prefix found there, however many entries the pack has.
 * - Everything else (`nonword` entries, entries starting with punctuation) and the literals that
 *   gate the regex rules go into one Aho-Corasick automaton run over the folded draft.
 *
 * The result is a list of hits per rule; a rule then replays its regex's leftmost-first choice
 * over those hits (see `replay`), or, for a regex rule, runs its regex only when one of its
 * literals was seen.
 */

interface Entry {
  slot: number;
  /** Preference order within the rule (the regex tries lower ranks first); PREFILTER or STARTS for gates. */
  rank: number;
  /** The gate a PREFILTER or STARTS entry reports to. */
  gate: number;
  /** Folded text, compared against the folded draft. */
  folded: string;
  /** Original text, compared exactly when the entry is case-sensitive. */
  exact: string | null;
  /** Word boundaries needed at both ends. */
  bounded: boolean;
}

export interface ScanResult {
  /** The builder the scanned matcher came from (rules check it is theirs). */
  source: MatcherBuilder;
  /** Per rule slot: hits as a flat list of [start, end, rank] triples. */
  hits: Map<number, number[]>;
  /** Gates (see `addPrefilter`) whose literals occur in the draft. */
  candidates: Set<number>;
  /** Per gate of `addStarts`: positions where one of its leading strings starts, unordered. */
  starts: Map<number, number[]>;
  /** Slots with anything reported above: a rule served only by the matcher can skip the others. */
  slots: Set<number>;
}

const PREFILTER = -1;
const STARTS = -2;

interface GroupBuild {
  atWordStart: Trie<Entry>;
  anywhere: Array<{ key: string; entry: Entry }>;
}

interface Group {
  trie: { next: Transitions; out: Array<Entry[] | undefined> } | null;
  ac: AhoCorasick | null;
}

/**
 * Entries are kept in groups by the one locale their rule is scoped to ("*" for rules in several
 * or all languages), so a German draft never walks the English lists.
 */
export class MatcherBuilder {
  private readonly groups = new Map<string, GroupBuild>();
  private entries = 0;
  private gates = 0;
  /** The group the next registrations go to (set per rule by compilePack). */
  group = '*';

  private current(): GroupBuild {
    let g = this.groups.get(this.group);
    if (!g) {
      g = { atWordStart: new Trie<Entry>(), anywhere: [] };
      this.groups.set(this.group, g);
    }
    return g;
  }

  /** A finite alternative of a word-list rule. */
  addExpansion(slot: number, rank: number, exp: Expansion, bounded: boolean): void {
    const folded = foldText(exp.text);
    const entry: Entry = { slot, rank, gate: -1, folded, exact: exp.fold === false ? exp.text : null, bounded };
    this.entries++;
    const g = this.current();
    if (bounded && isWordCodePoint(folded.codePointAt(0)!)) g.atWordStart.add(folded, entry);
    else g.anywhere.push({ key: folded, entry });
  }

  /** Literals (folded) one of which must occur for a regex to match; returns the gate to check in `candidates`. */
  addPrefilter(slot: number, literals: readonly string[]): number {
    return this.addGate(slot, literals, PREFILTER, false);
  }

  /**
   * Strings (folded) one of which every match of a regex starts with; the scan lists where they
   * occur under the returned gate (only at word boundaries when `bounded`).
   */
  addStarts(slot: number, leading: readonly string[], bounded: boolean): number {
    return this.addGate(slot, leading, STARTS, bounded);
  }

  private addGate(slot: number, literals: readonly string[], rank: number, bounded: boolean): number {
    const gate = this.gates++;
    const g = this.current();
    for (const lit of literals) {
      if (!lit) continue;
      this.entries++;
      g.anywhere.push({ key: lit, entry: { slot, rank, gate, folded: lit, exact: null, bounded } });
    }
    return gate;
  }

  get size(): number {
    return this.entries;
  }

  build(): CombinedMatcher {
    const groups = new Map<string, Group>();
    for (const [key, g] of this.groups) {
      groups.set(key, {
        trie: g.atWordStart.size > 1 ? { next: g.atWordStart.freeze(), out: g.atWordStart.out } : null,
        ac: AhoCorasick.build(g.anywhere),
      });
    }
    return new CombinedMatcher(this, groups);
  }
}

export class CombinedMatcher {
  constructor(
    private readonly source: MatcherBuilder,
    private readonly groups: Map<string, Group>,
  ) {}

  /** Scan the prose blocks of the draft; only slots with `active[slot]` are reported. */
  scan(state: LintState, active: Uint8Array): ScanResult {
    const result: ScanResult = { source: this.source, hits: new Map(), candidates: new Set(), starts: new Map(), slots: new Set() };
    if (!state.text.length) return result;
    const locale = state.ctx.locale ?? '';
    for (const key of new Set([locale, locale.slice(0, 2), '*'])) {
      const g = this.groups.get(key);
      if (g) scanGroup(g, state, active, result);
    }
    return result;
  }
}

function scanGroup(group: Group, state: LintState, active: Uint8Array, { hits, candidates, starts, slots }: ScanResult): void {
  const text = state.text;
  const folded = state.folded;
  const words = state.wordFlags;
  const record = (e: Entry, start: number, end: number) => {
    const list = hits.get(e.slot);
    if (list) list.push(start, end, e.rank);
    else {
      hits.set(e.slot, [start, end, e.rank]);
      slots.add(e.slot);
    }
  };
  const exactAt = (e: Entry, start: number) => {
    const x = e.exact!;
    for (let k = 0; k < x.length; k++) if (text.charCodeAt(start + k) !== x.charCodeAt(k)) return false;
    return true;
  };
  const { trie, ac } = group;
  for (const block of state.prose) {
    const bs = block.start;
    const be = block.end;
    const wordAt = (i: number) => i >= bs && i < be && words[i] === 1;
    if (trie) {
      for (let p = bs; p < be; p++) {
        if (words[p] !== 1 || (p > bs && words[p - 1] === 1)) continue;
        let s = 0;
        for (let q = p; q < be; q++) {
          s = trie.next.next(s, folded.charCodeAt(q));
          if (s < 0) break;
          const out = trie.out[s];
          if (!out) continue;
          const end = q + 1;
          if (wordAt(end - 1) === wordAt(end)) continue;
          for (const e of out) {
            if (active[e.slot] !== 1) continue;
            if (e.exact !== null && !exactAt(e, p)) continue;
            record(e, p, end);
          }
        }
      }
    }
    if (ac) {
      ac.run(folded, bs, be, (e, end) => {
        if (active[e.slot] !== 1) return;
        if (e.rank === PREFILTER) {
          candidates.add(e.gate);
          slots.add(e.slot);
          return;
        }
        const start = end - e.folded.length;
        if (start < bs) return;
        if (e.rank === STARTS) {
          if (e.bounded && wordAt(start - 1) === wordAt(start)) return;
          const list = starts.get(e.gate);
          if (list) list.push(start);
          else starts.set(e.gate, [start]);
          slots.add(e.slot);
          return;
        }
        if (e.bounded && (wordAt(start - 1) === wordAt(start) || wordAt(end - 1) === wordAt(end))) return;
        if (e.exact !== null && !exactAt(e, start)) return;
        record(e, start, end);
      });
    }
  }
}

/**
 * Replay a regex's scan over precomputed hits: left to right, at each position the lowest-ranked
 * hit wins, and the search resumes at its end. Within one segment, exactly what `exec` in a loop
 * would return for an alternation of the hits' strings.
 */
export function replay(flat: readonly number[], segStart: number, segEnd: number): Array<[number, number, number]> {
  const inSeg: Array<[number, number, number]> = [];
  for (let i = 0; i < flat.length; i += 3) {
    const s = flat[i]!;
    const e = flat[i + 1]!;
    if (s >= segStart && e <= segEnd) inSeg.push([s, e, flat[i + 2]!]);
  }
  inSeg.sort((a, b) => a[0] - b[0] || a[2] - b[2]);
  const out: Array<[number, number, number]> = [];
  let resume = segStart;
  for (const h of inSeg) {
    if (h[0] < resume) continue;
    out.push(h);
    resume = h[1];
  }
  return out;
}

/** Aho-Corasick over UTF-16 units of folded text. */
class AhoCorasick {
  private constructor(
    private readonly goto: Transitions,
    private readonly fail: Int32Array,
    private readonly out: Array<Entry[] | undefined>,
    private readonly outLink: Int32Array,
  ) {}

  static build(patterns: ReadonlyArray<{ key: string; entry: Entry }>): AhoCorasick | null {
    if (!patterns.length) return null;
    const trie = new Trie<Entry>();
    for (const { key, entry } of patterns) trie.add(key, entry);
    const goto = trie.freeze();
    const out = trie.out;
    const children = trie.children();
    const fail = new Int32Array(trie.size);
    const outLink = new Int32Array(trie.size);
    const queue: number[] = [];
    for (const [, v] of children.get(0) ?? []) queue.push(v);
    for (let qi = 0; qi < queue.length; qi++) {
      const r = queue[qi]!;
      for (const [c, u] of children.get(r) ?? []) {
        queue.push(u);
        let f = fail[r]!;
        let nx = goto.next(f, c);
        while (nx < 0 && f !== 0) {
          f = fail[f]!;
          nx = goto.next(f, c);
        }
        const target = nx >= 0 && nx !== u ? nx : 0;
        fail[u] = target;
        outLink[u] = out[target] ? target : outLink[target]!;
      }
    }
    return new AhoCorasick(goto, fail, out, outLink);
  }

  run(folded: string, from: number, to: number, report: (e: Entry, end: number) => void): void {
    const { goto, fail, out, outLink } = this;
    let s = 0;
    for (let i = from; i < to; i++) {
      const c = folded.charCodeAt(i);
      for (;;) {
        const nx = goto.next(s, c);
        if (nx >= 0) {
          s = nx;
          break;
        }
        if (s === 0) break;
        s = fail[s]!;
      }
      let t = out[s] ? s : outLink[s]!;
      while (t !== 0) {
        for (const e of out[t]!) report(e, i + 1);
        t = outLink[t]!;
      }
    }
  }
}
