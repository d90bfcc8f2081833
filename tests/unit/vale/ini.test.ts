import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { globMatches, globToRegExp, parseValeIni, selectRules, settingsFor, stylesNamed, type ImportedRule } from '../../../src/core/vale';
import { FIXTURES } from './helpers';

describe('.vale.ini', () => {
  const config = parseValeIni(readFileSync(`${FIXTURES}.vale.ini`, 'utf8'));

  it('reads core settings and sections in order', () => {
    expect(config).toMatchObject({ stylesPath: 'styles', minAlertLevel: 'suggestion', vocab: ['Demo'], problems: [] });
    expect(config.sections.map((s) => s.glob)).toEqual(['*', '*.md', '*.{md,txt}']);
    expect(stylesNamed(config).sort()).toEqual(['Demo', 'Vale']);
  });

  it('applies [*] first, then every matching section; later settings win', () => {
    expect(settingsFor(config, ['docs/a.md'])).toEqual({
      styles: ['Vale', 'Demo'],
      checks: { 'Demo.SentenceLength': true, 'Demo.Hedging': true, 'Vale.Repetition': true },
      levels: { 'Demo.Hedging': 'error', 'Vale.Repetition': 'warning' },
    });
    expect(settingsFor(config, ['notes.txt'])).toEqual({
      styles: ['Vale', 'Demo'],
      checks: { 'Demo.SentenceLength': false, 'Vale.Repetition': true },
      levels: { 'Vale.Repetition': 'warning' },
    });
    expect(settingsFor(config, ['page.html']).checks).toEqual({ 'Demo.SentenceLength': false });
  });

  it('handles comments, quotes, shadowed keys, [formats] and bad values', () => {
    const c = parseValeIni(
      [
        '; comment',
        'StylesPath = "../styles" # trailing comment',
        'MinAlertLevel = loud',
        'Packages = Google',
        '[formats]',
        'mdx = md',
        '[*.md]',
        'BasedOnStyles = Google',
        'BasedOnStyles = write-good, Google',
        'Google.Headings = NO',
        'Google.WordList = maybe',
        'TokenIgnores = (\\$+[^\\n$]+\\$+)',
        'not a key value line',
      ].join('\n'),
    );
    expect(c.stylesPath).toBe('../styles');
    expect(c.minAlertLevel).toBeUndefined();
    expect(c.formats).toEqual({ mdx: 'md' });
    expect(c.sections[0]).toMatchObject({ glob: '*.md', basedOnStyles: ['Google', 'write-good'], checks: { 'Google.Headings': false } });
    expect(c.ignored).toEqual(['Packages', '[*.md] TokenIgnores']);
    expect(c.problems).toHaveLength(3);
  });

  it('selects rules by style and toggles, with level overrides', () => {
    const rule = (id: string): ImportedRule => ({ vocab: true, rule: { id, kind: 'existence', level: 'warning', message: 'm', why: 'w', examples: { bad: ['x'], good: ['y'] } } });
    const rules = [rule('Demo.A'), rule('Demo.B'), rule('Other.C'), rule('Other.D')];
    const picked = selectRules(rules, { styles: ['Demo'], checks: { 'Demo.B': false, 'Other.C': true }, levels: { 'Other.C': 'error' } });
    expect(picked.map((r) => [r.id, r.level])).toEqual([
      ['Demo.A', 'warning'],
      ['Other.C', 'error'],
    ]);
  });
});

describe('section globs', () => {
  it('matches like Vale: * spans folders, {a,b} alternatives, [..] classes', () => {
    expect(globMatches('*', ['anything/at/all.txt'])).toBe(true);
    expect(globMatches('*.md', ['docs/guide/a.md'])).toBe(true);
    expect(globMatches('*.md', ['a.mdx'])).toBe(false);
    expect(globMatches('*.{md,txt}', ['a.txt'])).toBe(true);
    expect(globMatches('*.{md,txt}', ['a.rst'])).toBe(false);
    expect(globMatches('docs/**/*.md', ['docs/x/y.md'])).toBe(true);
    expect(globMatches('[!_]*.md', ['_draft.md'])).toBe(false);
    expect(globMatches('file?.md', ['file1.md'])).toBe(true);
    expect(globToRegExp('a.b+c').test('a.b+c')).toBe(true);
    expect(globToRegExp('a.b+c').test('aXb+c')).toBe(false);
  });
});
