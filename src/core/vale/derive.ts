import { compilePack } from '../lint/compile';
import { lint } from '../lint/lint';
import { exampleContext, runPackExamples } from '../pack/examples';
import type { Pack } from '../pack/schema';
import { validatePack } from '../pack/validate';
import { candidates } from './candidates';
import type { RuleDraft } from './types';

export interface Examples {
  bad: string[];
  good: string[];
}

/** Stand-in examples for rules used only in memory (linting with a .vale.ini); never written out. */
export const IN_MEMORY_EXAMPLES: Examples = { bad: ['(imported from Vale)'], good: ['(imported from Vale)'] };

/** A minimal pack around some rules, as `pack import-vale` writes it. */
export function valePackJson(id: string, rules: unknown[], name = id, description?: string): Record<string, unknown> {
  return { id, name, version: '0.0.0', ...(description ? { description } : {}), locales: ['en'], voice: { default: {} }, rules };
}

/** Check one rule against the pack schema (patterns included); the problem in words, or the parsed pack. */
export function validateRule(rule: RuleDraft, examples: Examples = IN_MEMORY_EXAMPLES): { pack: Pack } | { reason: string } {
  const result = validatePack(valePackJson('vale-import', [{ ...rule, examples }]));
  if (result.ok) return { pack: result.pack };
  const reasons = result.problems.map((p) => {
    const where = p.path.replace(/^rules\[0\](?: "[^"]*")?(?: › )?/, '');
    const message = p.message.replace(`rule ${rule.id}: `, '');
    return where ? `${where}: ${message}` : message;
  });
  return { reason: reasons.join('; ') };
}

/**
 * Examples for an imported rule, each verified with the rule engine the way `pack test` runs
 * them: a bad one the rule flags and a good one it leaves alone. A reason when none hold.
 */
export function deriveExamples(rule: RuleDraft): { examples: Examples } | { reason: string } {
  const checked = validateRule(rule);
  if ('reason' in checked) return checked;
  let compiled: ReturnType<typeof compilePack>;
  try {
    compiled = compilePack(checked.pack);
  } catch (err) {
    return { reason: `the rule engine cannot compile it: ${(err as Error).message}` };
  }
  if (compiled.unsupported.length) {
    return { reason: `could not derive examples: the rule engine does not check ${rule.kind} rules yet` };
  }
  const ctx = exampleContext(checked.pack.rules[0]!, checked.pack);
  const flagged = (text: string): boolean | null => {
    try {
      return lint(compiled, text, ctx).length > 0;
    } catch {
      return null;
    }
  };
  const { bad, good } = candidates(rule);
  const b = bad.find((t) => flagged(t) === true);
  const g = good.find((t) => flagged(t) === false);
  if (!b || !g) return { reason: `could not derive examples (no ${!b ? 'bad' : 'good'} example found that the rule engine confirms)` };
  const examples = { bad: [b], good: [g] };
  const final = validateRule(rule, examples);
  if ('reason' in final) return final;
  if (runPackExamples(final.pack).failures.length) return { reason: 'could not derive examples (the engine disagrees with them)' };
  return { examples };
}
