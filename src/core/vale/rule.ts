import { ScopeExpr } from '../pack/schema';
import type { ConvertedRule, RuleDraft } from './types';
import { VALE_LEVELS } from './types';

type Def = Record<string, unknown>;
export type ConvertOutcome = ConvertedRule | { reason: string };

const UNSUPPORTED_KINDS: Record<string, string> = {
  spelling: 'spelling rules are not supported: no Hunspell dictionaries in the extension',
  script: 'script rules (Tengo code) cannot run in the extension',
  readability: "the legacy 'readability' check is not supported; Vale 3 replaced it with 'metric'",
};

/** Keys that change what a rule matches and have no pack equivalent. */
const BLOCKING_KEYS: Record<string, string> = {
  pos: "the part-of-speech filter ('pos') needs a tagger the extension does not have",
  dictionaries: "'dictionaries' (Hunspell) are not supported",
  filters: "'filters' belong to spelling rules, which are not supported",
};

/** Turn one parsed Vale rule definition into a pack rule (without examples), or say why not. */
export function convertValeRule(id: string, def: unknown): ConvertOutcome {
  if (!isObject(def)) return { reason: 'the file is not a YAML mapping' };
  const kind = def.extends;
  if (typeof kind !== 'string' || !kind) return { reason: "missing 'extends'" };
  if (UNSUPPORTED_KINDS[kind]) return { reason: UNSUPPORTED_KINDS[kind]! };
  if (!CONVERTERS[kind]) return { reason: `unknown 'extends: ${kind}'` };
  for (const [key, reason] of Object.entries(BLOCKING_KEYS)) if (def[key] !== undefined) return { reason };

  const message = str(def.message);
  if (!message) return { reason: "missing 'message'" };
  const level = def.level === undefined ? 'warning' : String(def.level).toLowerCase();
  if (!(VALE_LEVELS as readonly string[]).includes(level)) return { reason: `unknown level '${String(def.level)}'` };
  const scope = convertScope(def.scope);
  if ('reason' in scope) return scope;
  const link = str(def.link);
  const description = str(def.description);

  const rule: RuleDraft = {
    id,
    kind,
    level,
    message,
    why: description || message || link,
    ...(link && isUrl(link) ? { link } : {}),
    ...(scope.scope ? { scope: scope.scope } : {}),
    ...(num(def.limit) ? { limit: num(def.limit) } : {}),
  };
  const specific = CONVERTERS[kind]!(def);
  if (typeof specific.reason === 'string') return { reason: specific.reason };
  return { rule: { ...rule, ...specific }, vocab: def.vocab !== false };
}

type Specific = Record<string, unknown> & { reason?: string };

const CONVERTERS: Record<string, (d: Def) => Specific> = {
  existence(d) {
    const tokens = strList(d.tokens);
    const raw = strList(d.raw);
    if (!tokens.length && !raw.length) return { reason: "an existence rule needs 'tokens' or 'raw'" };
    return pick(d, {
      tokens: tokens.length ? tokens : undefined,
      raw: raw.length ? raw : undefined,
      append: bool(d.append),
      ...matchOptions(d),
    });
  },
  substitution(d) {
    const swap = strMap(d.swap);
    if (!swap || !Object.keys(swap).length) return { reason: "a substitution rule needs a non-empty 'swap'" };
    return pick(d, { swap, capitalize: bool(d.capitalize), ...matchOptions(d) });
  },
  occurrence(d) {
    const token = str(d.token);
    if (!token) return { reason: "an occurrence rule needs 'token'" };
    const min = num(d.min);
    const max = num(d.max);
    if (!min && !max) return { reason: "an occurrence rule needs 'min' or 'max' above 0" };
    return pick(d, { token, min: min || undefined, max: max || undefined, ignorecase: bool(d.ignorecase) });
  },
  repetition(d) {
    const tokens = strList(d.tokens);
    if (!tokens.length) return { reason: "a repetition rule needs 'tokens'" };
    return pick(d, { tokens, alpha: bool(d.alpha), max: num(d.max), ignorecase: bool(d.ignorecase), exceptions: optList(d.exceptions) });
  },
  capitalization(d) {
    const match = str(d.match);
    if (!match) return { reason: "a capitalization rule needs 'match'" };
    let style: string | undefined;
    if (d.style !== undefined) {
      style = ({ ap: 'AP', chicago: 'Chicago' } as Record<string, string>)[String(d.style).toLowerCase()];
      if (!style) return { reason: `unknown capitalization style '${String(d.style)}' (use AP or Chicago)` };
    }
    const threshold = d.threshold === undefined ? undefined : Number(d.threshold);
    if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) return { reason: "'threshold' must be between 0 and 1" };
    return pick(d, {
      match,
      style,
      exceptions: optList(d.exceptions),
      indicators: optList(d.indicators),
      threshold,
      prefix: str(d.prefix) || undefined,
    });
  },
  conditional(d) {
    const first = str(d.first);
    const second = str(d.second);
    if (!first || !second) return { reason: "a conditional rule needs 'first' and 'second'" };
    return pick(d, { first, second, exceptions: optList(d.exceptions), ignorecase: bool(d.ignorecase) });
  },
  consistency(d) {
    const either = strMap(d.either);
    if (!either || !Object.keys(either).length) return { reason: "a consistency rule needs a non-empty 'either'" };
    return pick(d, { either, nonword: bool(d.nonword), ignorecase: bool(d.ignorecase) });
  },
  metric(d) {
    const formula = str(d.formula).replace(/\s+/g, ' ').trim();
    const condition = str(d.condition).trim();
    if (!formula || !condition) return { reason: "a metric rule needs 'formula' and 'condition'" };
    if (!/^\s*(<|<=|>|>=|==|!=)\s*-?\d+(\.\d+)?\s*$/.test(condition)) {
      return { reason: `the condition '${condition}' is not a comparison such as '> 8.0'` };
    }
    return { formula, condition };
  },
  sequence(d) {
    if (!Array.isArray(d.tokens) || !d.tokens.length) return { reason: "a sequence rule needs 'tokens'" };
    const tokens = [];
    for (const t of d.tokens) {
      if (!isObject(t)) return { reason: "each sequence token must be a mapping ({pattern, tag, negate, skip})" };
      tokens.push(
        pick(t, {
          pattern: t.pattern === undefined ? undefined : String(t.pattern),
          tag: t.tag === undefined ? undefined : String(t.tag),
          negate: bool(t.negate),
          skip: num(t.skip),
        }),
      );
    }
    if (!tokens.some((t) => 'pattern' in t)) return { reason: "a sequence rule needs at least one token with a 'pattern'" };
    return pick(d, { tokens, ignorecase: bool(d.ignorecase) });
  },
};

/** Vale scope expressions go over verbatim when the pack understands them (`heading.h1`, `~blockquote`, `a & b` …). */
function convertScope(scope: unknown): { scope?: string | string[] } | { reason: string } {
  if (scope === undefined || scope === null) return {};
  const list = (Array.isArray(scope) ? scope.map(String) : [String(scope)]).map((s) => s.trim());
  const bad = list.filter((s) => !ScopeExpr.safeParse(s).success);
  if (bad.length) {
    const removed = bad.some((b) => /^~?\s*(code|link|strong|emphasis)$/.test(b)) ? ' (inline scopes were removed in Vale 3)' : '';
    return { reason: `scope '${bad.join("', '")}' is not supported${removed}` };
  }
  if (list.length === 1 && list[0] === 'text') return {};
  return { scope: list.length === 1 ? list[0]! : list };
}

function matchOptions(d: Def) {
  return { ignorecase: bool(d.ignorecase), nonword: bool(d.nonword), exceptions: optList(d.exceptions) };
}

/** Drop undefined fields so the output stays minimal. */
function pick(_d: Def, fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

function isObject(v: unknown): v is Def {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

function strList(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  return list.filter((x) => x !== null && x !== undefined).map(String).filter((s) => s.length > 0);
}

function optList(v: unknown): string[] | undefined {
  const list = strList(v);
  return list.length ? list : undefined;
}

function strMap(v: unknown): Record<string, string> | null {
  if (!isObject(v)) return null;
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v)) if (val !== null && val !== undefined) out[k] = String(val);
  return out;
}

function bool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

function num(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

function isUrl(s: string): boolean {
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}
