import { parse } from 'yaml';
import { compilePack } from '../lint/compile';
import { deriveExamples, IN_MEMORY_EXAMPLES, validateRule, type Examples } from './derive';
import { convertValeRule } from './rule';
import { withVocabularyExceptions } from './vocab';
import type { ConvertedRule, RuleDraft, Unconverted, ValeRuleFile } from './types';

export interface ImportedRule extends ConvertedRule {
  rule: RuleDraft & { examples: Examples };
}

export interface StyleImport {
  rules: ImportedRule[];
  unconverted: Unconverted[];
}

export type ExampleMode =
  /** Derive examples and verify them with the engine; rules without a verified pair are not converted (`pack import-vale`). */
  | 'derive'
  /** Rules are only linted in memory: stand-in examples; only schema and compile problems exclude a rule (`lint --vale-config`). */
  | 'in-memory';

/** Parse a Vale rule file (YAML); Vale tolerates repeated keys, the last one wins. */
export function parseValeYaml(text: string): { value: unknown } | { error: string } {
  try {
    return { value: parse(text, { uniqueKeys: false }) };
  } catch (err) {
    return { error: `not valid YAML: ${(err as Error).message.split('\n')[0]!.replace(/:\s*$/, '')}` };
  }
}

/** Convert Vale rule files, keeping `Style.Rule` ids and messages; the rest is listed with a reason. */
export function importRuleFiles(
  files: readonly ValeRuleFile[],
  mode: ExampleMode,
  /** Accepted vocabulary terms, added as exceptions to rules with `vocab: true`. */
  accept: readonly string[] = [],
): StyleImport {
  const out: StyleImport = { rules: [], unconverted: [] };
  const sorted = [...files].sort((a, b) => (a.style + '.' + a.name).localeCompare(b.style + '.' + b.name));
  for (const file of sorted) {
    const id = `${file.style}.${file.name}`;
    const parsed = parseValeYaml(file.text);
    if ('error' in parsed) {
      out.unconverted.push({ id, reason: parsed.error });
      continue;
    }
    const converted = convertValeRule(id, parsed.value);
    if ('reason' in converted) {
      out.unconverted.push({ id, reason: converted.reason });
      continue;
    }
    const done = finishRule({ ...converted, rule: withVocabularyExceptions(converted, accept) }, mode);
    if ('reason' in done) out.unconverted.push({ id, reason: done.reason });
    else out.rules.push(done);
  }
  return out;
}

/** Attach examples (derived or stand-in) after checking the rule against the schema and the engine. */
export function finishRule(converted: ConvertedRule, mode: ExampleMode): ImportedRule | { reason: string } {
  const { rule } = converted;
  if (mode === 'derive') {
    const derived = deriveExamples(rule);
    if ('reason' in derived) return derived;
    return { ...converted, rule: { ...rule, examples: derived.examples } };
  }
  const checked = validateRule(rule);
  if ('reason' in checked) return checked;
  try {
    compilePack(checked.pack);
  } catch (err) {
    return { reason: `the rule engine cannot compile it: ${(err as Error).message}` };
  }
  return { ...converted, rule: { ...rule, examples: IN_MEMORY_EXAMPLES } };
}
