import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../fast-check-seed';
import { backtrackingRisk, isSimplePattern } from '../../../src/core/pack/regex-check';
import { translate } from '../../../src/core/text/regex';

/** The full analysis the shortcuts stand in for. */
function fullVerdict(pattern: string, init: { i?: boolean; m?: boolean } = {}): { error: boolean; risk: string | null } {
  const t = translate(pattern, init);
  return 'error' in t ? { error: true, risk: null } : { error: false, risk: backtrackingRisk(t.parsed.ast) };
}

// Letters (with case, accents, a combining mark, an astral letter), digits, the plain punctuation,
// and the syntax simple patterns use, plus some that they must not accept.
const literal = fc.constantFrom('a', 'B', 'ö', 'é', '\u0301', '𝐀', '7', ' ', "'", '’', ',', '-');
const unit = fc.oneof(literal, fc.constantFrom('(?:', '(', ')', '|', '?', ':', '??', '*', '.', '[a]', '\\w'));
const { alt } = fc.letrec<{ alt: string; item: string }>((tie) => ({
  alt: fc.array(fc.array(tie('item'), { minLength: 1, maxLength: 4 }).map((items) => items.join('')), { minLength: 1, maxLength: 3 }).map((alts) => alts.join('|')),
  item: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal.map(String),
    fc.tuple(literal, fc.boolean()).map(([l, q]) => l + (q ? '?' : '')),
    fc.tuple(tie('alt'), fc.boolean()).map(([a, q]) => `(?:${a})${q ? '?' : ''}`),
  ),
}));
// Well-formed simple patterns, the same with one unit inserted anywhere, and unit soup.
const patterns = fc.oneof(
  alt,
  fc.tuple(alt, unit, fc.nat()).map(([p, u, at]) => p.slice(0, at % (p.length + 1)) + u + p.slice(at % (p.length + 1))),
  fc.array(unit, { maxLength: 14 }).map((units) => units.join('')),
);

describe('patterns that skip the regex analysis', () => {
  it.each(['leverera (?:en |ett |er )?plats', '(?:die |den |das )?Verbindung performen', 'optimal Empfang(?:e|en|n|s)?', 'no comment', 'a ?b', '(?:a|(?:b|c)?d)e'])('%s is simple', (p) => {
    expect(isSimplePattern(p)).toBe(true);
  });

  it.each(['(a)', '(?:)', '(?:a|)', '|a', 'a??', '?a', 'a:b', '(?:a', 'a)', '(?i)a', 'a*', '[ab]', 'a.b'])('%s is not', (p) => {
    expect(isSimplePattern(p)).toBe(false);
  });

  it('only ever vouches for patterns the full analysis accepts', () => {
    fc.assert(
      fc.property(patterns, fc.boolean(), fc.boolean(), (p, i, m) => {
        if (!isSimplePattern(p)) return;
        expect(fullVerdict(p, { i, m })).toEqual({ error: false, risk: null });
      }),
      { numRuns: 3000 },
    );
  });

  it('finds no backtracking risk in a pattern without *, + or {', () => {
    const risky = fc.array(fc.constantFrom('a', 'b', '(', ')', '(?:', '|', '?', '??', '\\1', '(?=', '\\b', '.', '[ab]', '\\w', '^', '$', '(?i)', '\\Q', '\\E'), { maxLength: 14 });
    fc.assert(
      fc.property(risky, (units) => {
        expect(fullVerdict(units.join('')).risk).toBeNull();
      }),
      { numRuns: 3000 },
    );
    // …and the same alphabet with a loop does find risks, so the property is not vacuous.
    expect(fullVerdict('(?:a|a)*').risk).not.toBeNull();
  });
});
