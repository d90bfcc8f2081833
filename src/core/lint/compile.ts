import type { Pack, Rule } from '../pack/schema';
import { rulePatternProblems } from '../pack/regex-check';
import type { CompiledPack, CompiledRule, LintContext } from './types';
import { LintState } from './state';
import { CombinedMatcher, MatcherBuilder } from './matcher';
import type { KindEnv, KindResult, RuleImpl } from './kind';
import { compileExistence } from './kinds/existence';
import { compileSubstitution } from './kinds/substitution';
import { compileOccurrence } from './kinds/occurrence';
import { compileRepetition } from './kinds/repetition';
import { compileCapitalization } from './kinds/capitalization';
import { compileConditional } from './kinds/conditional';
import { compileConsistency } from './kinds/consistency';
import { compileMetric } from './kinds/metric';
import { compileSequence } from './kinds/sequence';
import { compileLength } from './kinds/length';
import { compileCount } from './kinds/count';
import { compileCaps } from './kinds/caps';
import { compilePunctuationRun } from './kinds/punctuation-run';
import { compileRequired } from './kinds/required';
import { compilePersonalData } from './kinds/personal-data';

/** The pack-wide part of a compiled pack: the shared matcher over every rule's word lists. */
export interface SharedMatcher {
  builder: MatcherBuilder;
  matcher: CombinedMatcher | null;
  /** Number of slots (the pack's rule count). */
  slots: number;
}

/** Compile one rule for the engine; `env.builder` receives its word lists when given. */
export function compileRuleKind(rule: Rule, env: KindEnv = { slot: 0, builder: null }): KindResult {
  const unsafe = rulePatternProblems(rule);
  if (unsafe.length) return { unsupported: unsafe.join('; ') };
  try {
    switch (rule.kind) {
      case 'existence':
        return compileExistence(rule, env);
      case 'substitution':
        return compileSubstitution(rule, env);
      case 'occurrence':
        return compileOccurrence(rule);
      case 'repetition':
        return compileRepetition(rule);
      case 'capitalization':
        return compileCapitalization(rule);
      case 'conditional':
        return compileConditional(rule);
      case 'consistency':
        return compileConsistency(rule);
      case 'metric':
        return compileMetric(rule);
      case 'sequence':
        return compileSequence(rule);
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
        return { unsupported: `unknown rule kind "${(rule as { kind: string }).kind}"` };
    }
  } catch (err) {
    return { unsupported: err instanceof Error ? err.message : String(err) };
  }
}

/** A rule as a stand-alone check function, or null when this engine cannot run it. */
export function compileRule(rule: Rule): CompiledRule['check'] | null {
  const impl = compileRuleKind(rule);
  if ('unsupported' in impl) return null;
  return (text, ctx) => impl.run(new LintState(text, ctx));
}

/**
 * Compile a validated pack once; the result is reused for every keystroke. Word lists of all
 * rules go into one shared matcher; rules the engine cannot run are listed in `unsupported`
 * (ids) and `problems` (ids with the reason).
 */
export function compilePack(pack: Pack): CompiledPack & { unsupported: string[]; problems: Array<{ rule: string; reason: string }>; shared: SharedMatcher } {
  const builder = new MatcherBuilder();
  const rules: CompiledRule[] = [];
  const unsupported: string[] = [];
  const problems: Array<{ rule: string; reason: string }> = [];
  pack.rules.forEach((rule, slot) => {
    const locales = rule.when?.locales;
    builder.group = locales?.length === 1 ? locales[0]! : '*';
    const impl = compileRuleKind(rule, { slot, builder });
    if ('unsupported' in impl) {
      unsupported.push(rule.id);
      problems.push({ rule: rule.id, reason: impl.unsupported });
      return;
    }
    rules.push(makeCompiledRule(rule, impl, slot));
  });
  const shared: SharedMatcher = { builder, matcher: builder.size ? builder.build() : null, slots: pack.rules.length };
  return { pack, rules, unsupported, problems, shared };
}

function makeCompiledRule(rule: Rule, impl: RuleImpl, slot: number): CompiledRule & { slot: number; needsScan: boolean } {
  return {
    rule,
    slot,
    needsScan: !!impl.needsScan,
    run: (state) => impl.run(state),
    check: (text: string, ctx: LintContext) => impl.run(new LintState(text, ctx)),
  };
}
