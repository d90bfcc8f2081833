import type { Node } from '../text/regex-ast';
import { caseVariants, foldText } from '../text/chars';

/**
 * What the combined matcher needs to know about a pattern without running it.
 *
 * `expand` lists every string a small pattern can match ("utili[sz]e" → utilise, utilize), in the
 * order a backtracking engine tries them, so the matcher can reproduce a regex's leftmost-first
 * choice exactly. `requiredLiterals` finds strings one of which every match must contain, so a
 * rule whose literals are absent from the draft is skipped without running its regex.
 */

export interface Expansion {
  /** The string as written (original case). */
  text: string;
  /** true: compared case-insensitively; false: exactly; null: nothing in it has case. */
  fold: boolean | null;
}

const MAX_CLASS = 16;

/** Every string the node matches, in preference order; null when not a small finite set or mixed case. */
export function expand(node: Node, cap = 64): Expansion[] | null {
  const out = expandNode(node, cap);
  return out && out.length <= cap ? out : null;
}

function expandNode(node: Node, cap: number): Expansion[] | null {
  switch (node.t) {
    case 'empty':
      return [{ text: '', fold: null }];
    case 'char':
      return [{ text: String.fromCodePoint(node.cp), fold: hasCase(node.cp) ? node.fold : null }];
    case 'class': {
      if (node.negate) return null;
      const out: Expansion[] = [];
      for (const it of node.items) {
        if (it.t !== 'range' || it.to - it.from >= MAX_CLASS) return null;
        for (let cp = it.from; cp <= it.to; cp++) {
          out.push({ text: String.fromCodePoint(cp), fold: hasCase(cp) ? node.fold : null });
          if (out.length > MAX_CLASS) return null;
        }
      }
      return out;
    }
    case 'group':
      return expandNode(node.body, cap);
    case 'alt': {
      const out: Expansion[] = [];
      for (const a of node.alts) {
        const e = expandNode(a, cap);
        if (!e) return null;
        out.push(...e);
        if (out.length > cap) return null;
      }
      return out;
    }
    case 'seq': {
      // Runs of items with one expansion each (the letters of a word) are joined first, so a
      // word costs one product instead of one per letter.
      let acc: Expansion[] = [{ text: '', fold: null }];
      let run: Expansion | null = null;
      const items = node.items;
      for (let k = 0; k < items.length; k++) {
        const item = items[k]!;
        if (item.t === 'char' && items[k + 1]?.t === 'char' && acc.length) {
          // A run of letters becomes one string at once: no expansion per letter.
          const word = charRun(items, k);
          if (!word) return null;
          run = run ? join(run, word.exp) : word.exp;
          if (!run) return null;
          k = word.end - 1;
          continue;
        }
        const e = expandNode(item, cap);
        if (!e) return null;
        if (e.length === 1 && acc.length) {
          run = run ? join(run, e[0]!) : e[0]!;
          if (!run) return null;
          continue;
        }
        const next = product(run ? product(acc, [run], cap) : acc, e, cap);
        if (!next) return null;
        acc = next;
        run = null;
      }
      return run ? product(acc, [run], cap) : acc;
    }
    case 'rep': {
      if (node.max > 4) return null;
      const body = expandNode(node.body, cap);
      if (!body) return null;
      const counts: number[] = [];
      for (let k = node.min; k <= node.max; k++) counts.push(k);
      if (node.greedy) counts.reverse();
      const out: Expansion[] = [];
      for (const k of counts) {
        let acc: Expansion[] | null = [{ text: '', fold: null }];
        for (let i = 0; i < k && acc; i++) acc = product(acc, body, cap);
        if (!acc) return null;
        out.push(...acc);
        if (out.length > cap) return null;
      }
      return out;
    }
    default:
      return null;
  }
}

/** Consecutive `char` items from `from` as one expansion (null when they mix case-sensitivity), and where the run ends. */
function charRun(items: readonly Node[], from: number): { exp: Expansion; end: number } | null {
  const cps: number[] = [];
  let fold: boolean | null = null;
  let k = from;
  for (; k < items.length; k++) {
    const item = items[k]!;
    if (item.t !== 'char') break;
    cps.push(item.cp);
    if (!hasCase(item.cp)) continue;
    if (fold !== null && fold !== item.fold) return null;
    fold = item.fold;
  }
  let text = '';
  for (let i = 0; i < cps.length; i += 4096) text += String.fromCodePoint(...(cps.length > 4096 ? cps.slice(i, i + 4096) : cps));
  return { exp: { text, fold }, end: k };
}

/** Per BMP code point: 0 unknown, 1 without case variants, 2 with. */
const CASED = new Uint8Array(0x10000);

export function hasCase(cp: number): boolean {
  if (cp > 0xffff) return caseVariants(String.fromCodePoint(cp)).length > 1;
  let v = CASED[cp]!;
  if (v === 0) CASED[cp] = v = caseVariants(String.fromCodePoint(cp)).length > 1 ? 2 : 1;
  return v === 2;
}

function product(a: Expansion[] | null, b: Expansion[], cap: number): Expansion[] | null {
  if (!a || a.length * b.length > cap) return null;
  const out: Expansion[] = [];
  for (const x of a) {
    for (const y of b) {
      const xy = join(x, y);
      if (!xy) return null;
      out.push(xy);
    }
  }
  return out;
}

/** `x` then `y`; null when one is case-sensitive and the other not. */
function join(x: Expansion, y: Expansion): Expansion | null {
  if (x.fold !== null && y.fold !== null && x.fold !== y.fold) return null;
  return { text: x.text + y.text, fold: x.fold ?? y.fold };
}

interface Info {
  /** All strings the node can match (folded), when few. */
  exact: string[] | null;
  /** Strings one of which every match contains (folded). */
  req: string[] | null;
}

const SMALL = 16;

/** Folded strings one of which occurs in every match, or null when there is no such set. */
export function requiredLiterals(node: Node): string[] | null {
  const info = analyse(node);
  const best = pick([info.req, info.exact]);
  if (!best || best.some((s) => s.length === 0)) return null;
  return [...new Set(best)];
}

function analyse(node: Node): Info {
  switch (node.t) {
    case 'empty':
    case 'assert':
    case 'look':
      return { exact: [''], req: null };
    case 'char': {
      const s = foldText(String.fromCodePoint(node.cp));
      return { exact: [s], req: [s] };
    }
    case 'class': {
      if (node.negate) return { exact: null, req: null };
      const set = new Set<string>();
      for (const it of node.items) {
        if (it.t !== 'range' || it.to - it.from >= SMALL) return { exact: null, req: null };
        for (let cp = it.from; cp <= it.to; cp++) set.add(foldText(String.fromCodePoint(cp)));
      }
      const exact = [...set];
      return exact.length <= SMALL ? { exact, req: exact } : { exact: null, req: null };
    }
    case 'group':
      return analyse(node.body);
    case 'alt': {
      const parts = node.alts.map(analyse);
      const exact = parts.every((p) => p.exact) ? unionCapped(parts.map((p) => p.exact!)) : null;
      const reqs = parts.map((p) => pick([p.req, p.exact]));
      const req = reqs.every((r) => r && r.every((s) => s.length > 0)) ? unionCapped(reqs as string[][], 64) : null;
      return { exact, req };
    }
    case 'seq': {
      const parts = node.items.map(analyse);
      const candidates: Array<string[] | null> = parts.map((p) => p.req);
      let run: string[] | null = null;
      let whole: string[] | null = [''];
      for (const p of parts) {
        if (p.exact) {
          const next = cross(run ?? [''], p.exact);
          if (next) run = next;
          else {
            candidates.push(run);
            run = p.exact.slice();
          }
          if (whole) whole = cross(whole, p.exact);
        } else {
          candidates.push(run);
          run = null;
          whole = null;
        }
      }
      candidates.push(run);
      return { exact: whole, req: pick(candidates) };
    }
    case 'rep': {
      const body = analyse(node.body);
      const req = node.min >= 1 ? pick([body.req, body.exact]) : null;
      let exact: string[] | null = null;
      if (body.exact && node.max <= 3) {
        let acc: string[] | null = [];
        for (let k = node.min; k <= node.max && acc; k++) {
          let one: string[] | null = [''];
          for (let i = 0; i < k && one; i++) one = cross(one, body.exact);
          acc = one ? unionCapped([acc, one]) : null;
        }
        exact = acc;
      }
      return { exact, req };
    }
    default:
      return { exact: null, req: null };
  }
}

function cross(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > SMALL) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return out;
}

function unionCapped(sets: string[][], cap = SMALL): string[] | null {
  const out = new Set<string>();
  for (const s of sets) for (const x of s) out.add(x);
  return out.size <= cap ? [...out] : null;
}

/** The most selective set: longest shortest member, then fewest members. */
function pick(sets: Array<string[] | null>): string[] | null {
  let best: string[] | null = null;
  let bestScore = -1;
  for (const s of sets) {
    if (!s || s.length === 0) continue;
    const min = Math.min(...s.map((x) => x.length));
    if (min === 0) continue;
    const score = min * 100 - s.length;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Folded strings one of which every match starts with (zero-width assertions are looked past),
 * or null when there is no such set of at most `cap` non-empty strings. Finding these in the draft
 * gives the only positions where the pattern can match.
 */
export function leadingStrings(node: Node, cap = 64): string[] | null {
  const lead = leadOf(node, cap);
  if (!lead || lead.set.some((s) => s.length === 0)) return null;
  return [...new Set(lead.set)];
}

/** `complete`: the node matches exactly these strings (so what follows it extends them). */
function leadOf(node: Node, cap: number): { set: string[]; complete: boolean } | null {
  const whole = expand(node, cap);
  if (whole) return { set: whole.map((e) => foldText(e.text)), complete: true };
  switch (node.t) {
    case 'group':
      return leadOf(node.body, cap);
    case 'alt': {
      const out: string[] = [];
      for (const a of node.alts) {
        const l = leadOf(a, cap);
        if (!l) return null;
        out.push(...l.set);
        if (out.length > cap) return null;
      }
      return { set: out, complete: false };
    }
    case 'rep':
      return node.min >= 1 ? incomplete(leadOf(node.body, cap)) : null;
    case 'seq': {
      let acc = [''];
      for (const item of node.items) {
        if (item.t === 'assert' || item.t === 'look') continue;
        const l = leadOf(item, cap);
        if (!l) break;
        if (acc.length * l.set.length > cap) break;
        acc = acc.flatMap((a) => l.set.map((b) => a + b));
        if (!l.complete) break;
      }
      return { set: acc, complete: false };
    }
    default:
      return null;
  }
}

function incomplete(l: { set: string[] } | null): { set: string[]; complete: boolean } | null {
  return l ? { set: l.set, complete: false } : null;
}
