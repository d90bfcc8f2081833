import type { Block, Prose } from './block';

export interface ProseChunk {
  /** Offset of the chunk in the document. */
  offset: number;
  text: string;
  /** Blocks inside the chunk, relative to it. */
  blocks: Block[];
}

/**
 * Cut a long document into pieces of at most `max` UTF-16 units at block boundaries, for an
 * engine that only scans so much of one draft. A single block longer than `max` stays whole.
 */
export function chunkProse(prose: Prose, max: number): ProseChunk[] {
  const { text, blocks } = prose;
  if (text.length <= max) return [{ offset: 0, text, blocks }];
  const chunks: ProseChunk[] = [];
  let start = 0;
  let members: Block[] = [];
  const flush = (end: number) => {
    if (end > start) chunks.push({ offset: start, text: text.slice(start, end), blocks: members.map((b) => ({ ...b, start: b.start - start, end: b.end - start })) });
    start = end;
    members = [];
  };
  for (const b of blocks) {
    if (b.end - start > max && members.length) flush(lineStart(text, b.start, start));
    members.push(b);
  }
  flush(text.length);
  return chunks;
}

/** The start of the line holding `at` (not before `floor`), so a cut never splits a line. */
function lineStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}
