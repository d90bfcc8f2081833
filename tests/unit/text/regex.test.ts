import { describe, expect, it } from 'vitest';
import { compileVale, toJsRegex, translate } from '../../../src/core/text/regex';

const all = (pattern: string, text: string, init = {}) => [...text.matchAll(compileVale(pattern, init))].map((m) => m[0]);

describe('Vale regex translation', () => {
  it('applies a mid-pattern (?i) to the rest of its group, as Go and .NET do', () => {
    expect(all('a(?i)b|c', 'aB C ab AB')).toEqual(['aB', 'C', 'ab']);
    expect(all('(?:x(?i)y)z', 'xYz xYZ')).toEqual(['xYz']);
  });

  it('translates (?i:…), (?-i:…), (?s), (?U), (?x) and (?n)', () => {
    expect(all('(?i:ab)c', 'ABc ABC')).toEqual(['ABc']);
    expect(all('(?i)x(?-i:Y)', 'xY XY Xy')).toEqual(['xY', 'XY']);
    expect(all('(?s)a.b', 'a\nb')).toEqual(['a\nb']);
    expect(all('a.b', 'a\nb')).toEqual([]);
    expect(all('(?U)a+', 'aaa')).toEqual(['a', 'a', 'a']);
    expect(all('(?x) a  b  # comment', 'ab')).toEqual(['ab']);
    expect(translate('(?n)(a)').hasOwnProperty('error')).toBe(false);
  });

  it('turns ignore-case into the i flag when the whole pattern agrees, and spells out letters when it does not', () => {
    expect(toJsRegex('(?i)foo')).toEqual({ source: 'foo', ignoreCase: true });
    expect(toJsRegex('x(?i)y')).toEqual({ source: 'x[yY]', ignoreCase: false });
  });

  it('with ignore-case, \\p{Lu} matches lower case too (as in Vale); (?-i:\\p{Lu}) requires a capital', () => {
    expect(all('(?i)\\p{Lu}x', 'ax Ax')).toEqual(['ax', 'Ax']);
    expect(all('(?i)(?-i:\\p{Lu})x', 'ax AX')).toEqual(['AX']);
  });

  it('translates \\A, \\z, \\Z and Go\'s ^ and $ (text edges unless (?m))', () => {
    expect(all('\\Aa', 'a\na')).toEqual(['a']);
    expect(all('a\\z', 'a\na')).toEqual(['a']);
    expect(all('a\\Z', 'a\na\n')).toEqual(['a']);
    expect(all('^a$', 'a\na')).toEqual([]);
    expect(all('^a$', 'a\na', { m: true })).toEqual(['a', 'a']);
  });

  it('translates named groups, POSIX classes, \\Q…\\E, \\pL, scripts, hex, octal and escaped punctuation', () => {
    expect(all('(?P<w>o)(?P=w)', 'foo')).toEqual(['oo']);
    expect(all("(?'w'o)\\k<w>", 'foo')).toEqual(['oo']);
    expect(all('[[:alpha:]]+', 'Grüße 42')).toEqual(['Grüße']);
    expect(all('[[:digit:][:space:]]+', 'a 4 2b')).toEqual([' 4 2']);
    expect(all('\\Qa.b*\\E', 'a.b* axb')).toEqual(['a.b*']);
    expect(all('\\pL+', 'ab1')).toEqual(['ab']);
    expect(all('\\p{Greek}+', 'abc αβγ')).toEqual(['αβγ']);
    expect(all('\\p{^L}+', 'ab12')).toEqual(['12']);
    expect(all('\\x{41}\\x42\\101', 'ABA')).toEqual(['ABA']);
    expect(all("don\\'t \\#1", "don't #1")).toEqual(["don't #1"]);
    expect(all('a{', 'a{')).toEqual(['a{']);
  });

  it('numbers backreferences the .NET way: unnamed groups first, then named ones', () => {
    expect(all('(?<n>a)(b)\\1', 'abb aba')).toEqual(['abb']);
  });

  it('word boundaries and \\w are Unicode-aware', () => {
    expect(all('\\bför\\b', 'förstår för')).toEqual(['för']);
    expect(all('\\w+', 'Malmö café\u0301')).toEqual(['Malmö', 'café\u0301']);
    expect(all('\\bcafe\\b', 'cafe\u0301')).toEqual([]);
  });

  it('reports what JavaScript lacks instead of dropping it', () => {
    for (const p of ['(?>a)', 'a++', 'a*+', '(?(1)a|b)', '(?R)', '(?<a-b>x)', '[a-z-[aeiou]]', '\\Ga', '\\p{IsGreek}']) {
      const t = translate(p);
      expect('error' in t ? t.error : '', p).toMatch(/feature JavaScript lacks/);
    }
  });

  it('reports broken patterns as invalid', () => {
    for (const p of ['(a', 'a)', '[a', '*a', 'a**', '\\y', '\\1', 'x{3,2}']) {
      const t = translate(p);
      expect('error' in t ? t.error : '', p).toMatch(/is not a valid regular expression/);
    }
  });
});
