/**
 * Distinct words, each with a dense id, looked up by a slice of a text: compiling the template
 * index meets every word of every template (hundreds of thousands in a large pack) but only tens of
 * thousands of distinct ones, and a `Map` would need a new string for each before it could look.
 * Here a string is made only for a word not seen before.
 */
export class WordTable {
  readonly words: string[] = [];
  private hashes = new Int32Array(1024);
  /** Open addressing: word id + 1 per slot, 0 when empty; the length is a power of two. */
  private slots = new Int32Array(2048);

  get size(): number {
    return this.words.length;
  }

  /** Id of `src.slice(start, end)`; a word not seen before gets the next id. */
  intern(src: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ src.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at]!;
      if (slot === 0) return this.add(src.slice(start, end), h, at);
      const id = slot - 1;
      if (this.hashes[id] === h && sameText(this.words[id]!, src, start, end)) return id;
    }
  }

  private add(word: string, h: number, at: number): number {
    const id = this.words.length;
    this.words.push(word);
    if (id === this.hashes.length) {
      const hashes = new Int32Array(id * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = h;
    this.slots[at] = id + 1;
    if ((id + 1) * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let at = this.hashes[id]! & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = id + 1;
    }
    this.slots = slots;
  }
}

function sameText(word: string, src: string, start: number, end: number): boolean {
  return word.length === end - start && src.startsWith(word, start);
}
