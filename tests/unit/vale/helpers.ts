import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ValeRuleFile } from '../../../src/core/vale';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/vale/', import.meta.url));

export function demoFiles(): ValeRuleFile[] {
  const dir = `${FIXTURES}styles/Demo/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => ({ style: 'Demo', name: f.slice(0, -4), text: readFileSync(dir + f, 'utf8') }));
}
