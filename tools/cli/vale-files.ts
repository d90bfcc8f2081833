import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ValeRuleFile, Vocabulary } from '../../src/core/vale';
import { parseWordList } from '../../src/core/vale';
import { UsageError } from './errors';
import { isDir, listDir } from './io';

/** The rule files of one style folder (`*.yml`, as Vale reads them). */
export function readStyle(dir: string, style = basename(dir)): ValeRuleFile[] {
  return listDir(dir)
    .filter((f) => f.endsWith('.yml') && !isDir(join(dir, f)))
    .map((f) => ({ style, name: f.slice(0, -'.yml'.length), text: readFileSync(join(dir, f), 'utf8') }));
}

/** Style folders in a StylesPath: sub-folders holding `.yml` files (`config` is Vale's, not a style). */
export function stylesIn(stylesPath: string): string[] {
  return listDir(stylesPath).filter((name) => name !== 'config' && isDir(join(stylesPath, name)) && readStyle(join(stylesPath, name)).length > 0);
}

/** A vocabulary by name: `<StylesPath>/config/vocabularies/<name>/` (Vale 3) or `<StylesPath>/Vocab/<name>/` (Vale 2). */
export function readVocabulary(stylesPath: string, names: readonly string[]): Vocabulary {
  const vocab: Vocabulary = { accept: [], reject: [] };
  for (const name of names) {
    const dir = [join(stylesPath, 'config', 'vocabularies', name), join(stylesPath, 'Vocab', name)].find(isDir);
    if (!dir) throw new UsageError(`vocabulary "${name}" not found in ${join(stylesPath, 'config', 'vocabularies')}`);
    for (const [file, list] of [['accept.txt', vocab.accept], ['reject.txt', vocab.reject]] as const) {
      const path = join(dir, file);
      if (!existsSync(path)) continue;
      for (const term of parseWordList(readFileSync(path, 'utf8'))) if (!list.includes(term)) list.push(term);
    }
  }
  return vocab;
}

const CONFIG_NAMES = ['.vale.ini', '_vale.ini', 'vale.ini', '.vale', '_vale'];

/** Vale's own lookup: `VALE_CONFIG_PATH`, else a config file in the folder or up to five above it. */
export function findValeConfig(start: string, env: Record<string, string | undefined>): string | null {
  if (env.VALE_CONFIG_PATH && existsSync(env.VALE_CONFIG_PATH)) return env.VALE_CONFIG_PATH;
  let dir = resolve(start);
  for (let i = 0; i < 6; i++) {
    for (const name of CONFIG_NAMES) {
      const path = join(dir, name);
      if (existsSync(path) && !isDir(path)) return path;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}
