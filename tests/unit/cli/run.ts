import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIX = 'tests/unit/cli/fixtures/';
export const VALE = 'tests/fixtures/vale/';

/** Each command is a Node start-up: half a second alone, several seconds while the unit suite runs beside it. */
export const CLI_TIMEOUT = 30_000;

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the CLI as a child process from the repository root, as `npm run -s parley --` does. */
export function cli(args: string[], input?: string): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'tools/cli.ts', ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: ROOT, VALE_CONFIG_PATH: '' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function lines(text: string): string[] {
  return text.split('\n').filter(Boolean);
}
