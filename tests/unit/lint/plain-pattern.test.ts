import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../fast-check-seed';
import { parseRegex } from '../../../src/core/text/regex-ast';
import { expand } from '../../../src/core/lint/literals';
import { expandPlain, isPlainPattern, plainAlternatives } from '../../../src/core/lint/plain-pattern';

// Plain patterns: words, marks, digits, spaces, apostrophes, commas and hyphens, optional
// characters and non-capturing groups of alternatives, nested.
const letter = fc.constantFrom('a', 'B', 'é', 'ß', 'Ω', '7', ' ', '-', "'", '’', ',', 'e\u0301', '中', '𝒜', 'İ');
const plain: fc.Arbitrary<string> = fc.letrec((tie) => ({
  item: fc.oneof({ depthSize: 'small' }, letter, letter.map((l) => `${l}?`), tie('group')),
  seq: fc.array(tie('item'), { minLength: 1, maxLength: 6 }).map((items) => (items as string[]).join('')),
  group: fc
    .tuple(fc.array(tie('seq'), { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([alts, optional]) => `(?:${(alts as string[]).join('|')})${optional ? '?' : ''}`),
  pattern: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((alts) => (alts as string[]).join('|')),
})).pattern as fc.Arbitrary<string>;

describe('plain patterns, read without a tree', () => {
  it('list the strings `expand` lists from the parsed tree, alternative by alternative, in the same order and case handling', () => {
    fc.assert(
      fc.property(plain, fc.boolean(), fc.constantFrom(4, 16, 64, 512), (p, i, cap) => {
        if (!isPlainPattern(p)) return;
        const parsed = parseRegex(p, { i, m: true });
        if ('error' in parsed) throw new Error(`${p}: ${parsed.error}`);
        const units = parsed.ast.t === 'alt' ? parsed.ast.alts : [parsed.ast];
        const alternatives = plainAlternatives(p);
        expect(alternatives).toHaveLength(units.length);
        alternatives.forEach((alt, k) => expect(expandPlain(alt, i, cap)).toEqual(expand(units[k]!, cap)));
        // A whole pattern (a swap key) is its alternatives one after another.
        expect(expandPlain(p, i, cap)).toEqual(expand({ t: 'group', capture: true, body: parsed.ast }, cap));
      }),
      { numRuns: 3000 },
    );
  });

  it('spell out optional parts the way the regex tries them: with them first', () => {
    expect(expandPlain('leverera (?:en |ett )?plats', false, 64)?.map((e) => e.text)).toEqual(['leverera en plats', 'leverera ett plats', 'leverera plats']);
    expect(expandPlain('colou?r', true, 64)).toEqual([
      { text: 'colour', fold: true },
      { text: 'color', fold: true },
    ]);
    expect(expandPlain('2026', true, 64)).toEqual([{ text: '2026', fold: null }]);
    // An optional character outside the BMP is both halves of its surrogate pair.
    expect(expandPlain('x𝒜?', true, 64)?.map((e) => e.text)).toEqual(['x𝒜', 'x']);
    expect(expandPlain('(?:a|b)(?:c|d)(?:e|f)', true, 4)).toBeNull();
  });
});
