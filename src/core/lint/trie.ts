/**
 * A character trie over UTF-16 units with compact, allocation-free lookups: transitions from the
 * root in a dense table for ASCII, all others in one open-addressing hash table: one Int32Array of
 * (state, unit, target) slots, so a probe touches one cache line. While entries are added, each
 * node's children are a first-child/next-sibling list in typed arrays instead (plus a dense ASCII
 * table once a node has many children): adding walks short lists in memory that grows along with
 * the keys, where probing a large hash table for every unit of every key would miss the cache each
 * time. `freeze` builds the hash table once. Used anchored (walk from a word start) and as the goto
 * function of Aho-Corasick.
 */
/** Children at which a node's ASCII children get a dense table while building. */
const DENSE_FANOUT = 8;

export class Trie<T> {
  readonly out: Array<T[] | undefined> = [undefined];
  private nodes = 1;
  private readonly rootAscii = new Int32Array(128).fill(-1);
  /** Per node: its first child (-1: none), its next sibling, and the unit on the edge into it. */
  private firstChild = new Int32Array(1024).fill(-1);
  private nextSibling = new Int32Array(1024);
  private unit = new Uint16Array(1024);
  /** Per node: its number of children, and its dense ASCII table in `tables` (-1: none yet). */
  private fanout = new Int32Array(1024);
  private dense = new Int32Array(1024).fill(-1);
  private readonly tables: Int32Array[] = [];
  private frozen: Transitions | null = null;

  add(key: string, value: T): void {
    let s = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let nx = this.child(s, c);
      if (nx < 0) {
        nx = this.nodes++;
        if (nx === this.unit.length) this.grow();
        this.out.push(undefined);
        this.unit[nx] = c;
        if (s === 0 && c < 128) this.rootAscii[c] = nx;
        else this.link(s, c, nx);
      }
      s = nx;
    }
    const out = this.out[s];
    // `[value]` holds one element where `[]` then `push` would reserve room for 17.
    if (out) out.push(value);
    else this.out[s] = [value];
  }

  get size(): number {
    return this.nodes;
  }

  private child(s: number, c: number): number {
    if (s === 0 && c < 128) return this.rootAscii[c]!;
    const d = this.dense[s]!;
    if (d >= 0 && c < 128) return this.tables[d]![c]!;
    for (let k = this.firstChild[s]!; k >= 0; k = this.nextSibling[k]!) if (this.unit[k] === c) return k;
    return -1;
  }

  private link(s: number, c: number, target: number): void {
    this.nextSibling[target] = this.firstChild[s]!;
    this.firstChild[s] = target;
    const d = this.dense[s]!;
    if (d >= 0) {
      if (c < 128) this.tables[d]![c] = target;
    } else if (++this.fanout[s]! === DENSE_FANOUT) {
      const table = new Int32Array(128).fill(-1);
      for (let k = this.firstChild[s]!; k >= 0; k = this.nextSibling[k]!) if (this.unit[k]! < 128) table[this.unit[k]!] = k;
      this.dense[s] = this.tables.length;
      this.tables.push(table);
    }
  }

  private grow(): void {
    const size = this.unit.length * 2;
    const firstChild = new Int32Array(size).fill(-1);
    firstChild.set(this.firstChild);
    this.firstChild = firstChild;
    const nextSibling = new Int32Array(size);
    nextSibling.set(this.nextSibling);
    this.nextSibling = nextSibling;
    const unit = new Uint16Array(size);
    unit.set(this.unit);
    this.unit = unit;
    const fanout = new Int32Array(size);
    fanout.set(this.fanout);
    this.fanout = fanout;
    const dense = new Int32Array(size).fill(-1);
    dense.set(this.dense);
    this.dense = dense;
  }

  /** Children of every node with any, for building failure links. */
  children(): Map<number, Array<[number, number]>> {
    const map = new Map<number, Array<[number, number]>>();
    for (let s = 0; s < this.nodes; s++) {
      const list: Array<[number, number]> = [];
      if (s === 0) for (let c = 0; c < 128; c++) if (this.rootAscii[c] !== -1) list.push([c, this.rootAscii[c]!]);
      for (let k = this.firstChild[s]!; k >= 0; k = this.nextSibling[k]!) list.push([this.unit[k]!, k]);
      if (list.length) map.set(s, list);
    }
    return map;
  }

  /** The transitions for lookups; call once all entries are added. */
  freeze(): Transitions {
    if (this.frozen) return this.frozen;
    // Every edge but the root's ASCII ones goes into the table, filled to at most half.
    let edges = this.nodes - 1;
    for (let c = 0; c < 128; c++) if (this.rootAscii[c] !== -1) edges--;
    let capacity = 1024;
    while (edges * 2 > capacity) capacity *= 2;
    const slots = emptySlots(capacity);
    for (let s = 0; s < this.nodes; s++) for (let k = this.firstChild[s]!; k >= 0; k = this.nextSibling[k]!) insert(slots, s, this.unit[k]!, k);
    return (this.frozen = new Transitions(this.rootAscii, slots));
  }
}

export class Transitions {
  constructor(
    private readonly rootAscii: Int32Array,
    private readonly slots: Int32Array,
  ) {}

  /** The node reached from `s` by unit `c`, or -1. */
  next(s: number, c: number): number {
    return s === 0 && c < 128 ? this.rootAscii[c]! : probe(this.slots, s, c);
  }
}

/** `capacity` empty (state -1) slots of three units each; capacity is a power of two. */
function emptySlots(capacity: number): Int32Array {
  const slots = new Int32Array(capacity * 3);
  for (let i = 0; i < slots.length; i += 3) slots[i] = -1;
  return slots;
}

function probe(slots: Int32Array, s: number, c: number): number {
  const mask = slots.length / 3 - 1;
  let h = hash(s, c) & mask;
  for (;;) {
    const i = h * 3;
    const st = slots[i]!;
    if (st === -1) return -1;
    if (st === s && slots[i + 1] === c) return slots[i + 2]!;
    h = (h + 1) & mask;
  }
}

function insert(slots: Int32Array, s: number, c: number, target: number): void {
  const mask = slots.length / 3 - 1;
  let h = hash(s, c) & mask;
  while (slots[h * 3] !== -1) h = (h + 1) & mask;
  const i = h * 3;
  slots[i] = s;
  slots[i + 1] = c;
  slots[i + 2] = target;
}

function hash(s: number, c: number): number {
  return (Math.imul(s, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> 0;
}
