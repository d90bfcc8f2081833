import { validatePack, formatProblems } from '../../../src/core/pack/validate';
import type { Pack, PackInput } from '../../../src/core/pack/schema';
import { compilePack } from '../../../src/core/lint/compile';
import { lint } from '../../../src/core/lint/lint';
import type { Finding, LintContext, LintOptions } from '../../../src/core/lint/types';

type RuleInput = NonNullable<PackInput['rules']>[number];

/** A rule with the fields every rule needs filled in (examples are not checked here). */
export function rule<T extends Record<string, unknown>>(fields: T): RuleInput {
  return {
    id: 'Test.Rule',
    message: '%s',
    why: 'A rule written for a unit test of the engine.',
    examples: { bad: ['x'], good: ['y'] },
    ...fields,
  } as unknown as RuleInput;
}

/** A validated pack around the given rules (validation errors fail the test). */
export function pack(...rules: RuleInput[]): Pack {
  const input = { id: 'test', name: 'Test', version: '1.0.0', locales: ['en', 'de', 'sv'], voice: { default: {} }, rules };
  const result = validatePack(input);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.pack;
}

export const CTX: LintContext = { platform: 'generic', locale: 'en', intents: [], escalation: false };

/** Lint `text` with one rule; returns the findings. */
export function run(ruleFields: Record<string, unknown>, text: string, ctx: Partial<LintContext> = {}, options?: LintOptions): Finding[] {
  return lint(compilePack(pack(rule(ruleFields))), text, { ...CTX, ...ctx }, options);
}

/** [matched text, message] pairs, the usual thing to assert on. */
export function brief(findings: Finding[]): Array<[string, string]> {
  return findings.map((f) => [f.match, f.message]);
}
