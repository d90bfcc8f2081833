import type { Block } from '../text/blocks';

/**
 * Vale scopes over a draft's blocks. A rule's `scope` is one expression or a list of them (a list
 * means "any of these"). An expression is one or more names joined with `&`, each optionally
 * negated with `~`, e.g. `heading & ~heading.h1`.
 *
 * - `text` (the default): every block except code, each on its own;
 * - `paragraph`, `heading`, `heading.h1`…`heading.h6`, `list`, `blockquote`, `table`
 *   (`table.header`, `table.cell` and `table.caption` mean the whole table): blocks of that kind;
 * - `sentence`: the sentences of the selected blocks;
 * - `summary`: the whole draft's prose as one span (first to last non-code block);
 * - `raw`: the whole draft, code and markup included.
 * Plain text without blocks consists of paragraphs, so `heading` or `list` rules never fire there.
 * `alt`, `title` and `figure.caption` have no counterpart in a reply and select nothing.
 */
export interface ScopeAtom {
  name: string;
  negate: boolean;
}

export interface CompiledScope {
  /** Cache key: the normalised expression list. */
  key: string;
  exprs: ScopeAtom[][];
}

export const SCOPE_NAMES = [
  'text',
  'sentence',
  'paragraph',
  'heading',
  'heading.h1',
  'heading.h2',
  'heading.h3',
  'heading.h4',
  'heading.h5',
  'heading.h6',
  'list',
  'blockquote',
  'table',
  'table.header',
  'table.cell',
  'table.caption',
  'summary',
  'raw',
  'alt',
  'title',
  'figure.caption',
] as const;

const NAMES = new Set<string>(SCOPE_NAMES);

/** Why a scope expression is not understood, or null. */
export function scopeProblem(expr: string): string | null {
  for (const part of expr.split('&')) {
    const name = part.trim().replace(/^~\s*/, '');
    if (!NAMES.has(name)) return `"${name}" is not a scope; use one of ${SCOPE_NAMES.join(', ')} (with "~" to negate and "&" to combine)`;
  }
  return null;
}

export function compileScope(scope: string | readonly string[] | undefined, fallback = 'text'): CompiledScope {
  const list = scope === undefined ? [fallback] : typeof scope === 'string' ? [scope] : [...scope];
  const exprs = list.map((expr) =>
    expr
      .split('&')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => ({ negate: p.startsWith('~'), name: p.replace(/^~\s*/, '') })),
  );
  const key = exprs.map((e) => e.map((a) => (a.negate ? '~' : '') + a.name).join('&')).join('|');
  return { key, exprs };
}

/** Whether segments of this scope always lie inside single prose blocks (true for all but summary/raw). */
export function withinBlocks(scope: CompiledScope): boolean {
  return scope.exprs.every((e) => !e.some((a) => !a.negate && (a.name === 'summary' || a.name === 'raw')));
}

export function blockMatches(block: Block, name: string): boolean {
  switch (name) {
    case 'text':
    case 'sentence':
      return block.kind !== 'code';
    case 'paragraph':
    case 'list':
    case 'blockquote':
    case 'heading':
      return block.kind === name;
    case 'table':
    case 'table.header':
    case 'table.cell':
    case 'table.caption':
      return block.kind === 'table';
    default: {
      const h = /^heading\.h([1-6])$/.exec(name);
      if (h) return block.kind === 'heading' && (block.level ?? 1) === Number(h[1]);
      return false;
    }
  }
}
