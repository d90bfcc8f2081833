/** Parley CLI: `npm run -s parley -- <command>` (see docs/cli.md). */
import { readFileSync } from 'node:fs';
import { main } from './cli/main';
import { PUBLISH_COMMANDS, publishCommand } from './cli/publish-commands';

// `npm run parley` starts in the package folder; paths on the command line are meant from where it was typed.
const typedIn = process.env.npm_lifecycle_event === 'parley' ? process.env.INIT_CWD : undefined;
if (typedIn && typedIn !== process.cwd()) process.chdir(typedIn);

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
  readStdin: () => readFileSync(0, 'utf8'),
  stdinIsTty: !!process.stdin.isTTY,
};
const [command, sub, ...rest] = process.argv.slice(2);
// Signing (WebCrypto) and serving are asynchronous; every other command runs synchronously in main().
if (command === 'pack' && sub && PUBLISH_COMMANDS.includes(sub)) publishCommand(sub, rest, io).then((code) => (process.exitCode = code));
else process.exitCode = main(process.argv.slice(2), io);
