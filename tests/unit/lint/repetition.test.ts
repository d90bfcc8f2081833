import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const base = { kind: 'repetition', message: "'%s' is repeated.", tokens: ['[^\\s]+'] };

describe('repetition', () => {
  it('reports a token equal to the one before it, spanning both; %s is the token', () => {
    const f = run(base, 'Thanks for for the help.');
    expect(f).toMatchObject([{ match: 'for for', message: "'for' is repeated.", suggestions: ['for'] }]);
  });

  it('compares case-insensitively only with ignorecase', () => {
    expect(run(base, 'The the end')).toEqual([]);
    expect(run({ ...base, ignorecase: true }, 'The the end').map((f) => f.match)).toEqual(['The the']);
  });

  it('does not report a repeat that crosses a sentence boundary', () => {
    expect(run({ ...base, tokens: ['\\p{L}+'], ignorecase: true }, 'I said no. No way.')).toEqual([]);
  });

  it('as in Vale, what lies between two matches does not matter within one sentence', () => {
    expect(run({ ...base, tokens: ['\\p{L}+'] }, 'the, the end').map((f) => f.match)).toEqual(['the, the']);
  });

  it('alpha only counts tokens made of letters', () => {
    expect(run({ ...base, alpha: true }, 'Call 1 1 now')).toEqual([]);
    expect(run(base, 'Call 1 1 now')).toHaveLength(1);
  });

  it('max sets how many repeats are allowed', () => {
    expect(run({ ...base, max: 1 }, 'very very good')).toEqual([]);
    expect(run({ ...base, max: 1 }, 'very very very good')).toHaveLength(1);
  });

  it('exceptions', () => {
    expect(run({ ...base, exceptions: ['bye bye'] }, 'bye bye now')).toEqual([]);
  });

  it('applying the suggestion removes the repeat', () => {
    const text = 'We are are sorry.';
    const [f] = run(base, text);
    const fixed = text.slice(0, f!.start) + f!.suggestions[0] + text.slice(f!.end);
    expect(fixed).toBe('We are sorry.');
    expect(run(base, fixed)).toEqual([]);
  });
});
