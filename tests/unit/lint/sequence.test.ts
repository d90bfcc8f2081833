import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../src/core/lint/compile';
import { pack, rule, run } from './helpers';

describe('sequence', () => {
  it('matches patterns word by word within a sentence; %[n]s is the n-th word', () => {
    const r = { kind: 'sequence', message: "Use 'an' before '%[2]s'.", tokens: [{ pattern: '^a$' }, { pattern: '^[aeiou]' }], ignorecase: true };
    expect(run(r, 'We saw a apple and a pear.')).toMatchObject([{ match: 'a apple', message: "Use 'an' before 'apple'." }]);
  });

  it('negate inverts a token', () => {
    const r = { kind: 'sequence', message: '%s %s', tokens: [{ pattern: '^an$' }, { pattern: '^[aeiou]', negate: true }] };
    expect(run(r, 'an pear, an apple').map((f) => f.match)).toEqual(['an pear']);
  });

  it('skip allows up to n words before the next token', () => {
    const r = { kind: 'sequence', message: '%s', tokens: [{ pattern: '^not$' }, { skip: 2 }, { pattern: '^un' }] };
    expect(run(r, 'It is not very unusual.').map((f) => f.match)).toEqual(['not very unusual']);
    expect(run(r, 'It is not at all very unusual.')).toEqual([]);
  });

  it('tags come from a small English tagger (Penn tags, searched like Vale)', () => {
    const r = { kind: 'sequence', message: 'Passive: %s', tokens: [{ tag: 'MD' }, { pattern: '^be$' }, { tag: 'VBN' }] };
    expect(run(r, 'It will be fixed tomorrow.').map((f) => f.match)).toEqual(['will be fixed']);
    expect(run(r, 'We will fix it tomorrow.')).toEqual([]);
  });

  it('rules with tags are unsupported outside English, with a reason', () => {
    const p = pack(rule({ kind: 'sequence', when: { locales: ['de'] }, tokens: [{ pattern: 'wird' }, { tag: 'VBN' }] }));
    const compiled = compilePack(p);
    expect(compiled.unsupported).toEqual(['Test.Rule']);
    expect(compiled.problems[0]!.reason).toMatch(/only approximates for English/);
  });
});
