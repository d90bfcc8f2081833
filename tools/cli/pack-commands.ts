import { examplePlatforms, runPackExamples } from '../../src/core/pack/examples';
import type { Pack } from '../../src/core/pack/schema';
import { formatProblems, validatePackText } from '../../src/core/pack/validate';
import { EXIT } from './errors';
import { readTextFile, type Io } from './io';

/** Read and validate a pack file; problems go to stderr. */
export function loadPack(path: string, io: Io): Pack | null {
  const result = validatePackText(readTextFile(path, 'pack file'));
  if (result.ok) return result.pack;
  io.err(`${path}: invalid pack\n${formatProblems(result.problems)}`);
  return null;
}

export function packValidate(path: string, io: Io): number {
  const pack = loadPack(path, io);
  if (!pack) return EXIT.failed;
  const counts = [
    plural(pack.rules.length, 'rule'),
    plural(pack.templates.length, 'template'),
    plural(pack.escalations.length, 'escalation'),
    plural(pack.lessons.length, 'lesson'),
  ];
  io.out(`ok: ${pack.name} ${pack.version} (${counts.join(', ')})`);
  return EXIT.ok;
}

export function packTest(path: string, io: Io): number {
  const pack = loadPack(path, io);
  if (!pack) return EXIT.failed;
  const { failures, checked, unsupported } = runPackExamples(pack);
  for (const f of failures) {
    const rule = pack.rules.find((r) => r.id === f.rule);
    const some = f.platforms?.length && rule && f.platforms.length < examplePlatforms(rule).length;
    const where = some ? ` (on ${f.platforms!.join(', ')})` : '';
    io.out(`FAIL ${f.rule}: expected ${f.expected === 'flagged' ? 'to be flagged' : 'to be clean'}: ${JSON.stringify(f.example)}${where}`);
  }
  const summary = `${plural(checked, 'example')} checked, ${failures.length} failed`;
  io.out(failures.length ? `${summary}.` : `ok: ${summary}.`);
  if (unsupported.length) io.err(`note: examples not run, the rule engine does not check these rules yet: ${unsupported.join(', ')}`);
  return failures.length ? EXIT.failed : EXIT.ok;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
