import { describe, expect, it } from 'vitest';
import { regexProblem } from '../../../src/core/pack/regex-check';
import { pack, rule } from '../lint/helpers';

describe('catastrophic backtracking check', () => {
  it.each([
    ['(a+)+', 'itself repeats'],
    ['(a*)*', 'match nothing'],
    ['(\\w+\\s?)+$', 'itself repeats'],
    ['(?:\\d+[.,]?)*x', 'itself repeats'],
    ['(a|a)*', 'alternatives'],
    ['(\\w|\\d)+', 'alternatives'],
    ['(a|ab)*c', 'alternatives'],
    ['(?i)(?:A|a)+', 'alternatives'],
    ['(a?a)+', 'optional part'],
    ['(?:a{1,2})+', 'itself repeats'],
    ['(?:\\w+\\s?){1,30}', 'itself repeats'],
    ['(\\w+)(?:\\s+\\1)+', 'backreference'],
    ['(?=(a+)+b)', 'itself repeats'],
  ])('refuses %s', (pattern, why) => {
    expect(regexProblem(pattern)).toContain(why);
    expect(regexProblem(pattern)).toContain('exponential time');
  });

  it.each(['no comment', '\\p{L}+', '(?:\\w+ )+', '\\d{1,3}(?:[.,]\\d{3})+', '(?:,? \\w+)+', '(?:[-\\s]?\\d)+', '(?:a|b)+', '(?:\\w+ )?(?:\\w+ )?', "[\\p{L}\\p{N}'’-]+", '\\w+\\w+'])('accepts %s', (pattern) => {
    expect(regexProblem(pattern)).toBeNull();
  });

  it('is applied at validation to every pattern field, with a message naming the rule', () => {
    expect(() => pack(rule({ kind: 'existence', tokens: ['ok'], exceptions: ['(a+)+'] }))).toThrow(/exceptions\[0\]: rule Test.Rule: the pattern "\(a\+\)\+"/);
    expect(() => pack(rule({ kind: 'capitalization', match: '(x*)*', scope: 'heading' }))).toThrow(/rule Test.Rule/);
    expect(() => pack(rule({ kind: 'sequence', tokens: [{ pattern: '(a|a)+' }] }))).toThrow(/rule Test.Rule/);
    expect(() => pack(rule({ kind: 'personal-data', detect: ['email'], exceptions: ['(.*)*@x.org'] }))).toThrow(/rule Test.Rule/);
    expect(() => pack(rule({ kind: 'metric', formula: 'wordz', condition: '> 1' }))).toThrow(/"wordz" is not a metric variable/);
  });
});
