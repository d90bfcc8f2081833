import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../src/core/lint/compile';
import { CTX, pack, rule, run } from './helpers';

const avg = { kind: 'metric', message: 'Average sentence length is %s words.', formula: 'words / sentences', condition: '> 5' };

describe('metric', () => {
  it('evaluates the formula over the whole draft and reports once; %s has two decimals', () => {
    const f = run({ ...avg, condition: '>= 5' }, 'One two three four five six seven. Eight nine ten.');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toBe('Average sentence length is 5.00 words.');
    expect(f[0]!.context).toEqual({ start: 0, end: 50 });
  });

  it('two decimals, as Vale prints %.2f', () => {
    expect(run({ ...avg, condition: '> 1' }, 'One two three four. Five six seven.')[0]!.message).toBe('Average sentence length is 3.50 words.');
    expect(run(avg, 'Short one. Another short one.')).toEqual([]);
  });

  it('knows syllables, long and complex words and readability formulas with math functions', () => {
    const fk = { kind: 'metric', message: '%s', formula: '(0.39 * (words / sentences)) + (11.8 * (syllables / words)) - 15.59', condition: '> -100' };
    const msg = run(fk, 'The cat sat on the mat.')[0]!.message;
    expect(msg).toMatch(/^-?\d+\.\d\d$/);
    const lix = { kind: 'metric', message: '%s', formula: 'words / sentences + (long_words * 100) / words', condition: '> 0' };
    expect(run(lix, 'Extraordinary circumstances happen.')[0]!.message).toBe('69.67');
    expect(run({ kind: 'metric', message: '%s', formula: 'math.sqrt(words)', condition: '== 2' }, 'one two three four')[0]!.message).toBe('2.00');
  });

  it('integer literals divide as integers (Tengo); variables are floats', () => {
    expect(run({ kind: 'metric', message: '%s', formula: '1 / 2 + words * 0', condition: '== 0' }, 'word')[0]!.message).toBe('0.00');
  });

  it('counts blocks of each kind (heading_h1 …, list, pre, paragraphs)', () => {
    const text = '# Title\n\n- item\n\nA paragraph here.';
    const blocks = [
      { kind: 'heading' as const, level: 1, start: 2, end: 7 },
      { kind: 'list' as const, start: 11, end: 15 },
      { kind: 'paragraph' as const, start: 17, end: text.length },
    ];
    const f = run({ kind: 'metric', message: '%s', formula: 'heading.h1 * 100 + list * 10 + paragraphs', condition: '> 0' }, text, {}, { blocks });
    expect(f[0]!.message).toBe('111.00');
  });

  it('a draft without words is not judged', () => {
    expect(run({ ...avg, condition: '>= 0' }, '!!! ...')).toEqual([]);
  });

  it('an unknown variable makes the rule unsupported, with the reason', () => {
    const p = pack(rule({ ...avg, formula: 'words / sentences' }));
    (p.rules[0] as { formula: string }).formula = 'wordz / 2';
    const compiled = compilePack(p);
    expect(compiled.unsupported).toEqual(['Test.Rule']);
    expect(compiled.problems[0]!.reason).toContain('"wordz" is not a metric variable');
    expect(CTX.locale).toBe('en');
  });
});
