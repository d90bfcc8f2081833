import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const rule = { kind: 'consistency', message: "Inconsistent spelling of '%s'.", either: { advisor: 'adviser', 'e-?mail': 'electronic mail' }, ignorecase: true };

describe('consistency', () => {
  it('reports the occurrence that completes a pair, once per block; %s is its text', () => {
    const f = run(rule, 'Ask your advisor. The adviser will answer.');
    expect(f).toMatchObject([{ match: 'adviser', message: "Inconsistent spelling of 'adviser'.", suggestions: ['advisor'] }]);
  });

  it('one form alone is consistent', () => {
    expect(run(rule, 'Ask your advisor. The advisor will answer.')).toEqual([]);
  });

  it('works across blocks (state is draft-wide)', () => {
    const f = run(rule, 'Email us.\n\nOr send electronic mail.\n\nEmail is best.');
    expect(f.map((x) => x.match)).toEqual(['electronic mail', 'Email']);
  });
});
