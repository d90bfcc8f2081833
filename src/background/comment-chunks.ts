import type { PageComment } from '../core/comment';
import { fitTexts } from '../core/queue';

/**
 * Comments a chunk holds at most. A report rewrites the chunks its comments land in, so one
 * appending r comments writes at most r + CHUNK_SIZE of them.
 */
export const CHUNK_SIZE = 100;

/** One chunk as stored: `key` names its storage key, unique among the tab's chunks. */
export interface StoredChunk {
  key: number;
  comments: PageComment[];
}

interface Chunk {
  key: number;
  comments: Map<string, PageComment>;
}

/**
 * A tab's comments in page order, split into chunks stored under keys of their own so that a
 * report rewrites only the chunks it changed. The order is the chunks' order, each chunk in
 * insertion order: a new comment goes to the last chunk, an updated one keeps its place.
 */
export class CommentChunks {
  private readonly chunks: Chunk[] = [];
  private readonly holder = new Map<string, Chunk>();
  /** Chunks changed, and keys of chunks gone, since the last `saved()`. */
  private readonly unsaved = new Set<Chunk>();
  private readonly dropped = new Set<number>();
  private nextKey = 0;
  private textChars = 0;
  private flat: PageComment[] | null = null;

  /** The list as stored (chunks in order). */
  static restore(stored: readonly StoredChunk[]): CommentChunks {
    const list = new CommentChunks();
    for (const { key, comments } of stored) {
      const chunk: Chunk = { key, comments: new Map(comments.map((c) => [c.id, c])) };
      list.chunks.push(chunk);
      for (const c of chunk.comments.values()) {
        list.holder.set(c.id, chunk);
        list.textChars += c.text.length;
      }
      list.nextKey = Math.max(list.nextKey, key + 1);
    }
    return list;
  }

  /** An empty list taking the place of `previous` (another page): its chunks are to be removed. */
  static replacing(previous: CommentChunks | undefined): CommentChunks {
    const list = new CommentChunks();
    if (previous) for (const key of [...previous.keys(), ...previous.dropped]) list.dropped.add(key);
    return list;
  }

  /**
   * Remove `removed`, then add or update `comments`. The text kept stays within `maxText` (see
   * fitTexts) as before, but only the comments written now are cut to fit: cutting the longest
   * texts anywhere in the list, as fitting the whole list would, rewrites chunks the report never
   * touched. Once the budget is spent, later long comments are kept to their first characters.
   */
  apply(removed: readonly string[], comments: readonly PageComment[], maxText: number): void {
    for (const id of removed) this.delete(id);
    const incoming = new Map(comments.map((c) => [c.id, c]));
    let replaced = 0;
    for (const id of incoming.keys()) replaced += this.get(id)?.text.length ?? 0;
    for (const c of fitTexts([...incoming.values()], maxText - (this.textChars - replaced))) this.put(c);
  }

  get(id: string): PageComment | undefined {
    return this.holder.get(id)?.comments.get(id);
  }

  all(): readonly PageComment[] {
    this.flat ??= this.chunks.flatMap((chunk) => [...chunk.comments.values()]);
    return this.flat;
  }

  /** The chunks' keys in order. */
  keys(): number[] {
    return this.chunks.map((chunk) => chunk.key);
  }

  /** What storage lacks: chunks to write and keys to remove. */
  changes(): { write: StoredChunk[]; drop: number[] } {
    return { write: [...this.unsaved].map((chunk) => ({ key: chunk.key, comments: [...chunk.comments.values()] })), drop: [...this.dropped] };
  }

  /** The last `changes()` were stored (writes to one tab are serialised, so nothing changed since). */
  saved(): void {
    this.unsaved.clear();
    this.dropped.clear();
  }

  private put(c: PageComment): void {
    const chunk = this.holder.get(c.id) ?? this.lastWithRoom();
    this.textChars += c.text.length - (chunk.comments.get(c.id)?.text.length ?? 0);
    chunk.comments.set(c.id, c);
    this.holder.set(c.id, chunk);
    this.changed(chunk);
  }

  private delete(id: string): void {
    const chunk = this.holder.get(id);
    if (!chunk) return;
    this.textChars -= chunk.comments.get(id)!.text.length;
    chunk.comments.delete(id);
    this.holder.delete(id);
    if (chunk.comments.size) return this.changed(chunk);
    this.chunks.splice(this.chunks.indexOf(chunk), 1);
    this.unsaved.delete(chunk);
    this.dropped.add(chunk.key);
    this.flat = null;
  }

  private lastWithRoom(): Chunk {
    const last = this.chunks.at(-1);
    if (last && last.comments.size < CHUNK_SIZE) return last;
    const chunk: Chunk = { key: this.nextKey++, comments: new Map() };
    this.dropped.delete(chunk.key);
    this.chunks.push(chunk);
    return chunk;
  }

  private changed(chunk: Chunk): void {
    this.unsaved.add(chunk);
    this.flat = null;
  }
}
