/**
 * A draft is linted block by block, as Vale lints the blocks of a document. Markdown input comes
 * with its blocks (the CLI builds them); plain text is split into paragraphs at blank lines.
 */
export type BlockKind = 'paragraph' | 'heading' | 'list' | 'blockquote' | 'table' | 'code';

export interface Block {
  kind: BlockKind;
  /** Heading level 1–6 (only for headings). */
  level?: number;
  /** UTF-16 offsets into the draft: [start, end). */
  start: number;
  end: number;
}

const KINDS = new Set<BlockKind>(['paragraph', 'heading', 'list', 'blockquote', 'table', 'code']);

/** Paragraph blocks of plain text: separated by blank lines, surrounding whitespace left out. */
export function paragraphBlocks(text: string): Block[] {
  const out: Block[] = [];
  const re = /\n[ \t\r\f\v\u00a0]*\n\s*/g;
  let last = 0;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ kind: 'paragraph', start: s, end: e });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return out;
}

/**
 * Blocks a caller passed in, made safe: unknown kinds dropped, offsets clamped to the text,
 * empty and overlapping blocks removed, sorted by position. A block that would split a surrogate
 * pair is widened to keep the pair whole.
 */
export function normaliseBlocks(text: string, blocks: readonly Block[]): Block[] {
  const n = text.length;
  const cleaned: Block[] = [];
  for (const b of blocks) {
    if (!b || !KINDS.has(b.kind)) continue;
    let start = Math.max(0, Math.min(n, Math.floor(Number(b.start) || 0)));
    let end = Math.max(start, Math.min(n, Math.floor(Number(b.end) || 0)));
    if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
    if (end < n && end > 0 && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
    if (end <= start) continue;
    const block: Block = { kind: b.kind, start, end };
    if (b.kind === 'heading') block.level = Math.max(1, Math.min(6, Math.floor(Number(b.level) || 1)));
    cleaned.push(block);
  }
  cleaned.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Block[] = [];
  let lastEnd = 0;
  for (const b of cleaned) {
    if (b.start < lastEnd) continue;
    out.push(b);
    lastEnd = b.end;
  }
  return out;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
