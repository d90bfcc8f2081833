/**
 * A mutable copy of a text in which ranges can be blanked (replaced by spaces, offsets kept) or
 * marked for removal (inline markup that leaves no trace in the rendered text).
 */
export class Blanker {
  readonly chars: string[];
  private readonly removed: Uint8Array;

  constructor(text: string) {
    this.chars = text.split('');
    this.removed = new Uint8Array(text.length);
  }

  /** Replace [from, to) by spaces, keeping line breaks so line numbers stay true. */
  blank(from: number, to: number): void {
    const end = Math.min(to, this.chars.length);
    for (let i = Math.max(0, from); i < end; i++) {
      const c = this.chars[i];
      if (c !== '\n' && c !== '\r') this.chars[i] = ' ';
    }
  }

  /** Blank [from, to) and mark it as markup a compact text leaves out ("**", "](url)", tags). */
  remove(from: number, to: number): void {
    this.blank(from, to);
    const end = Math.min(to, this.chars.length);
    for (let i = Math.max(0, from); i < end; i++) if (this.chars[i] === ' ') this.removed[i] = 1;
  }

  slice(from: number, to: number): string {
    return this.chars.slice(from, to).join('');
  }

  toString(): string {
    return this.chars.join('');
  }

  /**
   * The text without removed markup, and for each of its offsets (plus one past the end) the
   * offset in the source.
   */
  compact(): { text: string; sourceOffsets: number[] } {
    const out: string[] = [];
    const sourceOffsets: number[] = [];
    for (let i = 0; i < this.chars.length; i++) {
      if (this.removed[i]) continue;
      out.push(this.chars[i]!);
      sourceOffsets.push(i);
    }
    sourceOffsets.push(this.chars.length);
    return { text: out.join(''), sourceOffsets };
  }
}
