import type { When } from '../pack/schema';
import { snapSpan } from '../text/chars';
import type { CompiledPack, CompiledRule, Finding, LintContext, LintOptions, LintReport, RawFinding } from './types';
import { LintState } from './state';
import { MAX_PER_RULE } from './kind';

/** Most findings one lint call returns. */
export const MAX_FINDINGS = 1000;

export function appliesTo(when: When | undefined, ctx: LintContext): boolean {
  if (!when) return true;
  if (when.platforms && !when.platforms.includes(ctx.platform)) return false;
  if (when.intents && !when.intents.some((i) => ctx.intents.includes(i))) return false;
  if (when.locales && !when.locales.some((l) => l === ctx.locale || l === ctx.locale.slice(0, 2))) return false;
  if (when.escalation !== undefined && when.escalation !== ctx.escalation) return false;
  if (when.crisis !== undefined && when.crisis !== !!ctx.crisis) return false;
  return true;
}

type Slotted = CompiledRule & { slot?: number; needsScan?: boolean };

// Which rules apply, per rule list and context: computed once, reused for every keystroke.
const activeCache = new WeakMap<readonly CompiledRule[], Map<string, Uint8Array>>();

function activeSlots(compiled: CompiledPack, ctx: LintContext): Uint8Array | null {
  const shared = compiled.shared;
  if (!shared) return null;
  let byCtx = activeCache.get(compiled.rules);
  if (!byCtx) {
    byCtx = new Map();
    activeCache.set(compiled.rules, byCtx);
  }
  const key = `${ctx.platform}|${ctx.locale}|${[...ctx.intents].sort().join(',')}|${ctx.escalation}|${!!ctx.crisis}`;
  let active = byCtx.get(key);
  if (!active) {
    active = new Uint8Array(shared.slots);
    for (const r of compiled.rules as Slotted[]) {
      if (r.slot !== undefined && r.slot < shared.slots && appliesTo(r.rule.when, ctx)) active[r.slot] = 1;
    }
    if (byCtx.size > 64) byCtx.clear();
    byCtx.set(key, active);
  }
  return active;
}

/** Check a draft against a compiled pack; findings are ordered by position. */
export function lint(compiled: CompiledPack, text: string, ctx: LintContext, options?: LintOptions): Finding[] {
  return lintDetailed(compiled, text, ctx, options).findings;
}

/** `lint` plus what was left out: rules skipped for the time budget, and whether the draft was cut. */
export function lintDetailed(compiled: CompiledPack, text: string, ctx: LintContext, options: LintOptions = {}): LintReport {
  const state = new LintState(text, ctx, options.blocks);
  const active = activeSlots(compiled, ctx);
  const shared = compiled.shared;
  if (shared?.matcher && active && state.text.length) state.scan = shared.matcher.scan(state, active);
  const budget = options.budgetMs;
  const now = budget !== undefined ? (options.now ?? defaultClock()) : null;
  const started = now ? now() : 0;
  const findings: Finding[] = [];
  const orders: number[] = [];
  const skipped: string[] = [];
  const rules = compiled.rules as Slotted[];
  const scanned = state.scan?.source === shared?.builder ? state.scan : null;
  for (let order = 0; order < rules.length; order++) {
    const cr = rules[order]!;
    const applies = active && cr.slot !== undefined && cr.slot < active.length ? active[cr.slot] === 1 : appliesTo(cr.rule.when, ctx);
    if (!applies) continue;
    if (cr.needsScan && scanned && !scanned.slots.has(cr.slot!)) continue;
    if (now && budget !== undefined && now() - started > budget) {
      skipped.push(cr.rule.id);
      continue;
    }
    let raw: RawFinding[];
    try {
      raw = cr.run ? cr.run(state) : cr.check(state.full, ctx);
    } catch {
      raw = [];
    }
    if (!raw.length) continue;
    for (const f of finish(cr, raw, state.full)) {
      findings.push(f);
      orders.push(order);
    }
  }
  const index = findings.map((_, i) => i);
  index.sort((a, b) => findings[a]!.start - findings[b]!.start || findings[a]!.end - findings[b]!.end || orders[a]! - orders[b]!);
  return {
    findings: index.slice(0, MAX_FINDINGS).map((i) => findings[i]!),
    skipped,
    truncated: state.text.length < state.full.length,
  };
}

/** Order a rule's raw findings, drop duplicates, apply its limit and turn them into findings. */
function finish(cr: CompiledRule, raw: RawFinding[], text: string): Finding[] {
  const { rule } = cr;
  const sorted: RawFinding[] = [];
  for (const f of raw) {
    if (!Number.isFinite(f.start) || !Number.isFinite(f.end)) continue;
    const [start, end] = snapSpan(text, Math.min(f.start, f.end), Math.max(f.start, f.end));
    if (start !== f.start || end !== f.end) sorted.push({ ...f, start, end });
    else sorted.push(f);
  }
  sorted.sort((a, b) => a.start - b.start || a.end - b.end);
  // Vale reports a rule once per position; a rule with several messages there (required) keeps each.
  const seen = new Set<string>();
  const unique = sorted.filter((f) => {
    const key = `${f.start}:${f.end}:${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const limit = rule.limit ? Math.min(rule.limit, MAX_PER_RULE) : MAX_PER_RULE;
  return unique.slice(0, limit).map((f) => ({
    rule: rule.id,
    level: rule.level,
    message: f.message,
    why: rule.why,
    ...(rule.lesson ? { lesson: rule.lesson } : {}),
    ...(rule.link ? { link: rule.link } : {}),
    start: f.start,
    end: f.end,
    match: text.slice(f.start, f.end),
    suggestions: f.suggestions ?? [],
    ...(f.context ? { context: { start: Math.max(0, f.context.start), end: Math.min(text.length, f.context.end) } } : {}),
  }));
}

function defaultClock(): () => number {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  return perf ? () => perf.now() : () => 0;
}
