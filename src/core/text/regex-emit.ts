import type { ClassItem, GroupNode, Node } from './regex-ast';
import { walk } from './regex-ast';
import { WORD_CLASS, WORD_CLASS_ITEMS, caseVariants, isWordCodePoint } from './chars';

/**
 * How case-insensitivity reaches JavaScript, which (before RegExp modifiers) only has the global
 * `i` flag:
 * - `plain`: nothing in the pattern is case-insensitive;
 * - `flag`: everything that has case is case-insensitive, so the `i` flag is exact;
 * - `expand`: a mix, e.g. `(?i:…)` inside a case-sensitive rule or `(?-i:…)` inside an
 *   ignore-case one. No `i` flag; case-insensitive letters become classes such as `[nN]`.
 */
export type CaseMode = 'plain' | 'flag' | 'expand';

export interface EmitOptions {
  caseMode: CaseMode;
  /** Added to capturing-group numbers in backreferences (when the pattern is embedded). */
  groupOffset?: number;
  /** Put before every group name (so embedded patterns cannot clash). */
  namePrefix?: string;
}

const CASED_PROPS = new Set(['Lu', 'Ll', 'Lt', 'LC', 'L&', 'Uppercase_Letter', 'Lowercase_Letter', 'Titlecase_Letter', 'Cased_Letter', 'Uppercase', 'Lowercase', 'Upper', 'Lower']);

export function caseModeOf(ast: Node): CaseMode {
  let folded = false;
  let exact = false;
  walk(ast, (n) => {
    let relevant = false;
    let fold = false;
    if (n.t === 'char') {
      relevant = caseVariants(String.fromCodePoint(n.cp)).length > 1;
      fold = n.fold;
    } else if (n.t === 'class') {
      relevant = n.items.some((it) => (it.t === 'range' ? rangeHasCase(it.from, it.to) : it.t === 'prop' && CASED_PROPS.has(it.js)));
      fold = n.fold;
    } else if (n.t === 'prop') {
      relevant = CASED_PROPS.has(n.js);
      fold = n.fold;
    } else if (n.t === 'backref') {
      relevant = true;
      fold = n.fold;
    }
    if (!relevant) return;
    if (fold) folded = true;
    else exact = true;
  });
  if (folded && exact) return 'expand';
  return folded ? 'flag' : 'plain';
}

function rangeHasCase(from: number, to: number): boolean {
  if (to - from > 64) return true;
  for (let cp = from; cp <= to; cp++) if (caseVariants(String.fromCodePoint(cp)).length > 1) return true;
  return false;
}

const BOUNDARY = `(?:(?<=${WORD_CLASS})(?!${WORD_CLASS})|(?<!${WORD_CLASS})(?=${WORD_CLASS}))`;
const NOT_BOUNDARY = `(?:(?<=${WORD_CLASS})(?=${WORD_CLASS})|(?<!${WORD_CLASS})(?!${WORD_CLASS}))`;

/** JavaScript source (for the `u` flag, plus `i` in `flag` mode) equivalent to the tree. */
export function emit(node: Node, opts: EmitOptions): string {
  return new Emitter(opts).node(node);
}

class Emitter {
  constructor(private readonly opts: EmitOptions) {}

  node(n: Node): string {
    switch (n.t) {
      case 'empty':
        return '';
      case 'char':
        return this.char(n.cp, n.fold);
      case 'class':
        return this.cls(n.items, n.negate, n.fold);
      case 'shorthand':
        return shorthandOutside(n.kind);
      case 'prop':
        return `\\${n.negate ? 'P' : 'p'}{${this.propName(n.js, n.fold)}}`;
      case 'dot':
        return n.dotAll ? '[\\s\\S]' : '[^\\n]';
      case 'assert':
        switch (n.kind) {
          case 'lineStart':
            return '(?<![^\\n])';
          case 'lineEnd':
            return '(?![^\\n])';
          case 'textStart':
            return '(?<![\\s\\S])';
          case 'textEnd':
            return '(?![\\s\\S])';
          case 'textEndNl':
            return '(?=\\n?(?![\\s\\S]))';
          case 'wordB':
            return BOUNDARY;
          case 'notWordB':
            return NOT_BOUNDARY;
        }
        return '';
      case 'group':
        if (!n.capture) return `(?:${this.node(n.body)})`;
        return n.name !== undefined ? `(?<${this.opts.namePrefix ?? ''}${n.name}>${this.node(n.body)})` : `(${this.node(n.body)})`;
      case 'look':
        return `(?:(?${n.behind ? '<' : ''}${n.negate ? '!' : '='}${this.node(n.body)}))`;
      case 'alt':
        return n.alts.map((a) => this.node(a)).join('|');
      case 'seq':
        return n.items.map((a, i) => (a.t === 'assert' && (a.kind === 'wordB' || a.kind === 'notWordB') ? boundary(a.kind === 'wordB', n.items[i - 1], n.items[i + 1]) : this.node(a))).join('');
      case 'rep': {
        let body = this.node(n.body);
        if (!isAtom(n.body)) body = `(?:${body})`;
        return body + quantifier(n.min, n.max) + (n.greedy ? '' : '?');
      }
      case 'backref':
        return this.backref(n.target!);
    }
  }

  private backref(target: GroupNode): string {
    if (target.name !== undefined) return `\\k<${this.opts.namePrefix ?? ''}${target.name}>`;
    return `(?:\\${target.index! + (this.opts.groupOffset ?? 0)})`;
  }

  private expanding(fold: boolean): boolean {
    return fold && this.opts.caseMode === 'expand';
  }

  private char(cp: number, fold: boolean): string {
    const ch = String.fromCodePoint(cp);
    if (this.expanding(fold)) {
      const variants = caseVariants(ch);
      if (variants.length > 1) return `[${variants.map((v) => classChar(v.codePointAt(0)!)).join('')}]`;
    }
    return literalChar(cp);
  }

  private propName(js: string, fold: boolean): string {
    if (this.expanding(fold) && CASED_PROPS.has(js)) return 'LC';
    return js;
  }

  private cls(items: ClassItem[], negate: boolean, fold: boolean): string {
    let body = '';
    const extra = new Set<string>();
    for (const it of items) {
      if (it.t === 'range') {
        body += it.from === it.to ? classChar(it.from) : `${classChar(it.from)}-${classChar(it.to)}`;
        if (this.expanding(fold) && it.to - it.from <= 2000) {
          for (let cp = it.from; cp <= it.to; cp++) {
            for (const v of caseVariants(String.fromCodePoint(cp))) {
              const vcp = v.codePointAt(0)!;
              if (vcp < it.from || vcp > it.to) extra.add(classChar(vcp));
            }
          }
        }
      } else if (it.t === 'shorthand') body += shorthandInside(it.kind);
      else body += `\\${it.negate ? 'P' : 'p'}{${this.propName(it.js, fold)}}`;
    }
    body += [...extra].join('');
    if (!body) return negate ? '[\\s\\S]' : '[^\\s\\S]';
    return `[${negate ? '^' : ''}${body}]`;
  }
}

type Wordness = 'word' | 'nonword' | null;

/**
 * A word boundary costs two lookarounds per position; when the character on one side is known to
 * be (or not to be) a word character, one lookaround on the other side decides it.
 */
function boundary(isB: boolean, prev: Node | undefined, next: Node | undefined): string {
  const after = next ? wordness(next, 'first') : null;
  const before = prev ? wordness(prev, 'last') : null;
  const notW = `(?<!${WORD_CLASS})`;
  const isW = `(?<=${WORD_CLASS})`;
  if (after === 'word') return isB ? notW : isW;
  if (after === 'nonword') return isB ? isW : notW;
  if (before === 'word') return isB ? `(?!${WORD_CLASS})` : `(?=${WORD_CLASS})`;
  if (before === 'nonword') return isB ? `(?=${WORD_CLASS})` : `(?!${WORD_CLASS})`;
  return isB ? BOUNDARY : NOT_BOUNDARY;
}

const WORD_PROPS = /^(?:L|Lu|Ll|Lt|Lm|Lo|LC|M|Mn|Mc|Me|N|Nd|Nl|No|Pc|Letter|Number|Mark|Alphabetic)$/;

/** Whether the first (or last) character a node consumes is surely a word character, surely not, or unknown. */
export function wordness(n: Node, end: 'first' | 'last'): Wordness {
  switch (n.t) {
    case 'char':
      return isWordCodePoint(n.cp) ? 'word' : 'nonword';
    case 'shorthand':
      return n.kind === 'w' || n.kind === 'd' ? 'word' : n.kind === 's' || n.kind === 'W' ? 'nonword' : null;
    case 'prop':
      return !n.negate && WORD_PROPS.test(n.js) ? 'word' : null;
    case 'class': {
      if (n.negate) return null;
      let all: Wordness | undefined;
      for (const it of n.items) {
        let w: Wordness;
        if (it.t === 'shorthand') w = it.kind === 'w' || it.kind === 'd' ? 'word' : it.kind === 's' || it.kind === 'W' ? 'nonword' : null;
        else if (it.t === 'prop') w = !it.negate && WORD_PROPS.test(it.js) ? 'word' : null;
        else if (it.to - it.from > 256) w = null;
        else {
          const first = isWordCodePoint(it.from);
          w = first ? 'word' : 'nonword';
          for (let cp = it.from + 1; cp <= it.to && w; cp++) if (isWordCodePoint(cp) !== first) w = null;
        }
        if (w === null || (all !== undefined && all !== w)) return null;
        all = w;
      }
      return all ?? null;
    }
    case 'group':
      return wordness(n.body, end);
    case 'alt': {
      let all: Wordness | undefined;
      for (const a of n.alts) {
        const w = wordness(a, end);
        if (w === null || (all !== undefined && all !== w)) return null;
        all = w;
      }
      return all ?? null;
    }
    case 'seq': {
      const items = end === 'first' ? n.items : [...n.items].reverse();
      for (const it of items) {
        if (it.t === 'assert' || it.t === 'look' || it.t === 'empty') continue;
        if (it.t === 'rep' && it.min === 0) return null;
        return wordness(it, end);
      }
      return null;
    }
    case 'rep':
      return n.min >= 1 ? wordness(n.body, end) : null;
    default:
      return null;
  }
}

function isAtom(n: Node): boolean {
  return n.t === 'char' || n.t === 'class' || n.t === 'shorthand' || n.t === 'prop' || n.t === 'dot' || n.t === 'group';
}

function quantifier(min: number, max: number): string {
  if (min === 0 && max === Infinity) return '*';
  if (min === 1 && max === Infinity) return '+';
  if (min === 0 && max === 1) return '?';
  if (min === max) return `{${min}}`;
  return max === Infinity ? `{${min},}` : `{${min},${max}}`;
}

function shorthandOutside(kind: string): string {
  switch (kind) {
    case 'w':
      return WORD_CLASS;
    case 'W':
      return `[^${WORD_CLASS_ITEMS}]`;
    default:
      return `\\${kind}`;
  }
}

function shorthandInside(kind: string): string {
  // A negated word class cannot be nested inside another class with the `u` flag; JavaScript's
  // ASCII `\W` is the closest we get there.
  return kind === 'w' ? WORD_CLASS_ITEMS : `\\${kind}`;
}

const SYNTAX = new Set([...'\\^$.*+?()[]{}|/']);

function literalChar(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (SYNTAX.has(ch)) return `\\${ch}`;
  if (cp < 32 || cp === 127 || (cp >= 0x2028 && cp <= 0x2029)) return `\\u{${cp.toString(16)}}`;
  return ch;
}

function classChar(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (ch === '\\' || ch === ']' || ch === '[' || ch === '^' || ch === '-') return `\\${ch}`;
  if (cp < 32 || cp === 127 || (cp >= 0x2028 && cp <= 0x2029)) return `\\u{${cp.toString(16)}}`;
  return ch;
}
