import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validatePack } from '../../../src/core/pack/validate';
import { cli, FIX, lines, VALE, CLI_TIMEOUT } from './run';

describe('parley pack validate', { timeout: CLI_TIMEOUT }, () => {
  it('prints ok with name, version and counts, exit 0', () => {
    const r = cli(['pack', 'validate', `${FIX}pack.json`]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('ok: Acme replies 1.2.0 (3 rules, 0 templates, 0 escalations, 0 lessons)');
  });

  it('prints each problem as "path: message", exit 1', () => {
    const r = cli(['pack', 'validate', `${FIX}invalid-pack.json`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('version: use a version such as');
    expect(r.stderr).toMatch(/rules\[0\] "Acme\.X" › level: should be one of "suggestion", "warning", "error"/);
  });

  it('exit 2 for a missing file or a missing argument', () => {
    expect(cli(['pack', 'validate', `${FIX}nope.json`]).code).toBe(2);
    expect(cli(['pack', 'validate']).code).toBe(2);
  });
});

describe('parley pack test', { timeout: CLI_TIMEOUT }, () => {
  it('passes when every bad example is flagged and every good one is clean', () => {
    const r = cli(['pack', 'test', `${FIX}pack.json`]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('ok: 6 examples checked, 0 failed.');
  });

  it('prints each failure (rule, expectation, example) and a summary, exit 1', () => {
    const r = cli(['pack', 'test', `${FIX}failing-pack.json`]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([
      'FAIL Acme.NoComment: expected to be flagged: "We cannot say anything."',
      'FAIL Acme.NoComment: expected to be clean: "no comment"',
      '2 examples checked, 2 failed.',
    ]);
  });
});

describe('parley pack import-vale', { timeout: CLI_TIMEOUT }, () => {
  it('prints a valid pack and lists unconverted rules on stderr', () => {
    const r = cli(['pack', 'import-vale', `${VALE}styles/Demo`]);
    expect(r.code).toBe(0);
    const pack = JSON.parse(r.stdout);
    expect(pack).toMatchObject({ id: 'Demo', name: 'Demo', version: '0.0.0', locales: ['en'], voice: { default: {} } });
    expect(validatePack(pack).ok).toBe(true);
    const ids = pack.rules.map((rule: { id: string }) => rule.id);
    expect(ids).toEqual(expect.arrayContaining(['Demo.Hedging', 'Demo.WordList']));
    const errs = lines(r.stderr);
    for (const line of errs) expect(line).toMatch(/^Demo\.[A-Za-z]+: \S/);
    expect(errs).toContain('Demo.Spelling: spelling rules are not supported: no Hunspell dictionaries in the extension');
    // Every rule file is either in the pack or on the list.
    expect(ids.length + errs.length).toBe(12);
  });

  it('adds Vale.Terms and Vale.Avoid from a named vocabulary', () => {
    const r = cli(['pack', 'import-vale', `${VALE}styles/Demo`, '--vocab', 'Demo']);
    expect(r.code).toBe(0);
    const pack = JSON.parse(r.stdout);
    expect(pack.rules.find((rule: { id: string }) => rule.id === 'Vale.Avoid')).toMatchObject({ tokens: ['synergy'] });
    expect(validatePack(pack).ok).toBe(true);
  });

  it('takes a StylesPath too, and the imported pack passes its own examples', () => {
    const r = cli(['pack', 'import-vale', `${VALE}styles`]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe('styles');
    const file = join(mkdtempSync(join(tmpdir(), 'parley-')), 'imported.json');
    writeFileSync(file, r.stdout);
    const test = cli(['pack', 'test', file]);
    expect(test.stdout).toMatch(/^ok: \d+ examples checked, 0 failed\./);
    expect(test.code).toBe(0);
  });

  it('exit 2 for a folder that does not exist or holds no rules', () => {
    expect(cli(['pack', 'import-vale', `${VALE}nope`]).code).toBe(2);
    expect(cli(['pack', 'import-vale', 'tests/unit/cli']).code).toBe(2);
  });
});
