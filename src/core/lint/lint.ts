import type { When } from '../pack/schema';
import type { CompiledPack, Finding, LintContext } from './types';

export function appliesTo(when: When | undefined, ctx: LintContext): boolean {
  if (!when) return true;
  if (when.platforms && !when.platforms.includes(ctx.platform)) return false;
  if (when.intents && !when.intents.some((i) => ctx.intents.includes(i))) return false;
  if (when.locales && !when.locales.some((l) => l === ctx.locale || l === ctx.locale.slice(0, 2))) return false;
  if (when.escalation !== undefined && when.escalation !== ctx.escalation) return false;
  if (when.crisis !== undefined && when.crisis !== !!ctx.crisis) return false;
  return true;
}

/** Check a draft against a compiled pack; findings are ordered by position. */
export function lint(compiled: CompiledPack, text: string, ctx: LintContext): Finding[] {
  const findings: Finding[] = [];
  for (const { rule, check } of compiled.rules) {
    if (!appliesTo(rule.when, ctx)) continue;
    let raw = check(text, ctx);
    if (rule.limit) raw = raw.slice(0, rule.limit);
    for (const f of raw) {
      findings.push({
        rule: rule.id,
        level: rule.level,
        message: f.message,
        why: rule.why,
        ...(rule.lesson ? { lesson: rule.lesson } : {}),
        start: f.start,
        end: f.end,
        match: text.slice(f.start, f.end),
        suggestions: f.suggestions ?? [],
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
