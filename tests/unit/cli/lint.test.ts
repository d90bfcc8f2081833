import { describe, expect, it } from 'vitest';
import { cli, FIX, lines, VALE, CLI_TIMEOUT } from './run';

const PACK = `${FIX}pack.json`;

describe('parley lint --format json', { timeout: CLI_TIMEOUT }, () => {
  it('prints one array per file: 1-based line, code-point column, UTF-16 start/end', () => {
    const r = cli(['lint', '--pack', PACK, '--format', 'json', `${FIX}emoji.txt`]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        rule: 'Acme.NoComment',
        level: 'error',
        message: "Don't write 'no comment'.",
        line: 1,
        column: 12,
        start: 13,
        end: 23,
        suggestions: [],
      },
      {
        rule: 'Acme.Email',
        level: 'warning',
        message: "Use 'email' instead of 'e-mail'.",
        line: 2,
        column: 18,
        start: 44,
        end: 50,
        suggestions: ['email'],
      },
    ]);
  });

  it('prints [] for a clean file, one line per file in order, exit 0', () => {
    const r = cli(['lint', '--pack', PACK, '--format', 'json', `${FIX}clean.txt`, `${FIX}warning.txt`]);
    expect(r.code).toBe(0);
    const [clean, warning] = lines(r.stdout).map((l) => JSON.parse(l));
    expect(clean).toEqual([]);
    expect(warning).toHaveLength(1);
    expect(warning[0]).toMatchObject({ rule: 'Acme.Email', level: 'warning', line: 1, column: 8 });
  });

  it('skips front matter, inline code and code blocks in Markdown', () => {
    const r = cli(['lint', '--pack', PACK, '--format', 'json', `${FIX}reply.md`]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ rule: 'Acme.NoComment', line: 12, column: 13 })]);
  });

  it('reads stdin (-) as plain text, or as Markdown with --ext .md', () => {
    const text = 'Say `no comment` never.\n';
    const plain = cli(['lint', '--pack', PACK, '--format', 'json', '-'], text);
    expect(JSON.parse(plain.stdout)).toHaveLength(1);
    const md = cli(['lint', '--pack', PACK, '--format', 'json', '--ext', '.md', '-'], text);
    expect(JSON.parse(md.stdout)).toEqual([]);
    expect(md.code).toBe(0);
  });

  it('scopes rules with --platform and --intent', () => {
    const text = 'Sorry again.\n';
    const generic = cli(['lint', '--pack', PACK, '--format', 'json', '-'], text);
    expect(JSON.parse(generic.stdout)).toEqual([]);
    const onX = cli(['lint', '--pack', PACK, '--platform', 'x', '--intent', 'complaint', '--format', 'json', '-'], text);
    expect(JSON.parse(onX.stdout)).toEqual([expect.objectContaining({ rule: 'Acme.Sorry', level: 'suggestion' })]);
    expect(onX.code).toBe(0);
  });
});

describe('parley lint: long documents', { timeout: CLI_TIMEOUT }, () => {
  it('lints past the engine’s per-draft limits (50,000 characters, 1,000 findings)', () => {
    const text = Array(3000).fill('We have no comment today.').join('\n\n') + '\n';
    const r = cli(['lint', '--pack', PACK, '--format', 'json', '--ext', '.md', '-'], text);
    const found = JSON.parse(r.stdout) as Array<{ line: number; column: number; start: number }>;
    expect(found).toHaveLength(3000);
    expect(found[2999]).toMatchObject({ line: 5999, column: 9, start: text.lastIndexOf('no comment') });
    expect(r.stderr).toMatch(/linted in \d+ parts/);
  });
});

describe('parley lint --format text / line', { timeout: CLI_TIMEOUT }, () => {
  it('text: file:line:column: level [Rule] message, sorted by position', () => {
    const r = cli(['lint', '--pack', PACK, `${FIX}emoji.txt`]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([
      `${FIX}emoji.txt:1:12: error [Acme.NoComment] Don't write 'no comment'.`,
      `${FIX}emoji.txt:2:18: warning [Acme.Email] Use 'email' instead of 'e-mail'.`,
    ]);
    expect(r.stderr).toContain('1 error(s), 1 warning(s), 0 suggestion(s) in 1 file(s).');
  });

  it("line: Vale's --output=line shape", () => {
    const r = cli(['lint', '--pack', PACK, '--format', 'line', `${FIX}emoji.txt`]);
    expect(lines(r.stdout)[0]).toBe(`${FIX}emoji.txt:1:12:Acme.NoComment:Don't write 'no comment'.`);
  });
});

describe('parley lint --vale-config', { timeout: CLI_TIMEOUT }, () => {
  const INI = `${VALE}.vale.ini`;

  it('loads the styles, applies section toggles and level overrides per file glob', () => {
    const r = cli(['lint', '--vale-config', INI, '--format', 'json', `${VALE}docs.md`, `${VALE}notes.txt`]);
    const [md, txt] = lines(r.stdout).map((l) => JSON.parse(l) as Array<{ rule: string; level: string; line: number; column: number }>);
    const hedgingMd = md!.filter((f) => f.rule === 'Demo.Hedging');
    expect(hedgingMd.map((f) => [f.line, f.column, f.level])).toEqual([
      [6, 1, 'error'],
      [6, 47, 'error'],
    ]);
    expect(txt!.find((f) => f.rule === 'Demo.Hedging')).toMatchObject({ level: 'warning', line: 1, column: 13 });
    // [*.{md,txt}] Vale.Repetition = warning; vocabulary rules from Vocab = Demo.
    expect(md!.find((f) => f.rule === 'Vale.Repetition')).toMatchObject({ level: 'warning', line: 12 });
    expect(md!.find((f) => f.rule === 'Vale.Avoid')).toMatchObject({ level: 'error', line: 12 });
    expect(md!.find((f) => f.rule === 'Vale.Terms')).toMatchObject({ line: 4 });
    // Front matter and code never reach the rules.
    expect(md!.every((f) => f.line >= 4 && ![8, 9, 10].includes(f.line))).toBe(true);
    expect(r.code).toBe(1);
  });

  it('MinAlertLevel hides findings below it', () => {
    const r = cli(['lint', '--vale-config', `${VALE}errors-only.ini`, '--format', 'json', `${VALE}notes.txt`]);
    const found = JSON.parse(r.stdout) as Array<{ level: string }>;
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.level === 'error')).toBe(true);
  });

  it('without MinAlertLevel, hides suggestions as Vale does; --min-alert-level overrides', () => {
    const text = 'This sentence has no hedging but it has many words so that it goes on and on and on for much longer than twenty five words.\n';
    const ini = `${VALE}no-min-level.ini`;
    expect(JSON.parse(cli(['lint', '--vale-config', ini, '--format', 'json', '-'], text).stdout)).toEqual([]);
    const shown = JSON.parse(cli(['lint', '--vale-config', ini, '--min-alert-level', 'suggestion', '--format', 'json', '-'], text).stdout);
    expect(shown).toEqual([expect.objectContaining({ rule: 'Demo.SentenceLength', level: 'suggestion' })]);
  });

  it('combines with --pack: rules of both', () => {
    const r = cli(['lint', '--pack', PACK, '--vale-config', INI, '--format', 'json', '-'], 'Maybe no comment.\n');
    const rules = (JSON.parse(r.stdout) as Array<{ rule: string }>).map((f) => f.rule).sort();
    expect(rules).toEqual(['Acme.NoComment', 'Demo.Hedging']);
  });

  it('lists rules it cannot check on stderr', () => {
    const r = cli(['lint', '--vale-config', INI, `${VALE}notes.txt`]);
    expect(r.stderr).toContain('note: Demo.Spelling not checked: spelling rules are not supported: no Hunspell dictionaries in the extension');
  });
});

describe('parley usage errors (exit 2)', { timeout: CLI_TIMEOUT }, () => {
  it.each([
    [['frobnicate']],
    [[]],
    [['pack', 'publish', 'x']],
    [['lint', `${FIX}clean.txt`, '--vale-config', `${FIX}missing.ini`]],
    [['lint', '--pack', `${FIX}missing.json`, `${FIX}clean.txt`]],
    [['lint', '--pack', PACK, `${FIX}missing.txt`]],
    [['lint', '--pack', PACK, '--platform', 'myspace', `${FIX}clean.txt`]],
    [['lint', '--pack', PACK, '--intent', 'gossip', `${FIX}clean.txt`]],
    [['lint', '--pack', PACK, '--format', 'xml', `${FIX}clean.txt`]],
    [['lint', '--pack', PACK, '--colour', `${FIX}clean.txt`]],
    [['lint', '--pack', PACK, '--min-alert-level', 'loud', `${FIX}clean.txt`]],
  ])('%j', (args) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^parley: /);
    expect(r.stdout).toBe('');
  });

  it('an invalid pack is exit 1, not a usage error', () => {
    const r = cli(['lint', '--pack', `${FIX}invalid-pack.json`, `${FIX}clean.txt`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('invalid pack');
  });
});
