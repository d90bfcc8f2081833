/** Parley CLI: `npm run -s parley -- <command>` (see docs/cli.md). */
import { readFileSync } from 'node:fs';
import { main } from './cli/main';

// `npm run parley` starts in the package folder; paths on the command line are meant from where it was typed.
const typedIn = process.env.npm_lifecycle_event === 'parley' ? process.env.INIT_CWD : undefined;
if (typedIn && typedIn !== process.cwd()) process.chdir(typedIn);

const code = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readStdin: () => readFileSync(0, 'utf8'),
  stdinIsTty: !!process.stdin.isTTY,
});
process.exitCode = code;
