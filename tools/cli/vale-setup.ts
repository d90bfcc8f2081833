import { dirname, join, relative, resolve, basename } from 'node:path';
import type { Pack } from '../../src/core/pack/schema';
import { formatProblems, validatePack } from '../../src/core/pack/validate';
import {
  builtinValeRules,
  finishRule,
  importRuleFiles,
  parseValeIni,
  selectRules,
  selectUnconverted,
  settingsFor,
  stylesNamed,
  valePackJson,
  vocabularyRules,
  type ImportedRule,
  type RuleDraft,
  type Unconverted,
  type ValeConfig,
} from '../../src/core/vale';
import { UsageError } from './errors';
import { isDir, readTextFile } from './io';
import { readStyle, readVocabulary } from './vale-files';

/** A `.vale.ini` with every style it names loaded and converted in memory. */
export interface ValeSetup {
  config: ValeConfig;
  iniDir: string;
  rules: ImportedRule[];
  unconverted: Unconverted[];
}

export function loadValeSetup(iniPath: string, warn: (line: string) => void): ValeSetup {
  const config = parseValeIni(readTextFile(iniPath, '.vale.ini'));
  for (const p of config.problems) warn(`${iniPath}: ${p}`);
  if (config.ignored.length) warn(`${iniPath}: not used by Parley: ${config.ignored.join(', ')}`);
  const iniDir = dirname(resolve(iniPath));
  const styles = stylesNamed(config).filter((s) => s !== 'Vale');
  if ((styles.length || config.vocab.length) && config.stylesPath === undefined) {
    throw new UsageError(`${iniPath}: StylesPath is not set, so styles ${styles.join(', ')} cannot be found`);
  }
  const stylesPath = resolve(iniDir, config.stylesPath ?? '.');
  if (config.stylesPath !== undefined && !isDir(stylesPath)) throw new UsageError(`${iniPath}: StylesPath ${stylesPath} does not exist`);
  const vocab = readVocabulary(stylesPath, config.vocab);
  const files = styles.flatMap((style) => {
    const dir = join(stylesPath, style);
    if (!isDir(dir)) throw new UsageError(`${iniPath}: style "${style}" not found in ${stylesPath}`);
    return readStyle(dir, style);
  });
  const imported = importRuleFiles(files, 'in-memory', vocab.accept);
  const builtin = builtinValeRules();
  const rules = [...imported.rules];
  const unconverted = [...imported.unconverted, ...builtin.unconverted];
  for (const v of [...builtin.rules, ...vocabularyRules(vocab)]) {
    const done = finishRule(v, 'in-memory');
    if ('reason' in done) unconverted.push({ id: v.rule.id, reason: done.reason });
    else rules.push(done);
  }
  return { config, iniDir, rules, unconverted };
}

/** Names a section glob is tried against: the path as given, relative to the ini file, and the bare name. */
export function globCandidates(setup: ValeSetup, file: string): string[] {
  return [file, relative(setup.iniDir, resolve(file)), basename(file)];
}

/** The Vale rules a file gets (by its sections), keyed so files with the same rules share one compiled pack. */
export function valeRulesForFile(setup: ValeSetup, file: string): { key: string; rules: RuleDraft[]; unconverted: Unconverted[] } {
  const settings = settingsFor(setup.config, globCandidates(setup, file));
  const rules = selectRules(setup.rules, settings);
  const key = rules.map((r) => `${r.id}:${String(r.level)}`).join('|');
  return { key, rules, unconverted: selectUnconverted(setup.unconverted, settings) };
}

/** The `--pack` rules (if any) plus Vale rules; a Vale rule with the id of a pack rule is left out. */
export function mergedPack(rules: RuleDraft[], base: Pack | null): Pack {
  const taken = new Set(base?.rules.map((r) => r.id) ?? []);
  const result = validatePack(valePackJson('vale', rules.filter((r) => !taken.has(r.id))));
  if (!result.ok) throw new Error(`internal: converted Vale rules do not validate:\n${formatProblems(result.problems)}`);
  return base ? { ...base, rules: [...base.rules, ...result.pack.rules] } : result.pack;
}
