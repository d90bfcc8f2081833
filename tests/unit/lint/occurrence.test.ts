import { describe, expect, it } from 'vitest';
import { run } from './helpers';

describe('occurrence', () => {
  const words = { kind: 'occurrence', message: 'This sentence has %s words.', scope: 'sentence', token: '[^\\s]+', max: 4 };

  it('counts matches per scoped block and reports above max; %s is the count', () => {
    const text = 'One two three four five. Six seven.';
    const f = run(words, text);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toBe('This sentence has 5 words.');
    // As in Vale, the finding sits on the first match; the judged sentence is in `context`.
    expect(f[0]).toMatchObject({ match: 'One', context: { start: 0, end: 24 } });
  });

  it('reports below min, on the block\'s first word when nothing matched', () => {
    const rule = { kind: 'occurrence', message: '%s questions.', token: '\\?', min: 1 };
    const f = run(rule, 'No question here.');
    expect(f).toMatchObject([{ match: 'No', message: '0 questions.' }]);
    expect(run(rule, 'Any question?')).toEqual([]);
  });

  it('bounds of 0 do not apply', () => {
    expect(run({ ...words, max: 0, min: 1 }, 'One two three four five six seven.')).toEqual([]);
  });

  it('ignorecase', () => {
    const rule = { kind: 'occurrence', message: '%s', token: '\\bsorry\\b', max: 1 };
    expect(run({ ...rule, ignorecase: true }, 'Sorry, so sorry.')).toHaveLength(1);
    expect(run(rule, 'Sorry, so sorry.')).toEqual([]);
  });

  it('scope text counts per paragraph', () => {
    const rule = { kind: 'occurrence', message: '%s', token: '!', max: 1 };
    expect(run(rule, 'Hi! Yes!\n\nOk!')).toHaveLength(1);
    expect(run({ ...rule, scope: 'summary' }, 'Hi!\n\nOk!')).toHaveLength(1);
  });
});
