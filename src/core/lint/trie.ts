/**
 * A character trie over UTF-16 units with compact, allocation-free lookups: transitions from the
 * root in a dense table for ASCII (a map for the rest), deeper transitions in one open-addressing
 * hash table. Used anchored (walk from a word start) and as the goto function of Aho-Corasick.
 */
export class Trie<T> {
  private readonly edges = new Map<number, number>();
  readonly out: Array<T[] | undefined> = [undefined];
  private nodes = 1;

  add(key: string, value: T): void {
    let s = 0;
    for (let i = 0; i < key.length; i++) {
      const k = s * 65536 + key.charCodeAt(i);
      let nx = this.edges.get(k);
      if (nx === undefined) {
        nx = this.nodes++;
        this.edges.set(k, nx);
        this.out.push(undefined);
      }
      s = nx;
    }
    (this.out[s] ??= []).push(value);
  }

  get size(): number {
    return this.nodes;
  }

  /** Children of every node, for building failure links. */
  children(): Map<number, Array<[number, number]>> {
    const map = new Map<number, Array<[number, number]>>();
    for (const [k, v] of this.edges) {
      const parent = Math.floor(k / 65536);
      const list = map.get(parent);
      if (list) list.push([k % 65536, v]);
      else map.set(parent, [[k % 65536, v]]);
    }
    return map;
  }

  freeze(): Transitions {
    return new Transitions(this.edges, this.nodes);
  }
}

export class Transitions {
  private readonly rootAscii = new Int32Array(128).fill(-1);
  private readonly rootOther = new Map<number, number>();
  private readonly states: Int32Array;
  private readonly chars: Uint16Array;
  private readonly targets: Int32Array;
  private readonly mask: number;

  constructor(edges: Map<number, number>, _nodes: number) {
    let cap = 16;
    while (cap < edges.size * 2) cap *= 2;
    this.mask = cap - 1;
    this.states = new Int32Array(cap).fill(-1);
    this.chars = new Uint16Array(cap);
    this.targets = new Int32Array(cap);
    for (const [k, v] of edges) {
      const s = Math.floor(k / 65536);
      const c = k % 65536;
      if (s === 0) {
        if (c < 128) this.rootAscii[c] = v;
        else this.rootOther.set(c, v);
        continue;
      }
      let h = hash(s, c) & this.mask;
      while (this.states[h] !== -1) h = (h + 1) & this.mask;
      this.states[h] = s;
      this.chars[h] = c;
      this.targets[h] = v;
    }
  }

  /** The node reached from `s` by unit `c`, or -1. */
  next(s: number, c: number): number {
    if (s === 0) return c < 128 ? this.rootAscii[c]! : (this.rootOther.get(c) ?? -1);
    const { states, chars, mask } = this;
    let h = hash(s, c) & mask;
    for (;;) {
      const st = states[h]!;
      if (st === -1) return -1;
      if (st === s && chars[h] === c) return this.targets[h]!;
      h = (h + 1) & mask;
    }
  }
}

function hash(s: number, c: number): number {
  return (Math.imul(s, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> 0;
}
