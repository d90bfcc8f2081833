import type { Pack, Platform, Rule } from './schema';
import { INTENTS, PLATFORMS } from './schema';
import { compilePack } from '../lint/compile';
import { lint } from '../lint/lint';
import type { CompiledPack, LintContext } from '../lint/types';

export interface ExampleFailure {
  rule: string;
  example: string;
  expected: 'flagged' | 'clean';
  /** The platforms the example was checked in where it failed. */
  platforms?: Platform[];
}

/** The context a rule's examples are checked in on one platform: the intents and locale it is scoped to. */
export function exampleContext(rule: Rule, pack: Pack, platform?: Platform): LintContext {
  return {
    platform: platform ?? rule.when?.platforms?.[0] ?? PLATFORMS[0],
    intents: rule.when?.intents ?? [INTENTS[0]],
    locale: rule.when?.locales?.[0] ?? pack.locales[0] ?? 'en',
    escalation: rule.when?.escalation ?? false,
    crisis: rule.when?.crisis ?? false,
  };
}

/** Every platform a rule's examples are checked in: those it is scoped to, or all of them. */
export function examplePlatforms(rule: Rule): readonly Platform[] {
  return rule.when?.platforms ?? PLATFORMS;
}

/**
 * A pack's examples are its tests. Each example is checked on every platform the rule is scoped
 * to (all platforms when it has no scope): a bad example must be flagged on at least one of them,
 * a good example must be clean on all of them.
 */
export function runPackExamples(pack: Pack): { failures: ExampleFailure[]; checked: number; unsupported: string[] } {
  const compiled = compilePack(pack);
  const failures: ExampleFailure[] = [];
  let checked = 0;
  for (const one of compiled.rules) {
    const { rule } = one;
    const single: CompiledPack = { ...compiled, rules: [one] };
    const platforms = examplePlatforms(rule);
    const flaggedOn = (example: string) => platforms.filter((p) => lint(single, example, exampleContext(rule, pack, p)).some((f) => f.rule === rule.id));
    for (const example of rule.examples.bad) {
      checked++;
      if (flaggedOn(example).length === 0) failures.push({ rule: rule.id, example, expected: 'flagged', platforms: [...platforms] });
    }
    for (const example of rule.examples.good) {
      checked++;
      const on = flaggedOn(example);
      if (on.length) failures.push({ rule: rule.id, example, expected: 'clean', platforms: on });
    }
  }
  return { failures, checked, unsupported: compiled.unsupported };
}
