import { basename, dirname, join, resolve } from 'node:path';
import { formatProblems, validatePack } from '../../src/core/pack/validate';
import { importRuleFiles, valePackJson, vocabularyRules, finishRule, type Unconverted, type ValeRuleFile } from '../../src/core/vale';
import { EXIT, UsageError } from './errors';
import { isDir, type Io } from './io';
import { readStyle, readVocabulary, stylesIn } from './vale-files';

/**
 * `pack import-vale DIR`: DIR is a style folder (`styles/Google`) or a StylesPath holding several.
 * The pack goes to stdout; each rule that could not be converted to stderr as `Style.Rule: reason`.
 */
export function importVale(dir: string, vocabNames: string[], io: Io): number {
  if (!isDir(dir)) throw new UsageError(`not a folder: ${dir}`);
  const abs = resolve(dir);
  let files: ValeRuleFile[] = readStyle(abs);
  let stylesPath = dirname(abs);
  if (!files.length) {
    const styles = stylesIn(abs);
    if (!styles.length) throw new UsageError(`no Vale rules (*.yml) in ${dir} or its sub-folders`);
    files = styles.flatMap((s) => readStyle(join(abs, s), s));
    stylesPath = abs;
  }
  const vocab = readVocabulary(stylesPath, vocabNames);
  const imported = importRuleFiles(files, 'derive', vocab.accept);
  const rules = imported.rules.map((r) => r.rule);
  const unconverted: Unconverted[] = [...imported.unconverted];
  for (const v of vocabularyRules(vocab)) {
    const done = finishRule(v, 'derive');
    if ('reason' in done) unconverted.push({ id: v.rule.id, reason: done.reason });
    else rules.push(done.rule);
  }
  const name = basename(abs);
  const json = valePackJson(packId(name), rules, name, `Imported from the Vale style folder "${name}".`);
  const result = validatePack(json);
  if (!result.ok) {
    io.err(formatProblems(result.problems));
    return EXIT.failed;
  }
  io.out(JSON.stringify(json, null, 2));
  for (const u of unconverted) io.err(`${u.id}: ${u.reason}`);
  return EXIT.ok;
}

function packId(name: string): string {
  const id = name.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return id || 'vale-import';
}
