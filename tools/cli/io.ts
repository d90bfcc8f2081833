import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { UsageError } from './errors';

/** Where CLI text goes; tests and the entry point pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readStdin(): string;
  stdinIsTty: boolean;
}

export function readTextFile(path: string, what = 'file'): string {
  if (!existsSync(path)) throw new UsageError(`${what} not found: ${path}`);
  if (statSync(path).isDirectory()) throw new UsageError(`${what} is a folder, not a file: ${path}`);
  return readFileSync(path, 'utf8');
}

export function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

export function listDir(path: string): string[] {
  return readdirSync(path).sort();
}
