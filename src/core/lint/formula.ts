/**
 * Vale's metric formulas (a Tengo expression) without an interpreter: numbers, variables,
 * + - * / %, parentheses and `math.<fn>(…)`. As in Tengo, an integer literal divided by an integer
 * literal stays an integer; Vale's variables are floats.
 */
export type Formula = (vars: Readonly<Record<string, number>>) => number;

export const METRIC_VARIABLES = [
  'words',
  'sentences',
  'characters',
  'syllables',
  'paragraphs',
  'complex_words',
  'long_words',
  'polysyllabic_words',
  'pre',
  'list',
  'blockquote',
  'heading_h1',
  'heading_h2',
  'heading_h3',
  'heading_h4',
  'heading_h5',
  'heading_h6',
] as const;

const VARS = new Set<string>(METRIC_VARIABLES);

const FUNCS: Record<string, (...a: number[]) => number> = {
  sqrt: Math.sqrt,
  cbrt: Math.cbrt,
  pow: Math.pow,
  abs: Math.abs,
  log: Math.log,
  log10: Math.log10,
  log2: Math.log2,
  exp: Math.exp,
  floor: Math.floor,
  ceil: Math.ceil,
  round: Math.round,
  trunc: Math.trunc,
  min: Math.min,
  max: Math.max,
};

interface Value {
  v: number;
  int: boolean;
}
type Expr = (vars: Readonly<Record<string, number>>) => Value;

export function parseFormula(src: string): Formula | { error: string } {
  const tokens = src.match(/\s*(?:\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+|[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*|[-+*/%(),])/gy);
  const joined = (tokens ?? []).join('');
  if (!tokens || joined.length !== src.length) {
    const at = joined.length;
    return { error: `cannot read the formula at "${src.slice(at, at + 12)}"` };
  }
  const toks = tokens.map((t) => t.trim()).filter(Boolean);
  let i = 0;
  const peek = () => toks[i];
  const fail = (msg: string): never => {
    throw new Error(msg);
  };
  const primary = (): Expr => {
    const t = toks[i++];
    if (t === undefined) return fail('the formula ends too early');
    if (t === '(') {
      const e = sum();
      if (toks[i++] !== ')') fail('a "(" is not closed');
      return e;
    }
    if (/^[\d.]/.test(t)) {
      const v = Number(t);
      const int = /^\d+$/.test(t);
      return () => ({ v, int });
    }
    if (/^[A-Za-z_]/.test(t)) {
      const name = t.replace(/^heading\.(h[1-6])$/, 'heading_$1');
      if (name.startsWith('math.')) {
        const fn = FUNCS[name.slice(5)];
        if (!fn) fail(`"${name}" is not a supported math function`);
        if (toks[i++] !== '(') fail(`"${name}" needs "(" and arguments`);
        const args: Expr[] = [];
        if (peek() !== ')') {
          for (;;) {
            args.push(sum());
            if (peek() === ',') i++;
            else break;
          }
        }
        if (toks[i++] !== ')') fail(`"${name}(" is not closed`);
        return (vars) => ({ v: fn!(...args.map((a) => a(vars).v)), int: false });
      }
      if (!VARS.has(name)) fail(`"${t}" is not a metric variable; use ${METRIC_VARIABLES.join(', ')}`);
      return (vars) => ({ v: vars[name] ?? 0, int: false });
    }
    return fail(`unexpected "${t}"`);
  };
  const unary = (): Expr => {
    if (peek() === '-') {
      i++;
      const e = unary();
      return (vars) => {
        const x = e(vars);
        return { v: -x.v, int: x.int };
      };
    }
    if (peek() === '+') {
      i++;
      return unary();
    }
    return primary();
  };
  const product = (): Expr => {
    let left = unary();
    while (peek() === '*' || peek() === '/' || peek() === '%') {
      const op = toks[i++]!;
      const l = left;
      const r = unary();
      left = (vars) => {
        const a = l(vars);
        const b = r(vars);
        const int = a.int && b.int;
        if (op === '*') return { v: a.v * b.v, int };
        if (op === '%') return { v: int ? a.v % b.v : NaN, int };
        return { v: int ? Math.trunc(a.v / b.v) : a.v / b.v, int };
      };
    }
    return left;
  };
  const sum = (): Expr => {
    let left = product();
    while (peek() === '+' || peek() === '-') {
      const op = toks[i++]!;
      const l = left;
      const r = product();
      left = (vars) => {
        const a = l(vars);
        const b = r(vars);
        return { v: op === '+' ? a.v + b.v : a.v - b.v, int: a.int && b.int };
      };
    }
    return left;
  };
  try {
    const e = sum();
    if (i < toks.length) fail(`unexpected "${toks[i]}"`);
    return (vars) => e(vars).v;
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/** `"> 8.0"` → a test on the formula's result. */
export function parseCondition(src: string): ((x: number) => boolean) | { error: string } {
  const m = /^\s*(<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?)\s*$/.exec(src);
  if (!m) return { error: `write the condition as a comparison such as "> 8.0", not "${src}"` };
  const n = Number(m[2]);
  switch (m[1]) {
    case '<':
      return (x) => x < n;
    case '<=':
      return (x) => x <= n;
    case '>':
      return (x) => x > n;
    case '>=':
      return (x) => x >= n;
    case '==':
      return (x) => x === n;
    default:
      return (x) => x !== n;
  }
}

/** Go's "%.2f". */
export function formatFixed2(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  return x.toFixed(2);
}
