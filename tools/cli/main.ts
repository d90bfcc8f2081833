import { parseArgs, many } from './args';
import { EXIT, UsageError } from './errors';
import type { Io } from './io';
import { importVale } from './import-vale';
import { lintCommand } from './lint-command';
import { packTest, packValidate } from './pack-commands';
import { USAGE } from './usage';
import { analyzeCommand, classifyCommand, templatesCommand } from './understand-commands';

const LINT_OPTIONS = ['pack', 'vale-config', 'platform', 'intent', 'locale', 'format', 'ext', 'min-alert-level'];

/** Runs one CLI invocation and returns its exit code. */
export function main(argv: readonly string[], io: Io): number {
  try {
    return run(argv, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`parley: ${err.message}\n(usage: npm run -s parley -- help)`);
      return EXIT.usage;
    }
    throw err;
  }
}

function run(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('no command given');
  if (command === 'help' || command === '--help' || command === '-h') {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (command === 'lint') return lintCommand(parseArgs(rest, LINT_OPTIONS), io);
  if (command === 'classify') return classifyCommand(parseArgs(rest, ['pack', 'format']), io);
  if (command === 'analyze') return analyzeCommand(parseArgs(rest, ['pack', 'comment', 'platform']), io);
  if (command === 'templates') return templatesCommand(parseArgs(rest, ['pack', 'comment', 'query', 'platform', 'locale', 'author']), io);
  if (command !== 'pack') throw new UsageError(`unknown command "${command}"`);
  const [sub, ...args] = rest;
  if (sub === 'validate' || sub === 'test') {
    const parsed = parseArgs(args, []);
    const file = onlyPositional(parsed.positionals, `pack ${sub} FILE`);
    return sub === 'validate' ? packValidate(file, io) : packTest(file, io);
  }
  if (sub === 'import-vale') {
    const parsed = parseArgs(args, ['vocab']);
    return importVale(onlyPositional(parsed.positionals, 'pack import-vale DIR'), many(parsed, 'vocab'), io);
  }
  throw new UsageError(sub ? `unknown pack command "${sub}"` : 'pack needs a command: validate, test or import-vale');
}

function onlyPositional(positionals: string[], shape: string): string {
  if (positionals.length !== 1) throw new UsageError(`expected: ${shape}`);
  return positionals[0]!;
}
