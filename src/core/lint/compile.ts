import type { Pack, Rule } from '../pack/schema';
import type { CompiledPack, CompiledRule } from './types';
import { compileExistence } from './kinds/existence';
import { compileSubstitution } from './kinds/substitution';
import { compileOccurrence } from './kinds/occurrence';
import { compileRepetition } from './kinds/repetition';
import { compileCaps, compileCount, compileLength, compilePunctuationRun } from './kinds/reply-shape';
import { compileRequired } from './kinds/required';
import { compilePersonalData } from './kinds/personal-data';

/** Rule kinds this engine can check; the rest are accepted by the schema but not yet run. */
export function compileRule(rule: Rule): CompiledRule['check'] | null {
  switch (rule.kind) {
    case 'existence':
      return compileExistence(rule);
    case 'substitution':
      return compileSubstitution(rule);
    case 'occurrence':
      return compileOccurrence(rule);
    case 'repetition':
      return compileRepetition(rule);
    case 'length':
      return compileLength(rule);
    case 'count':
      return compileCount(rule);
    case 'caps':
      return compileCaps(rule);
    case 'punctuation-run':
      return compilePunctuationRun(rule);
    case 'required':
      return compileRequired(rule);
    case 'personal-data':
      return compilePersonalData(rule);
    default:
      return null;
  }
}

/** Compile a validated pack once; the result is reused for every keystroke. */
export function compilePack(pack: Pack): CompiledPack & { unsupported: string[] } {
  const rules: CompiledRule[] = [];
  const unsupported: string[] = [];
  for (const rule of pack.rules) {
    const check = compileRule(rule);
    if (check) rules.push({ rule, check });
    else unsupported.push(rule.id);
  }
  return { pack, rules, unsupported };
}
