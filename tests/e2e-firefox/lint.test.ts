import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { DIST_FIREFOX } from './harness';
import { GECKO_ID } from '../../tools/firefox-manifest';

const ROOT = resolve(import.meta.dirname, '../..');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
}

async function webExtLint(): Promise<LintReport> {
  const bin = resolve(ROOT, 'node_modules/.bin/web-ext');
  const run = promisify(execFile);
  // Exit code 1 means errors were found; the JSON report is printed either way.
  const { stdout } = await run(bin, ['lint', '--source-dir', DIST_FIREFOX, '--output', 'json', '--no-config-discovery'], { maxBuffer: 32 << 20 }).catch(
    (err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }),
  );
  return JSON.parse(stdout) as LintReport;
}

describe("Mozilla's linter on dist-firefox/, and the README on Firefox", () => {
  it('finds no errors, and every warning is explained in the README', async () => {
    const report = await webExtLint();
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    const unexplained = [...new Set(report.warnings.map((w) => w.code))].filter((code) => !readme.includes(`\`${code}\``));
    expect(unexplained).toEqual([]);
  });

  it("README's Firefox policies.json example uses exactly the keys of public/managed_schema.json", () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    const block = /```json\n(\{\s*"policies"[\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'a ```json block with "policies" in README.md').toBeDefined();
    const example = JSON.parse(block!) as { policies: { '3rdparty': { Extensions: Record<string, Record<string, unknown>> } } };
    const ours = example.policies['3rdparty'].Extensions[GECKO_ID];
    const schema = JSON.parse(readFileSync(resolve(ROOT, 'public/managed_schema.json'), 'utf8')) as {
      properties: Record<string, { type: string }>;
    };
    expect(Object.keys(ours ?? {}).sort()).toEqual(Object.keys(schema.properties).sort());
    for (const [key, value] of Object.entries(ours ?? {})) {
      expect(Array.isArray(value) ? 'array' : typeof value, key).toBe(schema.properties[key]!.type);
    }
  });
});
