import { describe, expect, it } from 'vitest';
import { examplePlatforms, runPackExamples } from '../../../src/core/pack/examples';
import { PLATFORMS } from '../../../src/core/pack/schema';
import { pack, rule } from './helpers';

describe('pack examples', () => {
  const length = (examples: { bad: string[]; good: string[] }) =>
    rule({ kind: 'length', message: '%s > %s', max: 1000, perPlatform: { x: 10 }, when: { platforms: ['x', 'linkedin'] }, examples });

  it('checks each example on every platform the rule is scoped to (or all platforms)', () => {
    expect(examplePlatforms(pack(length({ bad: ['x'], good: ['y'] })).rules[0]!)).toEqual(['x', 'linkedin']);
    expect(examplePlatforms(pack(rule({ kind: 'existence', tokens: ['a'] })).rules[0]!)).toEqual(PLATFORMS);
  });

  it('a bad example must be flagged on at least one of them', () => {
    const r = runPackExamples(pack(length({ bad: ['longer than ten characters'], good: ['short'] })));
    expect(r.failures).toEqual([]);
    expect(r.checked).toBe(2);
  });

  it('a good example must be clean on all of them; the failure names where it was flagged', () => {
    const r = runPackExamples(pack(length({ bad: ['longer than ten characters'], good: ['also longer than ten'] })));
    expect(r.failures).toEqual([{ rule: 'Test.Rule', example: 'also longer than ten', expected: 'clean', platforms: ['x'] }]);
  });

  it('a bad example flagged nowhere fails', () => {
    const r = runPackExamples(pack(rule({ kind: 'existence', tokens: ['never'], examples: { bad: ['not here'], good: ['fine'] } })));
    expect(r.failures).toMatchObject([{ example: 'not here', expected: 'flagged' }]);
  });
});
