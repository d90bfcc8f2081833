import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../fast-check-seed';
import { Trie } from '../../../src/core/lint/trie';

/** The plain trie the typed-array one must agree with: a map of children per node, ids in creation order. */
class MapTrie {
  readonly kids: Array<Map<number, number>> = [new Map()];
  readonly out: Array<number[] | undefined> = [undefined];
  add(key: string, value: number): void {
    let s = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let nx = this.kids[s]!.get(c);
      if (nx === undefined) {
        nx = this.kids.length;
        this.kids.push(new Map());
        this.out.push(undefined);
        this.kids[s]!.set(c, nx);
      }
      s = nx;
    }
    (this.out[s] ??= []).push(value);
  }
}

// Shared prefixes, ASCII and not (the root keeps ASCII in a dense table), astral halves, and sizes
// that make the tables grow and nodes get dense tables.
const key = fc.oneof(
  fc.array(fc.constantFrom('a', 'b', 'ab', 'c', 'd', 'e', 'f', 'g', 'h', 'é', 'ß', ' ', '-', 'Z', '中', '😀', '\uD83D'), { maxLength: 8 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

describe('Trie', () => {
  it('finds the nodes and entries a map-based trie finds', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), fc.array(key, { maxLength: 20 }), (keys, probes) => {
        const trie = new Trie<number>();
        const ref = new MapTrie();
        keys.forEach((k, i) => {
          trie.add(k, i);
          ref.add(k, i);
        });
        const next = trie.freeze();
        expect(trie.size).toBe(ref.kids.length);
        expect(trie.out).toEqual(ref.out);
        for (const text of [...keys, ...probes]) {
          let s = 0;
          let r: number | undefined = 0;
          for (let i = 0; i < text.length && r !== undefined; i++) {
            const c = text.charCodeAt(i);
            s = next.next(s, c);
            r = ref.kids[r]!.get(c);
            expect(s).toBe(r ?? -1);
          }
        }
        const children = trie.children();
        ref.kids.forEach((kids, s) => {
          const mine = (children.get(s) ?? []).slice().sort((a, b) => a[0] - b[0]);
          expect(mine).toEqual([...kids].sort((a, b) => a[0] - b[0]));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('holds tens of thousands of keys', () => {
    const trie = new Trie<number>();
    const keys = Array.from({ length: 30_000 }, (_, i) => `w${(i * 7919).toString(36)}ö${i % 97}`);
    keys.forEach((k, i) => trie.add(k, i));
    const next = trie.freeze();
    keys.forEach((k, i) => {
      let s = 0;
      for (let j = 0; j < k.length; j++) s = next.next(s, k.charCodeAt(j));
      expect(trie.out[s]).toEqual([i]);
    });
  });
});
