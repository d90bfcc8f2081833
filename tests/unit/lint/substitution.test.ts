import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers';

const base = { kind: 'substitution', message: "Use '%s' instead of '%s'." };

describe('substitution', () => {
  it("fills %s with (preferred, observed), in that order", () => {
    const f = run({ ...base, swap: { mankind: 'human kind' } }, 'For all mankind.');
    expect(brief(f)).toEqual([['mankind', "Use 'human kind' instead of 'mankind'."]]);
    expect(f[0]!.suggestions).toEqual(['human kind']);
  });

  it('offers every alternative of "a|b", listed with "or"', () => {
    const f = run({ ...base, swap: { 'in order to': 'to|so as to' } }, 'We did it in order to help.');
    expect(f[0]!.message).toBe("Use 'to' or 'so as to' instead of 'in order to'.");
    expect(f[0]!.suggestions).toEqual(['to', 'so as to']);
    const plain = run({ kind: 'substitution', message: 'Prefer %s over %s.', swap: { utilise: 'use' } }, 'We utilise it.');
    expect(plain[0]!.message).toBe("Prefer 'use' over utilise.");
  });

  it('skips a match that already is the preferred form (exact for phrases, a pattern otherwise)', () => {
    const rule = { ...base, ignorecase: true, swap: { javascript: 'JavaScript' } };
    expect(run(rule, 'JavaScript and javascript and JAVASCRIPT').map((f) => f.match)).toEqual(['javascript', 'JAVASCRIPT']);
    const pattern = { ...base, ignorecase: true, swap: { 'e-?mail': 'e-?mail|mail' } };
    expect(run(pattern, 'email, E-Mail')).toEqual([]);
  });

  it('every key is its own alternative; the first key that matches at a position wins', () => {
    const f = run({ ...base, swap: { 'at this point in time': 'now', 'at this point': 'here' } }, 'At this point in time and at this point in time.', { locale: 'en' });
    expect(f.map((x) => x.match)).toEqual(['at this point in time']);
  });

  it('$1 in the preferred form is the key\'s own first group', () => {
    const f = run({ ...base, swap: { '(\\w+)-mail': '$1mail' } }, 'Send an e-mail.');
    expect(f[0]!.suggestions).toEqual(['email']);
    expect(f[0]!.message).toBe("Use 'email' instead of 'e-mail'.");
  });

  it('capitalize adapts the suggestion to a capitalised match', () => {
    const f = run({ ...base, ignorecase: true, capitalize: true, swap: { 'in order to': 'to' } }, 'In order to help, in order to win.');
    expect(f.map((x) => x.suggestions[0])).toEqual(['To', 'to']);
  });

  it('exceptions and nonword apply', () => {
    expect(run({ ...base, swap: { '\\w+ize': 'ise' }, exceptions: ['size'] }, 'size organize').map((f) => f.match)).toEqual(['organize']);
    expect(run({ ...base, nonword: true, swap: { ize: 'ise' } }, 'organize').map((f) => f.match)).toEqual(['ize']);
  });

  it('applying a suggestion removes the finding', () => {
    const text = 'We will leverage partners.';
    const [f] = run({ ...base, swap: { leverage: 'use' } }, text);
    const fixed = text.slice(0, f!.start) + f!.suggestions[0] + text.slice(f!.end);
    expect(fixed).toBe('We will use partners.');
    expect(run({ ...base, swap: { leverage: 'use' } }, fixed)).toEqual([]);
  });
});
