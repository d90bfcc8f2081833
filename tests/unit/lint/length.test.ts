import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const rule = { kind: 'length', message: '%s characters; the limit is %s.', max: 20, perPlatform: { x: 10 } };

describe('length', () => {
  it('counts characters (code points) of the trimmed draft against the platform limit', () => {
    expect(run(rule, '  twelve chars  ', { platform: 'x' })).toHaveLength(1);
    expect(run(rule, '  twelve chars  ')).toEqual([]);
    expect(run(rule, '🎉'.repeat(10), { platform: 'x' })).toEqual([]);
  });

  it('points at the part beyond the limit; %s is length then limit', () => {
    const text = '0123456789abcdef';
    const [f] = run(rule, text, { platform: 'x' });
    expect(f).toMatchObject({ start: 10, end: 16, match: 'abcdef', message: '16 characters; the limit is 10.' });
  });

  it('does not split an emoji at the cut', () => {
    const text = '🎉'.repeat(12);
    const [f] = run(rule, text, { platform: 'x' });
    expect(f!.start).toBe(20);
    expect(f!.match).toBe('🎉🎉');
  });
});
