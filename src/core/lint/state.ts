import type { Block } from '../text/blocks';
import { normaliseBlocks, paragraphBlocks } from '../text/blocks';
import { foldText, wordFlags } from '../text/chars';
import { sentenceSpans, type Span } from '../text/segment';
import type { LintContext } from './types';
import { blockMatches, type CompiledScope } from './scope';

/**
 * Pattern rules look at most this many UTF-16 units of a draft (replies are far shorter: the
 * longest platform limit is 10,000 characters). Length and personal-data rules see at least this;
 * the length rule sees the whole draft.
 */
export const MAX_SCAN = 20_000;

/**
 * Runs without whitespace longer than this (pasted blobs, long links) are not prose: they are left
 * out of the blocks pattern rules scan, so no regex ever backtracks over thousands of characters
 * of one "word".
 */
export const MAX_RUN = 256;

/** What one `lint` call shares between rules: blocks, folded text, word flags, sentence spans. */
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');

/** A block split around runs of more than MAX_RUN non-space characters. */
function withoutLongRuns(text: string, block: Block): Block[] {
  if (block.end - block.start <= MAX_RUN) return [block];
  const re = LONG_RUN;
  const slice = text.slice(block.start, block.end);
  const out: Block[] = [];
  let from = block.start;
  for (const m of slice.matchAll(re)) {
    const at = block.start + m.index;
    if (at > from) out.push({ ...block, start: from, end: at });
    from = at + m[0].length;
  }
  if (from === block.start) return [block];
  if (from < block.end) out.push({ ...block, start: from, end: block.end });
  return out.filter((b) => text.slice(b.start, b.end).trim() !== '');
}

export class LintState {
  /** The draft as given. */
  readonly full: string;
  /** The part pattern rules look at (the whole draft unless it is longer than MAX_SCAN). */
  readonly text: string;
  readonly ctx: LintContext;
  readonly blocks: Block[];
  /** Blocks that are not code. */
  readonly prose: Block[];
  /** Set by lint() when the pack has a shared matcher. */
  scan: import('./matcher').ScanResult | null = null;
  private foldedText?: string;
  private words?: Uint8Array;
  private readonly segmentCache = new Map<string, Span[]>();
  private readonly sentenceCache = new Map<Block, Span[]>();
  private readonly memos = new Map<string, unknown>();

  constructor(text: string, ctx: LintContext, blocks?: readonly Block[]) {
    this.full = typeof text === 'string' ? text : String(text ?? '');
    let cut = Math.min(this.full.length, MAX_SCAN);
    const c = this.full.charCodeAt(cut - 1);
    if (cut < this.full.length && c >= 0xd800 && c <= 0xdbff) cut--;
    this.text = cut === this.full.length ? this.full : this.full.slice(0, cut);
    this.ctx = ctx;
    this.blocks = blocks ? normaliseBlocks(this.text, blocks) : paragraphBlocks(this.text);
    this.prose = this.blocks.filter((b) => b.kind !== 'code').flatMap((b) => withoutLongRuns(this.text, b));
  }

  /** The scanned text, case-folded (same length, same offsets). */
  get folded(): string {
    this.foldedText ??= foldText(this.text);
    return this.foldedText;
  }

  /** Per UTF-16 unit of the scanned text: 1 for word characters. */
  get wordFlags(): Uint8Array {
    this.words ??= wordFlags(this.text);
    return this.words;
  }

  sentencesOf(block: Block): Span[] {
    let spans = this.sentenceCache.get(block);
    if (!spans) {
      spans = sentenceSpans(this.text, block.start, block.end, this.ctx.locale || 'en');
      this.sentenceCache.set(block, spans);
    }
    return spans;
  }

  /**
   * A value computed once per lint call under `key`: rules that run the same pattern over the same
   * scope (a pack with one rule per language or platform) share the work.
   */
  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }

  /** The prose of the whole draft as one span (summary scope), or null for an empty draft. */
  summary(): Span | null {
    if (!this.prose.length) return null;
    return { start: this.prose[0]!.start, end: this.prose[this.prose.length - 1]!.end };
  }

  /** Spans a scope selects, sorted and without duplicates. */
  segments(scope: CompiledScope): Span[] {
    const cached = this.segmentCache.get(scope.key);
    if (cached) return cached;
    const out: Span[] = [];
    for (const expr of scope.exprs) {
      const positive = expr.filter((a) => !a.negate).map((a) => a.name);
      if (positive.includes('raw')) {
        if (this.text.length) out.push({ start: 0, end: this.text.length });
        continue;
      }
      if (positive.includes('summary')) {
        const s = this.summary();
        if (s) out.push(s);
        continue;
      }
      const picked = this.prose.filter((b) => expr.every((a) => blockMatches(b, a.name) !== a.negate));
      if (positive.includes('sentence')) for (const b of picked) out.push(...this.sentencesOf(b));
      else for (const b of picked) out.push({ start: b.start, end: b.end });
    }
    out.sort((a, b) => a.start - b.start || a.end - b.end);
    const unique = out.filter((s, i) => i === 0 || s.start !== out[i - 1]!.start || s.end !== out[i - 1]!.end);
    this.segmentCache.set(scope.key, unique);
    return unique;
  }
}
