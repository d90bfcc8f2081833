import { isSimplePattern } from '../pack/regex-check';
import { hasCase, type Expansion } from './literals';

/**
 * Most tokens and swap keys of a large pack are plain words with optional, non-capturing groups of
 * alternatives ("leverera (?:en |ett )?plats", see `isSimplePattern`). Their strings are read
 * here straight from the pattern, in the order a backtracking engine tries them — what `expand`
 * lists from the parsed tree — so compiling such a word list makes no tree at all.
 */
export const isPlainPattern = isSimplePattern;

const OPEN = 40; // (
const CLOSE = 41; // )
const OPTIONAL = 63; // ?
const OR = 124; // |

/** The top-level alternatives of a plain pattern: "a|b(?:c|d)" → ["a", "b(?:c|d)"]. */
export function plainAlternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === OPEN) depth++;
    else if (c === CLOSE) depth--;
    else if (c === OR && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}

/** Every string a plain pattern matches, in preference order; null when there are more than `cap`. */
export function expandPlain(pattern: string, fold: boolean, cap: number): Expansion[] | null {
  const strings = new PlainReader(pattern, cap).alternatives();
  return strings && strings.map((text) => ({ text, fold: anyCased(text) ? fold : null }));
}

class PlainReader {
  private at = 0;
  constructor(
    private readonly p: string,
    private readonly cap: number,
  ) {}

  /** Alternatives up to a ")" (not consumed) or the end, one after another. */
  alternatives(): string[] | null {
    const out: string[] = [];
    for (;;) {
      const strings = this.sequence();
      if (!strings) return null;
      for (const s of strings) out.push(s);
      if (out.length > this.cap) return null;
      if (this.p.charCodeAt(this.at) !== OR) return out;
      this.at++;
    }
  }

  private sequence(): string[] | null {
    const p = this.p;
    let acc = [''];
    while (this.at < p.length) {
      const c = p.charCodeAt(this.at);
      if (c === OR || c === CLOSE) break;
      let item: string[];
      if (c === OPEN) {
        this.at += 3; // "(?:"
        const inner = this.alternatives();
        if (!inner) return null;
        this.at++; // ")"
        item = inner;
      } else {
        let end = this.at;
        while (end < p.length && !isSyntax(p.charCodeAt(end))) end++;
        // Before a "?", the last character alone is optional; the run before it is literal.
        const last = p.charCodeAt(end) === OPTIONAL ? (isLowSurrogate(p.charCodeAt(end - 1)) && end - 2 >= this.at ? 2 : 1) : 0;
        const literal = p.slice(this.at, end - last);
        if (literal) for (let k = 0; k < acc.length; k++) acc[k] += literal;
        this.at = end - last;
        if (!last) continue;
        item = [p.slice(end - last, end)];
        this.at = end;
      }
      if (p.charCodeAt(this.at) === OPTIONAL) {
        this.at++;
        item.push('');
      }
      if (acc.length * item.length > this.cap) return null;
      acc = item.length === 1 ? acc.map((x) => x + item[0]) : acc.flatMap((x) => item.map((y) => x + y));
    }
    return acc;
  }
}

function isSyntax(c: number): boolean {
  return c === OPEN || c === CLOSE || c === OPTIONAL || c === OR;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function anyCased(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (hasCase(cp)) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}
