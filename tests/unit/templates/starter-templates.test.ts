import { describe, expect, it } from 'vitest';
import { starterPackJson } from '../../../src/core/pack/starter';
import { formatProblems, validatePack } from '../../../src/core/pack/validate';
import type { Pack, Platform } from '../../../src/core/pack/schema';
import { compilePack } from '../../../src/core/lint/compile';
import { lint } from '../../../src/core/lint/lint';
import { renderTemplate } from '../../../src/core/templates/render';
import { sampleValues } from './sample-values';

function starter(): Pack {
  const result = validatePack(starterPackJson);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.pack;
}

const pack = starter();
const compiled = compilePack(pack);
const cases = pack.templates.flatMap((template) =>
  (template.platforms ?? (['facebook'] as Platform[])).map((platform) => ({ id: `${template.id} on ${platform}`, template, platform })),
);

describe('starter templates', () => {
  it('cover every language of the pack', () => {
    expect(new Set(pack.templates.map((t) => t.locale))).toEqual(new Set(pack.locales));
  });

  it.each(cases)('$id renders completely and passes the pack’s own rules', ({ template, platform }) => {
    const out = renderTemplate(template, sampleValues(template, platform), { platform, locale: template.locale });
    expect(out.missing).toEqual([]);
    expect(out.text).not.toMatch(/\{\{|\}\}/);
    const findings = lint(compiled, out.text, {
      platform,
      locale: template.locale,
      intents: template.intents,
      escalation: false,
      crisis: !!template.holding,
    }).filter((f) => f.level === 'error' || f.level === 'warning');
    expect(findings.map((f) => `${f.rule} (${f.level}): “${f.match}” in: ${out.text}`)).toEqual([]);
  });

  it.each(pack.locales)('the check is not vacuous: a bad value in a %s template is flagged', (locale) => {
    const template = pack.templates.find((t) => t.locale === locale && !t.platforms && t.placeholders?.some((p) => p.required))!;
    const rule = pack.rules.find((r) => r.kind === 'existence' && r.level === 'error' && r.when?.locales?.includes(locale) && !r.when.platforms && !r.when.intents)!;
    const values = sampleValues(template, 'facebook');
    const key = template.placeholders!.find((p) => p.required)!.key;
    values.vars = { ...values.vars, [key]: rule.examples.bad[0]! };
    const out = renderTemplate(template, values, { platform: 'facebook', locale });
    const findings = lint(compiled, out.text, { platform: 'facebook', locale, intents: template.intents, escalation: false, crisis: !!template.holding });
    expect(findings.map((f) => f.rule)).toContain(rule.id);
  });

  it('an unfilled template shows [key] markers, never braces', () => {
    const de = pack.templates.find((t) => t.locale === 'de' && t.placeholders?.some((p) => p.required));
    if (!de) return;
    const out = renderTemplate(de, { author: { name: 'Paula Nowak' }, agent: { name: 'Jonas Weber' } }, { platform: de.platforms?.[0] ?? 'facebook' });
    expect(out.missing.length).toBeGreaterThan(0);
    for (const key of out.missing) expect(out.text).toContain(`[${key}]`);
    expect(out.text).not.toContain('{{');
  });
});
