/**
 * A parser for the regular expressions Vale packs use: Go RE2 syntax plus the .NET extensions of
 * regexp2 (lookarounds, backreferences, named groups in both spellings). The tree it builds is
 * translated to JavaScript (regex-emit.ts), checked for catastrophic backtracking
 * (pack/regex-check.ts) and mined for literals by the combined matcher (lint/literals.ts).
 *
 * Inline flags follow Go and .NET: `(?i)` applies from where it stands to the end of the enclosing
 * group, later alternatives included; `(?i:…)` applies inside the group only. Features JavaScript
 * cannot express are reported as errors rather than silently dropped.
 */

export interface Flags {
  /** Case-insensitive. */
  i: boolean;
  /** `^` and `$` match at line breaks (Vale turns this on for token lists). */
  m: boolean;
  /** `.` matches a newline. */
  s: boolean;
  /** Ignore whitespace and `#` comments (.NET). */
  x: boolean;
  /** Swap greedy and lazy quantifiers (Go). */
  U: boolean;
  /** Plain `( )` groups do not capture (.NET). */
  n: boolean;
}

export type Shorthand = 'd' | 'D' | 's' | 'S' | 'w' | 'W';

export type ClassItem =
  | { t: 'range'; from: number; to: number }
  | { t: 'shorthand'; kind: Shorthand }
  /** `js` is the JavaScript property expression, e.g. "Lu" or "Script=Greek". */
  | { t: 'prop'; negate: boolean; js: string };

export type AssertKind = 'lineStart' | 'lineEnd' | 'textStart' | 'textEnd' | 'textEndNl' | 'wordB' | 'notWordB';

export interface GroupNode {
  t: 'group';
  capture: boolean;
  name?: string;
  /** 1-based position among capturing groups, counted by opening parenthesis (JavaScript numbering). */
  index?: number;
  body: Node;
}

export type Node =
  | { t: 'empty' }
  | { t: 'char'; cp: number; fold: boolean }
  | { t: 'class'; negate: boolean; items: ClassItem[]; fold: boolean }
  | { t: 'shorthand'; kind: Shorthand }
  | { t: 'prop'; negate: boolean; js: string; fold: boolean }
  | { t: 'dot'; dotAll: boolean }
  | { t: 'assert'; kind: AssertKind }
  | GroupNode
  | { t: 'look'; behind: boolean; negate: boolean; body: Node }
  | { t: 'alt'; alts: Node[] }
  | { t: 'seq'; items: Node[] }
  | { t: 'rep'; min: number; max: number; greedy: boolean; body: Node }
  /** `target` is resolved after parsing: the group the reference points at. */
  | { t: 'backref'; ref: number | string; fold: boolean; target?: GroupNode };

export interface Parsed {
  ast: Node;
  /** Capturing groups in JavaScript order (by opening parenthesis). */
  groups: GroupNode[];
  /** Capturing groups in .NET order: unnamed ones first, then named ones. `$1` and `\1` use this. */
  netGroups: GroupNode[];
  /** Flags in force at the end of the top level (a bare `(?i)` carries over to what follows). */
  endFlags: Flags;
}

/** `unsupported`: valid in Go or .NET, but JavaScript has no equivalent. */
export type ParseResult = Parsed | { error: string; unsupported?: boolean };

const MAX_REPEAT = 1000;

export function parseRegex(pattern: string, init: Partial<Flags> = {}): ParseResult {
  const parser = new Parser(pattern);
  try {
    const flags: Flags = { i: false, m: false, s: false, x: false, U: false, n: false, ...init };
    const ast = parser.parseAlt(flags);
    if (parser.pos < pattern.length) throw new RegexError(`unmatched ")" at position ${parser.pos + 1}`);
    const unnamed = parser.groups.filter((g) => g.name === undefined);
    const named = parser.groups.filter((g) => g.name !== undefined);
    const netGroups = [...unnamed, ...named];
    const names = new Set<string>();
    for (const g of named) {
      if (names.has(g.name!)) throw new RegexError(`the group name "${g.name}" is used twice`);
      names.add(g.name!);
    }
    for (const ref of parser.backrefs) {
      const target = typeof ref.ref === 'number' ? netGroups[ref.ref - 1] : named.find((g) => g.name === ref.ref);
      if (!target) throw new RegexError(`the backreference \\${typeof ref.ref === 'number' ? ref.ref : `k<${ref.ref}>`} points at no group`);
      ref.target = target;
    }
    return { ast, groups: parser.groups, netGroups, endFlags: flags };
  } catch (err) {
    if (err instanceof RegexError) return err.unsupported ? { error: err.message, unsupported: true } : { error: err.message };
    throw err;
  }
}

class RegexError extends Error {
  constructor(
    message: string,
    readonly unsupported = false,
  ) {
    super(message);
  }
}

const POSIX: Record<string, ClassItem[]> = {
  alpha: [{ t: 'prop', negate: false, js: 'L' }],
  digit: [{ t: 'range', from: 48, to: 57 }],
  alnum: [
    { t: 'prop', negate: false, js: 'L' },
    { t: 'prop', negate: false, js: 'N' },
  ],
  upper: [{ t: 'prop', negate: false, js: 'Lu' }],
  lower: [{ t: 'prop', negate: false, js: 'Ll' }],
  space: [{ t: 'shorthand', kind: 's' }],
  blank: [
    { t: 'range', from: 32, to: 32 },
    { t: 'range', from: 9, to: 9 },
  ],
  punct: [
    { t: 'prop', negate: false, js: 'P' },
    { t: 'prop', negate: false, js: 'S' },
  ],
  xdigit: [
    { t: 'range', from: 48, to: 57 },
    { t: 'range', from: 65, to: 70 },
    { t: 'range', from: 97, to: 102 },
  ],
  word: [{ t: 'shorthand', kind: 'w' }],
  cntrl: [{ t: 'prop', negate: false, js: 'Cc' }],
  ascii: [{ t: 'range', from: 0, to: 127 }],
  graph: [{ t: 'range', from: 33, to: 126 }],
  print: [{ t: 'range', from: 32, to: 126 }],
};

const propCache = new Map<string, string | null>();

/** The JavaScript form of a Go/.NET Unicode class name, or null when JavaScript has no equivalent. */
export function jsProperty(name: string): string | null {
  const cached = propCache.get(name);
  if (cached !== undefined) return cached;
  let out: string | null = null;
  const candidates = /[=]/.test(name) ? [name] : [name, `Script=${name}`];
  for (const c of candidates) {
    try {
      new RegExp(`\\p{${c}}`, 'u');
      out = c;
      break;
    } catch {
      // try the next spelling
    }
  }
  propCache.set(name, out);
  return out;
}

class Parser {
  pos = 0;
  groups: GroupNode[] = [];
  backrefs: Array<Extract<Node, { t: 'backref' }>> = [];
  constructor(readonly src: string) {}

  private peek(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  private fail(message: string): never {
    throw new RegexError(message);
  }

  /** A feature of Go or .NET patterns that JavaScript cannot express. */
  private lacks(message: string): never {
    throw new RegexError(message, true);
  }

  /** Alternatives up to the closing ")" of the current group (not consumed). */
  parseAlt(flags: Flags): Node {
    const alts: Node[] = [];
    let seq: Node[] = [];
    for (;;) {
      this.skipExtended(flags);
      const c = this.peek();
      if (c === undefined || c === ')') break;
      if (c === '|') {
        alts.push(toSeq(seq));
        seq = [];
        this.pos++;
        continue;
      }
      const atom = this.parseAtom(flags);
      if (atom === null) continue;
      seq.push(this.parseQuantifier(atom, flags));
    }
    alts.push(toSeq(seq));
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts };
  }

  private skipExtended(flags: Flags): void {
    if (!flags.x) return;
    for (;;) {
      const c = this.peek();
      if (c !== undefined && /\s/.test(c)) this.pos++;
      else if (c === '#') {
        while (this.peek() !== undefined && this.peek() !== '\n') this.pos++;
      } else return;
    }
  }

  private parseAtom(flags: Flags): Node | null {
    const c = this.peek()!;
    switch (c) {
      case '(':
        return this.parseGroup(flags);
      case '[':
        return this.parseClass(flags);
      case '.':
        this.pos++;
        return { t: 'dot', dotAll: flags.s };
      case '^':
        this.pos++;
        return { t: 'assert', kind: flags.m ? 'lineStart' : 'textStart' };
      case '$':
        this.pos++;
        return { t: 'assert', kind: flags.m ? 'lineEnd' : 'textEnd' };
      case '\\':
        return this.parseEscape(flags);
      case '*':
      case '+':
      case '?':
        return this.fail(`"${c}" at position ${this.pos + 1} has nothing to repeat`);
      case '{':
        if (this.readBraces() !== null) this.fail(`"{" at position ${this.pos + 1} has nothing to repeat`);
        this.pos++;
        return { t: 'char', cp: 123, fold: flags.i };
      default: {
        const cp = this.src.codePointAt(this.pos)!;
        this.pos += cp > 0xffff ? 2 : 1;
        return charNode(cp, flags.i);
      }
    }
  }

  /** `{n}`, `{n,}` or `{n,m}` at the current position, without consuming it; null when not a quantifier. */
  private readBraces(): { min: number; max: number; length: number } | null {
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.pos, this.pos + 24));
    if (!m) return null;
    const min = Number(m[1]);
    const max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
    return { min, max, length: m[0].length };
  }

  private parseQuantifier(atom: Node, flags: Flags): Node {
    this.skipExtended(flags);
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const b = this.readBraces();
      if (!b) return atom;
      if (b.min > MAX_REPEAT || (b.max !== Infinity && b.max > MAX_REPEAT)) this.fail(`the repeat count in "${this.src.slice(this.pos, this.pos + b.length)}" is above ${MAX_REPEAT}`);
      if (b.max < b.min) this.fail(`"${this.src.slice(this.pos, this.pos + b.length)}" has its bounds the wrong way round`);
      [min, max] = [b.min, b.max];
      this.pos += b.length - 1;
    } else return atom;
    this.pos++;
    let greedy = true;
    if (this.peek() === '?') {
      greedy = false;
      this.pos++;
    } else if (this.peek() === '+') {
      this.lacks(`possessive quantifiers such as "${this.src.slice(this.pos - 1, this.pos + 1)}" are not supported in JavaScript; drop the "+" or restructure the pattern`);
    }
    if (flags.U) greedy = !greedy;
    const next = this.peek();
    if (next === '*' || next === '+' || next === '?' || (next === '{' && this.readBraces())) {
      this.fail(`a quantifier follows another quantifier at position ${this.pos + 1}; wrap the first in "(?:…)"`);
    }
    return { t: 'rep', min, max, greedy, body: atom };
  }

  private parseGroup(outer: Flags): Node | null {
    const start = this.pos;
    this.pos++; // (
    const flags = { ...outer };
    let node: Node;
    if (this.peek() === '?') {
      this.pos++;
      const rest = this.src.slice(this.pos, this.pos + 3);
      if (rest.startsWith(':')) {
        this.pos++;
        node = { t: 'group', capture: false, body: this.parseAlt(flags) };
      } else if (rest.startsWith('=') || rest.startsWith('!')) {
        this.pos++;
        node = { t: 'look', behind: false, negate: rest[0] === '!', body: this.parseAlt(flags) };
      } else if (rest.startsWith('<=') || rest.startsWith('<!')) {
        this.pos += 2;
        node = { t: 'look', behind: true, negate: rest[1] === '!', body: this.parseAlt(flags) };
      } else if (rest.startsWith('P<') || rest.startsWith('<') || rest.startsWith("'")) {
        if (rest.startsWith('P')) this.pos++;
        const close = this.peek() === "'" ? "'" : '>';
        this.pos++;
        const end = this.src.indexOf(close, this.pos);
        if (end < 0) this.fail(`the group name at position ${start + 1} is not closed`);
        const name = this.src.slice(this.pos, end);
        if (name.includes('-')) this.lacks(`balancing groups such as "(?<${name}>…)" are not supported`);
        if (!/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(name)) this.lacks(`"${name}" cannot be a group name in JavaScript; use letters, digits and "_", starting with a letter`);
        this.pos = end + 1;
        const group: GroupNode = { t: 'group', capture: true, name, index: this.groups.length + 1, body: { t: 'empty' } };
        this.groups.push(group);
        group.body = this.parseAlt(flags);
        node = group;
      } else if (rest.startsWith('P=')) {
        this.pos += 2;
        const end = this.src.indexOf(')', this.pos);
        if (end < 0) this.fail(`"(?P=" at position ${start + 1} is not closed`);
        const ref: Extract<Node, { t: 'backref' }> = { t: 'backref', ref: this.src.slice(this.pos, end), fold: flags.i };
        this.backrefs.push(ref);
        this.pos = end + 1;
        return ref;
      } else if (rest.startsWith('>')) {
        return this.lacks(`atomic groups "(?>…)" are not supported in JavaScript; rewrite the group without "?>"`);
      } else if (rest.startsWith('P>') || rest.startsWith('R') || /^\d/.test(rest)) {
        return this.lacks(`recursion "(?${rest[0]}…" is not supported`);
      } else if (rest.startsWith('(')) {
        return this.lacks(`conditionals "(?(…)…)" are not supported`);
      } else if (rest.startsWith('#')) {
        const end = this.src.indexOf(')', this.pos);
        if (end < 0) this.fail(`the comment at position ${start + 1} is not closed`);
        this.pos = end + 1;
        return null;
      } else {
        const m = /^([imsxUn]*)(?:-([imsxUn]*))?([:)])/.exec(this.src.slice(this.pos));
        if (!m || (!m[1] && !m[2])) return this.fail(`unknown group syntax "(?${rest}" at position ${start + 1}`);
        for (const f of m[1]!) flags[f as keyof Flags] = true;
        for (const f of m[2] ?? '') flags[f as keyof Flags] = false;
        this.pos += m[0].length;
        if (m[3] === ')') {
          // "(?i)": the flags hold for the rest of the enclosing group.
          Object.assign(outer, flags);
          return null;
        }
        node = { t: 'group', capture: false, body: this.parseAlt(flags) };
      }
    } else if (flags.n) {
      node = { t: 'group', capture: false, body: this.parseAlt(flags) };
    } else {
      const group: GroupNode = { t: 'group', capture: true, index: this.groups.length + 1, body: { t: 'empty' } };
      this.groups.push(group);
      group.body = this.parseAlt(flags);
      node = group;
    }
    if (this.peek() !== ')') this.fail(`the group opened at position ${start + 1} is not closed`);
    this.pos++;
    return node;
  }

  private parseEscape(flags: Flags): Node | null {
    const at = this.pos;
    this.pos++; // backslash
    const c = this.peek();
    if (c === undefined) return this.fail('the pattern ends with a lone "\\"');
    switch (c) {
      case 'd':
      case 'D':
      case 's':
      case 'S':
      case 'w':
      case 'W':
        this.pos++;
        return { t: 'shorthand', kind: c };
      case 'b':
        this.pos++;
        return { t: 'assert', kind: 'wordB' };
      case 'B':
        this.pos++;
        return { t: 'assert', kind: 'notWordB' };
      case 'A':
        this.pos++;
        return { t: 'assert', kind: 'textStart' };
      case 'z':
        this.pos++;
        return { t: 'assert', kind: 'textEnd' };
      case 'Z':
        this.pos++;
        return { t: 'assert', kind: 'textEndNl' };
      case 'G':
        return this.lacks('"\\G" (continue at the previous match) is not supported');
      case 'p':
      case 'P': {
        const { negate, js } = this.readProperty(c === 'P');
        return { t: 'prop', negate, js, fold: flags.i };
      }
      case 'Q': {
        this.pos++;
        const end = this.src.indexOf('\\E', this.pos);
        const lit = this.src.slice(this.pos, end < 0 ? undefined : end);
        this.pos = end < 0 ? this.src.length : end + 2;
        return toSeq([...lit].map((ch) => ({ t: 'char' as const, cp: ch.codePointAt(0)!, fold: flags.i })));
      }
      case 'E':
        this.pos++;
        return null;
      case 'k': {
        this.pos++;
        const open = this.peek();
        const close = open === '<' ? '>' : open === "'" ? "'" : open === '{' ? '}' : null;
        if (!close) return this.fail(`"\\k" at position ${at + 1} needs a group name, e.g. \\k<name>`);
        const end = this.src.indexOf(close, this.pos + 1);
        if (end < 0) return this.fail(`"\\k" at position ${at + 1} is not closed`);
        const name = this.src.slice(this.pos + 1, end);
        this.pos = end + 1;
        const ref: Extract<Node, { t: 'backref' }> = { t: 'backref', ref: /^\d+$/.test(name) ? Number(name) : name, fold: flags.i };
        this.backrefs.push(ref);
        return ref;
      }
      default:
        break;
    }
    if (c >= '1' && c <= '9') {
      const m = /^\d+/.exec(this.src.slice(this.pos))!;
      // Go reads "\101" as an octal character code; .NET too unless that many groups exist.
      const octal = /^[0-7]{2,3}/.exec(m[0]);
      if (octal && Number(m[0]) > this.groups.length) {
        this.pos += octal[0].length;
        return { t: 'char', cp: parseInt(octal[0], 8), fold: flags.i };
      }
      this.pos += m[0].length;
      const ref: Extract<Node, { t: 'backref' }> = { t: 'backref', ref: Number(m[0]), fold: flags.i };
      this.backrefs.push(ref);
      return ref;
    }
    const cp = this.readCharEscape();
    return { t: 'char', cp, fold: flags.i };
  }

  /** After the backslash: an escape that stands for one character (shared by classes). */
  private readCharEscape(): number {
    const c = this.peek()!;
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, a: 7, e: 27 };
    if (c in simple) {
      this.pos++;
      return simple[c]!;
    }
    if (c === 'x') {
      this.pos++;
      if (this.peek() === '{') {
        const end = this.src.indexOf('}', this.pos);
        const hex = end < 0 ? '' : this.src.slice(this.pos + 1, end);
        if (!/^[0-9A-Fa-f]{1,6}$/.test(hex) || parseInt(hex, 16) > 0x10ffff) this.fail(`"\\x{${hex}}" is not a valid character code`);
        this.pos = end + 1;
        return parseInt(hex, 16);
      }
      const hex = this.src.slice(this.pos, this.pos + 2);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) this.fail(`"\\x${hex}" needs two hex digits`);
      this.pos += 2;
      return parseInt(hex, 16);
    }
    if (c === 'u') {
      this.pos++;
      if (this.peek() === '{') {
        const end = this.src.indexOf('}', this.pos);
        const hex = end < 0 ? '' : this.src.slice(this.pos + 1, end);
        if (!/^[0-9A-Fa-f]{1,6}$/.test(hex) || parseInt(hex, 16) > 0x10ffff) this.fail(`"\\u{${hex}}" is not a valid character code`);
        this.pos = end + 1;
        return parseInt(hex, 16);
      }
      const hex = this.src.slice(this.pos, this.pos + 4);
      if (!/^[0-9A-Fa-f]{4}$/.test(hex)) this.fail(`"\\u${hex}" needs four hex digits`);
      this.pos += 4;
      return parseInt(hex, 16);
    }
    if (c === '0') {
      const m = /^0[0-7]{0,2}/.exec(this.src.slice(this.pos))!;
      this.pos += m[0].length;
      return parseInt(m[0], 8);
    }
    if (c === 'c') {
      const letter = this.src[this.pos + 1];
      if (!letter || !/[A-Za-z]/.test(letter)) this.fail('"\\c" needs a letter after it');
      this.pos += 2;
      return letter!.toUpperCase().charCodeAt(0) % 32;
    }
    if (/[A-Za-z0-9]/.test(c)) this.fail(`"\\${c}" is not a known escape`);
    const cp = this.src.codePointAt(this.pos)!;
    this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }

  /** After "\p" or "\P" (pos on the letter p/P). */
  private readProperty(upper: boolean): { negate: boolean; js: string } {
    this.pos++;
    let name: string;
    if (this.peek() === '{') {
      const end = this.src.indexOf('}', this.pos);
      if (end < 0) this.fail('"\\p{" is not closed');
      name = this.src.slice(this.pos + 1, end);
      this.pos = end + 1;
    } else {
      name = this.peek() ?? '';
      if (!/[A-Za-z]/.test(name)) this.fail('"\\p" needs a class name, e.g. \\p{L}');
      this.pos++;
    }
    let negate = upper;
    if (name.startsWith('^')) {
      negate = !negate;
      name = name.slice(1);
    }
    if (/^Is[A-Z]/.test(name) && !jsProperty(name)) this.lacks(`Unicode blocks such as "\\p{${name}}" are not supported in JavaScript; use a script such as \\p{Greek}`);
    const js = jsProperty(name === 'Any' ? 'Any' : name);
    if (!js) this.lacks(`"\\p{${name}}" is not a Unicode class JavaScript knows`);
    return { negate, js: js! };
  }

  private parseClass(flags: Flags): Node {
    const start = this.pos;
    this.pos++; // [
    let negate = false;
    if (this.peek() === '^') {
      negate = true;
      this.pos++;
    }
    const items: ClassItem[] = [];
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail(`the character class opened at position ${start + 1} is not closed`);
      if (c === ']' && !first) break;
      first = false;
      if (c === '[' && this.peek(1) === ':') {
        const end = this.src.indexOf(':]', this.pos + 2);
        if (end > 0) {
          let name = this.src.slice(this.pos + 2, end);
          const neg = name.startsWith('^');
          if (neg) name = name.slice(1);
          const posix = POSIX[name];
          if (!posix) this.fail(`"[:${name}:]" is not a POSIX class`);
          if (neg) {
            if (posix!.length !== 1 || posix![0]!.t !== 'prop') this.lacks(`negated POSIX class "[:^${name}:]" is not supported; write the class out`);
            const p = posix![0] as Extract<ClassItem, { t: 'prop' }>;
            items.push({ ...p, negate: !p.negate });
          } else items.push(...posix!);
          this.pos = end + 2;
          continue;
        }
      }
      if (c === '-' && this.peek(1) === '[') this.lacks('.NET class subtraction "[a-z-[aeiou]]" is not supported; list the characters instead');
      const lo = this.readClassAtom();
      if (lo.t === 'range' && this.peek() === '-' && this.peek(1) !== undefined && this.peek(1) !== ']') {
        const save = this.pos;
        this.pos++;
        const hi = this.readClassAtom();
        if (hi.t !== 'range') {
          // "\w-x" style: the dash is literal.
          this.pos = save;
          items.push(lo);
          continue;
        }
        if (hi.from < lo.from) this.fail(`the range "${this.src.slice(save - 1, this.pos)}" runs backwards`);
        items.push({ t: 'range', from: lo.from, to: hi.to });
        continue;
      }
      items.push(lo);
    }
    this.pos++; // ]
    return { t: 'class', negate, items, fold: flags.i };
  }

  private readClassAtom(): ClassItem {
    const c = this.peek()!;
    if (c !== '\\') {
      const cp = this.src.codePointAt(this.pos)!;
      this.pos += cp > 0xffff ? 2 : 1;
      return { t: 'range', from: cp, to: cp };
    }
    this.pos++;
    const e = this.peek();
    if (e === undefined) this.fail('the pattern ends with a lone "\\"');
    if (e === 'd' || e === 'D' || e === 's' || e === 'S' || e === 'w' || e === 'W') {
      this.pos++;
      return { t: 'shorthand', kind: e };
    }
    if (e === 'p' || e === 'P') {
      const { negate, js } = this.readProperty(e === 'P');
      return { t: 'prop', negate, js };
    }
    if (e === 'b') {
      this.pos++;
      return { t: 'range', from: 8, to: 8 };
    }
    const cp = this.readCharEscape();
    return { t: 'range', from: cp, to: cp };
  }
}

function toSeq(items: Node[]): Node {
  if (items.length === 0) return { t: 'empty' };
  if (items.length === 1) return items[0]!;
  return { t: 'seq', items };
}

/** Visit every node of a tree (pre-order). */
export function walk(node: Node, visit: (n: Node, depth: number) => void, depth = 0): void {
  visit(node, depth);
  switch (node.t) {
    case 'group':
    case 'look':
    case 'rep':
      walk(node.body, visit, depth + 1);
      break;
    case 'alt':
      for (const a of node.alts) walk(a, visit, depth + 1);
      break;
    case 'seq':
      for (const a of node.items) walk(a, visit, depth + 1);
      break;
    default:
      break;
  }
}

// A large pack's word lists parse into hundreds of thousands of literal characters: common ones
// are shared, frozen nodes rather than a new object each (the trees are never changed in place).
const plainChars: Node[] = [];
const foldChars: Node[] = [];
function charNode(cp: number, fold: boolean): Node {
  if (cp >= 0x3000) return { t: 'char', cp, fold };
  const table = fold ? foldChars : plainChars;
  return (table[cp] ??= Object.freeze({ t: 'char', cp, fold }));
}
