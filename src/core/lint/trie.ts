/**
 * A character trie over UTF-16 units with compact, allocation-free lookups: transitions from the
 * root in a dense table for ASCII, all others in one open-addressing hash table: one Int32Array of
 * (state, unit, target) slots, so a probe touches one cache line and adding tens of thousands of
 * entries allocates no per-edge objects. Used anchored (walk from a word start) and as the goto
 * function of Aho-Corasick.
 */
export class Trie<T> {
  readonly out: Array<T[] | undefined> = [undefined];
  private nodes = 1;
  private edges = 0;
  private readonly rootAscii = new Int32Array(128).fill(-1);
  private slots = emptySlots(1024);

  add(key: string, value: T): void {
    let s = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let nx = this.next(s, c);
      if (nx < 0) {
        nx = this.nodes++;
        this.out.push(undefined);
        this.link(s, c, nx);
      }
      s = nx;
    }
    (this.out[s] ??= []).push(value);
  }

  get size(): number {
    return this.nodes;
  }

  private next(s: number, c: number): number {
    return s === 0 && c < 128 ? this.rootAscii[c]! : probe(this.slots, s, c);
  }

  private link(s: number, c: number, target: number): void {
    if (s === 0 && c < 128) {
      this.rootAscii[c] = target;
      return;
    }
    if (++this.edges * 6 > this.slots.length) this.grow();
    insert(this.slots, s, c, target);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = emptySlots((old.length / 3) * 2);
    for (let i = 0; i < old.length; i += 3) if (old[i] !== -1) insert(this.slots, old[i]!, old[i + 1]!, old[i + 2]!);
  }

  /** Children of every node, for building failure links. */
  children(): Map<number, Array<[number, number]>> {
    const map = new Map<number, Array<[number, number]>>();
    const put = (parent: number, c: number, v: number) => {
      const list = map.get(parent);
      if (list) list.push([c, v]);
      else map.set(parent, [[c, v]]);
    };
    for (let c = 0; c < 128; c++) if (this.rootAscii[c] !== -1) put(0, c, this.rootAscii[c]!);
    const slots = this.slots;
    for (let i = 0; i < slots.length; i += 3) if (slots[i] !== -1) put(slots[i]!, slots[i + 1]!, slots[i + 2]!);
    return map;
  }

  /** The transitions for lookups; call once all entries are added. */
  freeze(): Transitions {
    return new Transitions(this.rootAscii, this.slots);
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
