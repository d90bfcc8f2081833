import { parseRegex, type Flags, type GroupNode, type Node } from '../text/regex-ast';
import { caseModeOf, emit } from '../text/regex-emit';

/**
 * Building Vale's regexes from a rule's pattern lists. Each token is parsed on its own (so an error
 * names the token) and the trees are joined the way Vale joins the strings: tokens become the
 * alternatives of one group, wrapped in word boundaries unless `nonword`, `(?i)` in front for
 * `ignorecase`. A bare `(?i)` inside a token carries over to the tokens after it, because in the
 * joined pattern it applies to the rest of the group (Go and regexp2 agree on this).
 */

export interface TokenOptions {
  ignorecase?: boolean;
  nonword?: boolean;
}

export interface Unit {
  /** One alternative of the joined group (a token "a|b" gives two units). */
  node: Node;
  /** Index of the token it came from. */
  token: number;
}

export interface Compiled {
  ast: Node;
  re: RegExp;
  source: string;
}

export const WORD_BOUNDARY: Node = { t: 'assert', kind: 'wordB' };

/** Parse patterns that will sit side by side, numbering their capture groups as one pattern would. */
export class GroupNumbering {
  count = 0;
  private piece = 0;

  parse(pattern: string, init: Partial<Flags>): ReturnType<typeof parseRegex> {
    const parsed = parseRegex(pattern, init);
    if ('error' in parsed) return parsed;
    const prefix = `p${this.piece++}_`;
    for (const g of parsed.groups) {
      g.index = g.index! + this.count;
      if (g.name !== undefined) g.name = prefix + g.name;
    }
    this.count += parsed.groups.length;
    return parsed;
  }

  /** Reserve the next group number for a wrapper group made here. */
  wrapper(body: Node): GroupNode {
    return { t: 'group', capture: true, index: ++this.count, body };
  }
}

/** Tokens as alternatives, flags carried from each token to the next. */
export function parseTokens(tokens: readonly string[], init: Partial<Flags>, numbering = new GroupNumbering()): { units: Unit[] } | { error: string; token: number } {
  const units: Unit[] = [];
  let flags: Partial<Flags> = init;
  for (let i = 0; i < tokens.length; i++) {
    const parsed = numbering.parse(closeQuote(tokens[i]!), flags);
    if ('error' in parsed) return { error: parsed.error, token: i };
    flags = parsed.endFlags;
    const alts = parsed.ast.t === 'alt' ? parsed.ast.alts : [parsed.ast];
    for (const node of alts) units.push({ node, token: i });
  }
  return { units };
}

/** A `\Q` without `\E` quotes to the end of its own token only. */
function closeQuote(token: string): string {
  return token.lastIndexOf('\\Q') > token.lastIndexOf('\\E') ? `${token}\\E` : token;
}

export function group(alts: Node[], capture = false): Node {
  return { t: 'group', capture, body: alts.length === 1 ? alts[0]! : { t: 'alt', alts } };
}

export function seq(items: Node[]): Node {
  return items.length === 1 ? items[0]! : { t: 'seq', items };
}

/**
 * Emit a tree and compile it on first use (`source`, `re`); `sticky` gives a `y` regex, otherwise
 * `g`. Both are lazy because rules served by the shared matcher rarely need their own regex, and
 * emitting and building Unicode-aware regexes is the larger part of compiling a pack.
 */
export function compileAst(ast: Node, sticky = false): Compiled {
  return Object.assign(lazyRegex(() => ast, sticky), { ast });
}

/**
 * `compileAst` for a tree that `build` makes again when the regex is first needed, so the tree is
 * not kept: a large pack's word-list trees are most of what compiling it would otherwise keep
 * alive, only to emit regexes that the shared matcher makes unnecessary.
 */
export function lazyRegex(build: () => Node, sticky = false): { readonly source: string; readonly re: RegExp } {
  let source: string | undefined;
  let flags = '';
  let re: RegExp | undefined;
  const emitted = () => {
    if (source === undefined) {
      const ast = build();
      const caseMode = caseModeOf(ast);
      source = emit(ast, { caseMode });
      flags = 'u' + (caseMode === 'flag' ? 'i' : '') + (sticky ? 'y' : 'g');
    }
    return source;
  };
  return {
    get source() {
      return emitted();
    },
    get re() {
      re ??= new RegExp(emitted(), flags);
      return re;
    },
  };
}

/** Vale's construction: tokens joined into one group wrapped in word boundaries (`raw` before or after). */
export function tokenRegex(tokens: readonly string[], opts: TokenOptions, raw: readonly string[] = [], append = false): RegExp {
  return buildTokenPattern(tokens, opts, raw, append).re;
}

export function buildTokenPattern(tokens: readonly string[], opts: TokenOptions, raw: readonly string[] = [], append = false): Compiled & { units: Unit[] } {
  const init: Partial<Flags> = { m: true, i: !!opts.ignorecase };
  const numbering = new GroupNumbering();
  const rawSource = raw.join('');
  let rawNode: Node | null = null;
  const parseRaw = () => {
    if (!rawSource) return;
    const parsed = numbering.parse(rawSource, init);
    if ('error' in parsed) throw new Error(`raw: ${parsed.error}`);
    rawNode = parsed.ast;
  };
  if (!append) parseRaw();
  const list = tokens.filter((t) => t.trim() !== '');
  const parsed = parseTokens(list, init, numbering);
  if ('error' in parsed) throw new Error(`tokens[${parsed.token}]: ${parsed.error}`);
  if (append) parseRaw();
  const word = !opts.nonword && list.length > 0;
  const core = group(parsed.units.length ? parsed.units.map((u) => u.node) : [{ t: 'empty' }]);
  const items: Node[] = word ? [WORD_BOUNDARY, core, WORD_BOUNDARY] : [core];
  if (rawNode) {
    if (append) items.push(rawNode);
    else items.unshift(rawNode);
  }
  return Object.assign(compileAst(seq(items)), { units: parsed.units });
}

/** One pattern on its own (occurrence, conditional, …): no word boundaries, `(?i)` when asked. */
export function singleRegex(pattern: string, ignorecase = false, multiline = false): RegExp {
  const parsed = parseRegex(pattern, { i: ignorecase, m: multiline });
  if ('error' in parsed) throw new Error(parsed.error);
  return compileAst(parsed.ast).re;
}

/** All matches, skipping empty ones so a pattern like "a*" cannot loop forever. */
export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex += text.codePointAt(re.lastIndex)! > 0xffff ? 2 : 1;
      continue;
    }
    yield m;
  }
}

/**
 * Go's printf as Vale uses it: `%s` (also `%d`, `%v`) takes the next argument, `%[n]s` the n-th,
 * `%%` is a percent sign. Extra arguments are ignored; a slot with no argument stays as written.
 */
export function formatMessage(message: string, ...args: string[]): string {
  if (!message.includes('%')) return message;
  let parts = templates.get(message);
  if (!parts) {
    parts = parseTemplate(message);
    if (templates.size > 5000) templates.clear();
    templates.set(message, parts);
  }
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else out += p.index >= 0 && p.index < args.length ? args[p.index]! : p.slot;
  }
  return out;
}

type TemplatePart = string | { index: number; slot: string };
const templates = new Map<string, TemplatePart[]>();

function parseTemplate(message: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let next = 0;
  let last = 0;
  for (const m of message.matchAll(/%%|%(?:\[(\d+)\])?([sdvq])/g)) {
    parts.push(message.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[0] === '%%') {
      parts.push('%');
      continue;
    }
    const i = m[1] !== undefined ? Number(m[1]) - 1 : next;
    next = i + 1;
    parts.push({ index: i, slot: m[0] });
  }
  parts.push(message.slice(last));
  return parts;
}

/** Vale's `%s` for substitution messages: quoted options joined with "or" (as with `action: replace`). */
export function toSentence(words: readonly string[], andOrOr = 'or'): string {
  const q = words.map((w) => `'${w}'`);
  if (q.length <= 1) return q[0] ?? '';
  if (q.length === 2) return `${q[0]} ${andOrOr} ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, ${andOrOr} ${q[q.length - 1]}`;
}
