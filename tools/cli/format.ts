import type { Finding } from '../../src/core/lint/types';

/** One finding as `lint --format json` prints it (see docs/cli.md). */
export interface JsonFinding {
  rule: string;
  level: string;
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based, in characters (code points) from the start of the line. */
  column: number;
  /** UTF-16 offsets into the file's text. */
  start: number;
  end: number;
  suggestions: string[];
}

/** Maps UTF-16 offsets to 1-based line and code-point column (`\n`, `\r\n` and `\r` end lines). */
export class Locator {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  locate(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.lineStarts[lo]!;
    let column = 1;
    for (let i = lineStart; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      // A surrogate pair is one character: count it at its high half.
      if (!(c >= 0xdc00 && c <= 0xdfff && i > lineStart && isHigh(this.text.charCodeAt(i - 1)))) column++;
    }
    return { line: lo + 1, column };
  }
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

export function toJson(findings: readonly Finding[], source: string): JsonFinding[] {
  const loc = new Locator(source);
  return findings.map((f) => ({
    rule: f.rule,
    level: f.level,
    message: f.message,
    ...loc.locate(f.start),
    start: f.start,
    end: f.end,
    suggestions: f.suggestions,
  }));
}

/** `file:line:column: level [Rule] message` */
export function textLine(file: string, f: JsonFinding): string {
  return `${file}:${f.line}:${f.column}: ${f.level} [${f.rule}] ${oneLine(f.message)}`;
}

/** Vale's `--output=line`: `file:line:column:Rule:message` */
export function valeLine(file: string, f: JsonFinding): string {
  return `${file}:${f.line}:${f.column}:${f.rule}:${oneLine(f.message)}`;
}

function oneLine(s: string): string {
  return s.replace(/\r\n|\n|\r/g, ' ');
}
