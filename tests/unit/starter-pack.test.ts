import { describe, expect, it } from 'vitest';
import { starterPackJson } from '../../src/core/pack/starter';
import { formatProblems, validatePack } from '../../src/core/pack/validate';
import { runPackExamples } from '../../src/core/pack/examples';
import type { Pack } from '../../src/core/pack/schema';
import { compileEscalations, matchEscalations } from '../../src/core/classify/escalation';
import { BUILTIN_VARIABLES, placeholderKeys } from '../../src/core/templates/placeholders';
import { renderTemplate } from '../../src/core/templates/render';
import { compilePack } from '../../src/core/lint/compile';
import { lint } from '../../src/core/lint/lint';

function starter(): Pack {
  const result = validatePack(starterPackJson);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.pack;
}

describe('starter pack', () => {
  it('is a valid pack', () => {
    const result = validatePack(starterPackJson);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each(['en', 'de', 'sv'])('has at least 25 rules, 20 templates and 5 escalation routes in %s', (locale) => {
    const pack = starter();
    expect(pack.rules.filter((r) => r.when?.locales?.includes(locale)).length).toBeGreaterThanOrEqual(25);
    expect(pack.templates.filter((t) => t.locale === locale).length).toBeGreaterThanOrEqual(20);
    const routes = pack.escalations.filter((e) => e.locale === locale);
    expect(routes.length).toBeGreaterThanOrEqual(5);
    expect(new Set(routes.map((r) => r.kind))).toEqual(new Set(['legal', 'safety', 'privacy', 'press', 'harassment']));
  });

  it('has at least 10 lessons, and every rule explains itself', () => {
    const pack = starter();
    expect(pack.lessons.length).toBeGreaterThanOrEqual(10);
    for (const rule of pack.rules) {
      expect(rule.why.length, rule.id).toBeGreaterThan(20);
      expect(rule.when?.locales?.length, `${rule.id} names its language`).toBe(1);
    }
  });

  it('every bad example is flagged by its rule and no good example is', () => {
    const { failures, checked, unsupported } = runPackExamples(starter());
    expect(unsupported).toEqual([]);
    expect(checked).toBeGreaterThan(150);
    expect(failures).toEqual([]);
  });

  it('every escalation route triggers on its examples and ignores the harmless ones', () => {
    const pack = starter();
    for (const route of pack.escalations) {
      const one = compileEscalations({ ...pack, escalations: [route] });
      for (const text of route.examples.trigger) expect(matchEscalations(one, text).length, `${route.id}: ${text}`).toBe(1);
      for (const text of route.examples.ignore) expect(matchEscalations(one, text), `${route.id}: ${text}`).toEqual([]);
    }
  });

  it('templates only use variables Parley fills or the template declares', () => {
    for (const t of starter().templates) {
      const declared = new Set([...BUILTIN_VARIABLES, ...(t.placeholders ?? []).map((p) => p.key)]);
      for (const key of placeholderKeys(t.body)) expect(declared.has(key), `${t.id} uses {{${key}}}`).toBe(true);
    }
  });

  it('flags every [key] marker a template leaves when its variables are not filled in', () => {
    const pack = starter();
    const compiled = compilePack(pack);
    let markers = 0;
    for (const t of pack.templates) {
      const { text, filledSpans } = renderTemplate(t, {}, { platform: 'facebook', locale: t.locale });
      const findings = lint(compiled, text, { platform: 'facebook', locale: t.locale, intents: t.intents, escalation: false });
      for (const span of filledSpans.filter((s) => s.source === 'missing')) {
        markers++;
        const flagged = findings.some((f) => f.level !== 'suggestion' && f.start === span.start && f.end === span.end);
        expect(flagged, `${t.id}: ${text.slice(span.start, span.end)}`).toBe(true);
      }
    }
    expect(markers).toBeGreaterThan(20);
  });
});
