import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../fast-check-seed';
import { parseRegex, type Node } from '../../../src/core/text/regex-ast';
import { caseVariants } from '../../../src/core/text/chars';
import { expand, type Expansion } from '../../../src/core/lint/literals';

// The letter-by-letter expansion `expand` replaced: the faster one must list the same strings.
const MAX_CLASS = 16;

/** Every string the node matches, in preference order; null when not a small finite set or mixed case. */
function simpleExpand(node: Node, cap = 64): Expansion[] | null {
  const out = expandNode(node, cap);
  return out && out.length <= cap ? out : null;
}

function expandNode(node: Node, cap: number): Expansion[] | null {
  switch (node.t) {
    case 'empty':
      return [{ text: '', fold: null }];
    case 'char': {
      const ch = String.fromCodePoint(node.cp);
      return [{ text: ch, fold: caseVariants(ch).length > 1 ? node.fold : null }];
    }
    case 'class': {
      if (node.negate) return null;
      const out: Expansion[] = [];
      for (const it of node.items) {
        if (it.t !== 'range' || it.to - it.from >= MAX_CLASS) return null;
        for (let cp = it.from; cp <= it.to; cp++) {
          const ch = String.fromCodePoint(cp);
          out.push({ text: ch, fold: caseVariants(ch).length > 1 ? node.fold : null });
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
      let acc: Expansion[] = [{ text: '', fold: null }];
      for (const item of node.items) {
        const e = expandNode(item, cap);
        if (!e) return null;
        const next = product(acc, e, cap);
        if (!next) return null;
        acc = next;
      }
      return acc;
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

function product(a: Expansion[], b: Expansion[], cap: number): Expansion[] | null {
  if (a.length * b.length > cap) return null;
  const out: Expansion[] = [];
  for (const x of a) {
    for (const y of b) {
      if (x.fold !== null && y.fold !== null && x.fold !== y.fold) return null;
      out.push({ text: x.text + y.text, fold: x.fold ?? y.fold });
    }
  }
  return out;
}

const piece = fc.constantFrom('a', 'B', 'é', 'ß', '7', ' ', '-', '[ab]', '[xyz]', '(?:a|b)', '(?:en |ett )?', 'o?', 'u??', '(?i)', '(?-i:)', '(?i:k)', '(?-i:Q)', '(?:x|y)?', 'a{2}', 'b{0,2}', '\\w', '[]a]', '(?:|a)');
const pattern = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));

describe('expand', () => {
  it('lists what letter-by-letter expansion lists', () => {
    fc.assert(
      fc.property(pattern, fc.boolean(), fc.constantFrom(4, 16, 64, 512), (p, i, cap) => {
        const parsed = parseRegex(p, { i });
        if ('error' in parsed) return;
        expect(expand(parsed.ast, cap)).toEqual(simpleExpand(parsed.ast, cap));
      }),
      { numRuns: 3000 },
    );
  });
});
