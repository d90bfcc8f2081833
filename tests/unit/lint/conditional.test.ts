import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const acronyms = {
  kind: 'conditional',
  message: "'%s' has no definition.",
  first: '\\b([A-Z]{3,5})\\b',
  second: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)',
  exceptions: ['FAQ'],
};

describe('conditional', () => {
  it('a use after its definition is fine', () => {
    expect(run(acronyms, 'The World Health Organization (WHO) says so. The WHO also says this.')).toEqual([]);
  });

  it('within one block, definitions are collected before uses are checked', () => {
    expect(run(acronyms, 'The WHO says so, said the World Health Organization (WHO).')).toEqual([]);
  });

  it('across blocks, a use before its definition is reported; %s is the match', () => {
    const f = run(acronyms, 'The WHO says so.\n\nThe World Health Organization (WHO) agrees.');
    expect(f).toMatchObject([{ match: 'WHO', start: 4, message: "'WHO' has no definition." }]);
  });

  it('undefined uses are reported, exceptions are not', () => {
    expect(run(acronyms, 'See the FAQ and the NHS site.').map((f) => f.match)).toEqual(['NHS']);
  });

  it('without a capture group in `second`, `first` needs `second` somewhere in the same block', () => {
    const rule = { kind: 'conditional', message: '%s', first: '\\bsorry\\b', second: '\\bwill\\b', ignorecase: true };
    expect(run(rule, 'Sorry about that.')).toHaveLength(1);
    expect(run(rule, 'Sorry about that, we will fix it.')).toEqual([]);
  });
});
