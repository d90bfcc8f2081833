/**
 * Short strings a regular expression (Go/.NET style, as in Vale rules) can match: candidates for a
 * rule's examples. Best effort over the common subset (literals, groups, alternation, classes,
 * quantifiers, escapes); lookarounds and anchors contribute nothing. Callers must verify every
 * candidate with the rule engine.
 */
export function samples(pattern: string, max = 12): string[] {
  const p = new Parser(pattern.replace(/^\(\?[imsU]+\)/, ''), max);
  try {
    const out = p.alternation();
    return [...new Set(out)].filter((s) => s.length > 0).slice(0, max);
  } catch {
    return [];
  }
}

class Parser {
  private i = 0;

  constructor(
    private readonly src: string,
    private readonly max: number,
  ) {}

  alternation(): string[] {
    const alts: string[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    // Interleave so every alternative gets a chance before the cap.
    const out: string[] = [];
    for (let k = 0; out.length < this.max && alts.some((a) => k < a.length); k++) {
      for (const a of alts) if (k < a.length && out.length < this.max) out.push(a[k]!);
    }
    return out;
  }

  private sequence(): string[] {
    let acc = [''];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.quantified(this.atom());
      const next: string[] = [];
      for (const a of acc) for (const b of atom) if (next.length < this.max) next.push(a + b);
      acc = next.length ? next : acc;
    }
    return acc;
  }

  private quantified(atom: string[]): string[] {
    const c = this.src[this.i];
    let out = atom;
    if (c === '?') {
      this.i++;
      out = [...atom, ''];
    } else if (c === '*') {
      this.i++;
      out = ['', ...(atom.includes('a') ? ['word'] : []), ...atom];
    } else if (c === '+') {
      this.i++;
      // `\w+`, `[a-z]+`, `.+`: a readable word before the bare letter.
      if (atom.includes('a')) out = ['word', ...atom];
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m) {
        this.i += m[0].length;
        const n = Number(m[1]);
        out = atom.map((a) => a.repeat(n));
      }
    } else return atom;
    if (this.src[this.i] === '?' || this.src[this.i] === '+') this.i++; // lazy / possessive
    return out;
  }

  private atom(): string[] {
    const c = this.src[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return [this.charClass()];
    if (c === '\\') return [this.escape()];
    this.i++;
    if (c === '.') return ['a'];
    if (c === '^' || c === '$') return [''];
    return [c];
  }

  private group(): string[] {
    this.i++;
    let discard = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i);
      const look = /^\?(?:=|!|<=|<!)/.exec(rest);
      const named = /^\?P?<[A-Za-z_]\w*>|^\?'[A-Za-z_]\w*'/.exec(rest);
      const flags = /^\?[imsU-]*(:|\))/.exec(rest);
      if (look) {
        this.i += look[0].length;
        discard = true;
      } else if (named) this.i += named[0].length;
      else if (flags) {
        this.i += flags[0].length;
        if (flags[1] === ')') return [''];
      } else throw new Error('unsupported group');
    }
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Error('unbalanced');
    this.i++;
    return discard ? [''] : inner;
  }

  private charClass(): string {
    const start = this.i;
    this.i++;
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    let first: string | undefined;
    if (this.src[this.i] === ']') this.i++;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      if (this.src.startsWith('[:', this.i)) {
        const end = this.src.indexOf(':]', this.i);
        if (end < 0) throw new Error('bad class');
        first ??= this.src.slice(this.i + 2, end) === 'digit' ? '1' : 'a';
        this.i = end + 2;
        continue;
      }
      const ch = this.src[this.i] === '\\' ? this.escape() : this.src[this.i++]!;
      first ??= ch;
    }
    this.i++;
    const body = this.src.slice(start, this.i);
    if (!negated) return first ?? 'a';
    for (const candidate of ['a', 'e', 'x', 'A', '1', ' ', '.', '-']) {
      try {
        if (new RegExp(`^${body}$`, 'u').test(candidate)) return candidate;
      } catch {
        return 'a';
      }
    }
    return 'a';
  }

  private escape(): string {
    this.i++;
    const c = this.src[this.i++] ?? '';
    switch (c) {
      case 'd':
        return '1';
      case 'w':
      case 'S':
      case 'D':
        return 'a';
      case 's':
      case 'W':
        return ' ';
      case 'b':
      case 'B':
      case 'A':
      case 'z':
      case 'Z':
      case 'G':
        return '';
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'p':
      case 'P': {
        const m = /^\{(\w+)\}|^(\w)/.exec(this.src.slice(this.i));
        if (m) this.i += m[0].length;
        const cls = m?.[1] ?? m?.[2] ?? 'L';
        if (c === 'P') return ' ';
        return cls === 'Lu' ? 'A' : cls.startsWith('N') ? '1' : cls.startsWith('P') ? '.' : 'a';
      }
      case 'u': {
        const m = /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.i));
        if (!m) return 'u';
        this.i += 4;
        return String.fromCharCode(parseInt(m[0], 16));
      }
      case 'x': {
        const m = /^\{([0-9a-fA-F]+)\}|^([0-9a-fA-F]{2})/.exec(this.src.slice(this.i));
        if (!m) return 'x';
        this.i += m[0].length;
        return String.fromCodePoint(parseInt(m[1] ?? m[2]!, 16));
      }
      default:
        if (/[1-9]/.test(c)) return ''; // back-reference
        return c;
    }
  }
}
