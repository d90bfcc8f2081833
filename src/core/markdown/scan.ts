import type { Blanker } from './blank';
import type { Block, BlockKind } from './block';
import { DELIMITER_ROW, pipePositions, splitCells } from './table';

/** A line of the source: [start, end) without its line break. */
export interface Line {
  start: number;
  end: number;
}

export function splitLines(text: string, from = 0): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  re.lastIndex = from;
  let start = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length || lines.length === 0) lines.push({ start, end: text.length });
  return lines;
}

interface Para {
  kind: BlockKind;
  level?: number;
  start: number;
  end: number;
  /** Blockquote depth the paragraph started at. */
  bq: number;
}

interface Fence {
  char: string;
  len: number;
  depth: number;
  block: Block;
}

const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^(`{3,}|~{3,})[ \t]*$/;
const ATX = /^(#{1,6})(?=[ \t]|$)/;
const SETEXT = /^(=+|-+)[ \t]*$/;
const THEMATIC = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^([-+*]|(\d{1,9})[.)])([ \t]+|$)/;
const TASK = /^\[[ xX]\](?=[ \t])/;
const LINK_DEFINITION = /^\[[^\]]+\]:[ \t]*\S/;
const RAW_HTML_OPEN = /^<(script|style|pre|textarea)(?=[\s>]|$)/i;

/**
 * Line-based block scanner for CommonMark + GFM tables. It blanks what is not prose (code,
 * markers such as `#`, `>`, `-`, `|`) in `doc` and returns the blocks, untrimmed.
 */
export class BlockScanner {
  private readonly c: string[];
  private readonly blocks: Block[] = [];
  private para: Para | null = null;
  private fence: Fence | null = null;
  private rawHtml: { close: RegExp; block: Block } | null = null;
  private indented: Block | null = null;
  private table = false;
  /** Content indents (columns) of the open list items, innermost last. */
  private lists: number[] = [];
  private prevBlank = true;
  /** Whether the current line was indented code (an indented block continues across blank lines). */
  private isCodeLine = false;

  constructor(
    private readonly doc: Blanker,
    private readonly lines: Line[],
  ) {
    this.c = doc.chars;
  }

  run(): Block[] {
    for (let i = 0; i < this.lines.length; i++) {
      const skip = this.line(this.lines[i]!, this.lines[i + 1]);
      if (skip) {
        const next = this.lines[++i]!;
        this.doc.blank(next.start, next.end);
      }
    }
    this.closePara();
    return this.blocks.sort((a, b) => a.start - b.start);
  }

  /** Handles one line; returns true when the next line was consumed (a table's delimiter row). */
  private line(line: Line, next: Line | undefined): boolean {
    const { pos, depth } = this.quotes(line, this.fence ? this.fence.depth : Infinity, true);
    if (this.fence) {
      if (depth >= this.fence.depth) {
        this.inFence(line, pos);
        return false;
      }
      this.fence = null;
    }
    if (this.rawHtml) {
      const closes = this.rawHtml.close.test(this.slice(pos, line.end));
      this.doc.blank(line.start, line.end);
      this.rawHtml.block.end = line.end;
      if (closes) this.rawHtml = null;
      return false;
    }
    const { width, pos: q } = this.indent(pos, line.end);
    if (q >= line.end) {
      this.closePara();
      this.table = false;
      this.prevBlank = true;
      return false;
    }
    const rest = this.slice(q, line.end);
    const lazy = !!this.para && !this.prevBlank && depth <= this.para.bq;
    const top = this.lists[this.lists.length - 1] ?? 0;
    if (this.lists.length && width < top && !(lazy && !this.startsBlock(rest))) {
      while (this.lists.length && width < this.lists[this.lists.length - 1]!) this.lists.pop();
    }
    const base = this.lists[this.lists.length - 1] ?? 0;
    const rel = width - base;
    let result: 'block' | 'table' | false = false;
    if (this.table && !this.startsBlock(rest)) this.row(q, line.end);
    else if (rel >= 4 && !lazy) this.indentedCode(line);
    else if (rel >= 4 || !(result = this.block(line, q, rest, depth, width, next))) this.text(q, line.end, depth, width);
    if (!this.isCodeLine) this.indented = null;
    this.isCodeLine = false;
    this.prevBlank = false;
    return result === 'table';
  }

  /** Block constructs that start on this line; false when the line is plain text, 'table' when a table starts (its delimiter row is the next line). */
  private block(line: Line, q: number, rest: string, depth: number, width: number, next: Line | undefined): 'block' | 'table' | false {
    const fence = FENCE_OPEN.exec(rest);
    if (fence && !(fence[1]![0] === '`' && fence[2]!.includes('`'))) {
      this.closeAll();
      const block: Block = { kind: 'code', start: line.start, end: line.end };
      this.blocks.push(block);
      this.fence = { char: fence[1]![0]!, len: fence[1]!.length, depth, block };
      this.doc.blank(line.start, line.end);
      return 'block';
    }
    if (RAW_HTML_OPEN.test(rest)) {
      this.closeAll();
      const tag = RAW_HTML_OPEN.exec(rest)![1]!;
      const block: Block = { kind: 'code', start: line.start, end: line.end };
      this.blocks.push(block);
      const close = new RegExp(`</${tag}>`, 'i');
      this.doc.blank(line.start, line.end);
      if (!close.test(rest)) this.rawHtml = { close, block };
      return 'block';
    }
    const atx = ATX.exec(rest);
    if (atx) {
      this.closeAll();
      this.heading(q, line.end, atx[1]!.length);
      return 'block';
    }
    const para = this.para;
    if (para && !this.prevBlank && para.kind !== 'list' && depth === para.bq && SETEXT.test(rest)) {
      para.kind = 'heading';
      para.level = rest[0] === '=' ? 1 : 2;
      this.doc.blank(line.start, line.end);
      this.closePara();
      return 'block';
    }
    if (THEMATIC.test(rest)) {
      this.closeAll();
      this.doc.blank(line.start, line.end);
      return 'block';
    }
    const item = LIST_ITEM.exec(rest);
    if (item && this.canStartItem(item)) {
      this.closeAll();
      this.listItem(q, line.end, width, item, depth);
      return 'block';
    }
    if (next && rest.includes('|') && this.isTableStart(rest, next)) {
      this.closeAll();
      this.table = true;
      this.row(q, line.end);
      return 'table';
    }
    if ((!para || this.prevBlank) && LINK_DEFINITION.test(rest)) {
      this.closeAll();
      this.doc.blank(line.start, line.end);
      return 'block';
    }
    return false;
  }

  /** Whether a line would start a new block rather than continue a paragraph lazily. */
  private startsBlock(rest: string): boolean {
    const item = LIST_ITEM.exec(rest);
    return FENCE_OPEN.test(rest) || ATX.test(rest) || THEMATIC.test(rest) || (!!item && this.canStartItem(item));
  }

  /** Only a non-empty bullet, or an ordered item numbered 1, may interrupt a paragraph. */
  private canStartItem(item: RegExpExecArray): boolean {
    if (!this.para || this.prevBlank) return true;
    if (!item[3]) return false;
    return item[2] === undefined || item[2] === '1';
  }

  private inFence(line: Line, pos: number): void {
    const fence = this.fence!;
    const { pos: q } = this.indent(pos, line.end);
    const close = FENCE_CLOSE.exec(this.slice(q, line.end));
    this.doc.blank(line.start, line.end);
    fence.block.end = line.end;
    if (close && close[1]![0] === fence.char && close[1]!.length >= fence.len) this.fence = null;
  }

  private indentedCode(line: Line): void {
    this.closeAll();
    this.doc.blank(line.start, line.end);
    if (this.indented) this.indented.end = line.end;
    else {
      this.indented = { kind: 'code', start: line.start, end: line.end };
      this.blocks.push(this.indented);
    }
    this.isCodeLine = true;
  }

  private heading(q: number, end: number, level: number): void {
    let contentStart = q + level;
    while (contentStart < end && (this.c[contentStart] === ' ' || this.c[contentStart] === '\t')) contentStart++;
    let contentEnd = end;
    const closing = /(^|[ \t]+)#+[ \t]*$/.exec(this.slice(contentStart, end));
    if (closing) contentEnd = contentStart + closing.index;
    this.doc.blank(q, contentStart);
    this.doc.blank(contentEnd, end);
    this.blocks.push({ kind: 'heading', level, start: contentStart, end: contentEnd });
  }

  private listItem(q: number, end: number, width: number, item: RegExpExecArray, depth: number): void {
    const marker = item[1]!.length;
    const spaces = item[3]!.length;
    const gap = spaces === 0 || spaces > 4 ? 1 : spaces;
    this.doc.blank(q, q + marker);
    let content = Math.min(q + marker + gap, end);
    if (TASK.test(this.slice(content, end))) {
      this.doc.blank(content, content + 3);
      content += 3;
    }
    this.lists.push(width + marker + gap);
    if (content < end && this.slice(content, end).trim()) {
      this.para = { kind: 'list', start: content, end, bq: depth };
    }
  }

  private isTableStart(header: string, next: Line): boolean {
    const { pos } = this.quotes(next, Infinity, false);
    const { pos: q } = this.indent(pos, next.end);
    const delimiter = this.slice(q, next.end);
    if (!DELIMITER_ROW.test(delimiter) || !delimiter.includes('|') && !/^\||\|$/.test(header.trim())) return false;
    const count = (s: string) => splitCells(s.trim(), 0).length;
    return count(header) === count(delimiter);
  }

  /** A table row: pipes blanked, one `table` block per non-empty cell. */
  private row(q: number, end: number): void {
    const text = this.slice(q, end);
    for (const [s, e] of splitCells(text, q)) {
      if (this.slice(s, e).trim()) this.blocks.push({ kind: 'table', start: s, end: e });
    }
    for (const pipe of pipePositions(text)) this.doc.blank(q + pipe, q + pipe + 1);
  }

  private text(q: number, end: number, depth: number, width: number): void {
    if (this.para && !this.prevBlank && depth <= this.para.bq) {
      this.para.end = end;
      return;
    }
    this.closePara();
    this.table = false;
    const inList = this.lists.length > 0 && width >= this.lists[this.lists.length - 1]!;
    const kind: BlockKind = depth > 0 ? 'blockquote' : inList ? 'list' : 'paragraph';
    this.para = { kind, start: q, end, bq: depth };
  }

  private closeAll(): void {
    this.closePara();
    this.table = false;
  }

  private closePara(): void {
    const p = this.para;
    if (!p) return;
    this.blocks.push(p.level ? { kind: p.kind, level: p.level, start: p.start, end: p.end } : { kind: p.kind, start: p.start, end: p.end });
    this.para = null;
  }

  /** Blockquote markers (`>`) at the start of a line, up to `max` of them. */
  private quotes(line: Line, max: number, blank: boolean): { pos: number; depth: number } {
    let p = line.start;
    let depth = 0;
    while (depth < max) {
      let q = p;
      while (q < line.end && q - p < 3 && this.c[q] === ' ') q++;
      if (this.c[q] !== '>' || q >= line.end) break;
      q++;
      if (this.c[q] === ' ' || this.c[q] === '\t') q++;
      if (blank) this.doc.blank(p, q);
      p = q;
      depth++;
    }
    return { pos: p, depth };
  }

  /** Indentation width in columns (tab stops of 4) and where the content starts. */
  private indent(from: number, end: number): { width: number; pos: number } {
    let width = 0;
    let p = from;
    for (; p < end; p++) {
      const ch = this.c[p];
      if (ch === ' ') width++;
      else if (ch === '\t') width += 4 - (width % 4);
      else break;
    }
    return { width, pos: p };
  }

  private slice(from: number, to: number): string {
    return this.c.slice(from, to).join('');
  }
}
