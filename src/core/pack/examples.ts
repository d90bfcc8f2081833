import type { Pack, Rule } from './schema';
import { INTENTS, PLATFORMS } from './schema';
import { compilePack } from '../lint/compile';
import { lint } from '../lint/lint';
import type { LintContext } from '../lint/types';

export interface ExampleFailure {
  rule: string;
  example: string;
  expected: 'flagged' | 'clean';
}

/** The context a rule's examples are checked in: the first platform, intents and locale it is scoped to. */
export function exampleContext(rule: Rule, pack: Pack): LintContext {
  return {
    platform: rule.when?.platforms?.[0] ?? PLATFORMS[0],
    intents: rule.when?.intents ?? [INTENTS[0]],
    locale: rule.when?.locales?.[0] ?? pack.locales[0] ?? 'en',
    escalation: rule.when?.escalation ?? false,
    crisis: rule.when?.crisis ?? false,
  };
}

/** A pack's examples are its tests: bad ones must trigger their rule, good ones must not. */
export function runPackExamples(pack: Pack): { failures: ExampleFailure[]; checked: number; unsupported: string[] } {
  const compiled = compilePack(pack);
  const failures: ExampleFailure[] = [];
  let checked = 0;
  for (const { rule } of compiled.rules) {
    const single = { ...compiled, rules: compiled.rules.filter((r) => r.rule === rule) };
    const ctx = exampleContext(rule, pack);
    for (const example of rule.examples.bad) {
      checked++;
      if (!lint(single, example, ctx).length) failures.push({ rule: rule.id, example, expected: 'flagged' });
    }
    for (const example of rule.examples.good) {
      checked++;
      if (lint(single, example, ctx).length) failures.push({ rule: rule.id, example, expected: 'clean' });
    }
  }
  return { failures, checked, unsupported: compiled.unsupported };
}
