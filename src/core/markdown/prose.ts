import { Blanker } from './blank';
import type { Block, Prose } from './block';
import { findFrontMatter } from './front-matter';
import { blankCodeSpans, blankComments, blankInlineMarkup } from './inline';
import { BlockScanner, splitLines } from './scan';

export interface ProseOptions {
  /**
   * Leave inline markup out of `text` instead of blanking it: emphasis delimiters, link syntax
   * and destinations' brackets, HTML tags, escape backslashes. "This. [Link](u)" then reads
   * "This. Link" as rendered (one space, as Vale sees it), and `sourceOffsets` maps back.
   */
  compact?: boolean;
}

/**
 * Markdown (CommonMark + GFM tables) → prose. Code blocks, inline code, front matter, HTML
 * comments, `<!-- vale off -->` regions, URLs and markup characters become spaces of the same
 * length, so every offset and line number in `text` is the source's (unless `compact`).
 */
export function markdownToProse(source: string, options: ProseOptions = {}): Prose {
  const doc = new Blanker(source);
  const front = findFrontMatter(source);
  if (front) doc.blank(0, front.end);
  const lines = splitLines(source).filter((l) => !front || l.start > front.end);
  const blocks = new BlockScanner(doc, lines).run();
  for (const b of blocks) if (b.kind !== 'code') blankCodeSpans(doc, b.start, b.end);
  blankComments(doc);
  for (const b of blocks) if (b.kind !== 'code') blankInlineMarkup(doc, b.start, b.end);
  if (!options.compact) {
    const text = doc.toString();
    return { text, blocks: trimBlocks(blocks, text) };
  }
  const { text, sourceOffsets } = doc.compact();
  const toCompact = compactIndex(sourceOffsets, source.length);
  const mapped = blocks.map((b) => ({ ...b, start: toCompact[b.start]!, end: toCompact[b.end]! }));
  return { text, blocks: trimBlocks(mapped, text), sourceOffsets };
}

/** For each source offset, the offset of the first kept character at or after it. */
function compactIndex(sourceOffsets: number[], length: number): number[] {
  const out = new Array<number>(length + 1);
  let k = 0;
  for (let i = 0; i <= length; i++) {
    while (sourceOffsets[k]! < i) k++;
    out[i] = k;
  }
  return out;
}

/** Source offsets of a span of `prose.text` (the identity unless the prose is compact). */
export function sourceSpan(prose: Prose, start: number, end: number): { start: number; end: number } {
  const map = prose.sourceOffsets;
  if (!map) return { start, end };
  if (end <= start) return { start: map[start]!, end: map[start]! };
  return { start: map[start]!, end: map[end - 1]! + 1 };
}

/** Plain text: the text itself, one paragraph block per run of non-blank lines. */
export function plainTextToProse(source: string): Prose {
  const blocks: Block[] = [];
  const re = /[^\r\n]*\S[^\r\n]*(?:(?:\r\n|\n|\r)[^\r\n]*\S[^\r\n]*)*/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    blocks.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length });
  }
  return { text: source, blocks: trimBlocks(blocks, source) };
}

export type InputFormat = 'markdown' | 'text';

const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown', 'mdown', 'mkdn', 'mkd', 'mdwn', 'mdx']);

/** The format of a file by its extension: Markdown for .md and friends, plain text otherwise. */
export function formatOf(path: string): InputFormat {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  return MARKDOWN_EXTENSIONS.has(ext) ? 'markdown' : 'text';
}

export function toProse(source: string, format: InputFormat, options: ProseOptions = {}): Prose {
  return format === 'markdown' ? markdownToProse(source, options) : plainTextToProse(source);
}

/** Shrink prose blocks to their first and last non-space character; drop the empty ones. */
function trimBlocks(blocks: Block[], text: string): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind === 'code') {
      out.push(b);
      continue;
    }
    let s = b.start;
    let e = b.end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (s < e) out.push({ ...b, start: s, end: e });
  }
  return out;
}
