import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compilePack } from '../../../src/core/lint/compile';
import { lint } from '../../../src/core/lint/lint';
import { replay } from '../../../src/core/lint/matcher';
import { expand, requiredLiterals } from '../../../src/core/lint/literals';
import { parseRegex } from '../../../src/core/text/regex-ast';
import { CTX, pack, rule } from './helpers';

const ast = (p: string, i = false) => {
  const r = parseRegex(p, { i, m: true });
  if ('error' in r) throw new Error(r.error);
  return r.ast;
};

describe('combined matcher', () => {
  it('expands small patterns into their strings in the order a backtracking engine tries them', () => {
    expect(expand(ast('utili[sz]e'))!.map((e) => e.text)).toEqual(['utilise', 'utilize']);
    expect(expand(ast('colou?r'))!.map((e) => e.text)).toEqual(['colour', 'color']);
    expect(expand(ast('colou??r'))!.map((e) => e.text)).toEqual(['color', 'colour']);
    expect(expand(ast("(?:we|I) don['’]t"))!.map((e) => e.text)).toEqual(["we don't", 'we don’t', "I don't", 'I don’t']);
    expect(expand(ast('\\w+'))).toBeNull();
    expect(expand(ast('a(?i)b'))).toBeNull();
  });

  it('finds literals every match must contain', () => {
    expect(requiredLiterals(ast('(?<!not )(?:post|share) your \\w+'))).toEqual(['post your ', 'share your ']);
    expect(requiredLiterals(ast('\\d+ ?% off'))).toEqual(['% off', ' % off']);
    expect(requiredLiterals(ast('\\p{L}+'))).toBeNull();
    expect(requiredLiterals(ast('a|\\w+'))).toBeNull();
  });

  it('replays leftmost-first choice: earliest start, then lowest rank, then resume after the match', () => {
    expect(replay([0, 5, 1, 0, 3, 0, 2, 6, 0, 6, 9, 2], 0, 20)).toEqual([
      [0, 3, 0],
      [6, 9, 2],
    ]);
  });

  // Random word lists and drafts over a small alphabet make overlaps and near misses likely.
  const word = fc.stringMatching(/^[abcAB][abc]{0,3}$/);
  const token = fc.oneof(
    word,
    fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
    fc.tuple(word, word).map(([a, b]) => `${a}(?:${b})?`),
    fc.tuple(word, word).map(([a, b]) => `(?:${a}|${b})x`),
    word.map((w) => `${w}[bc]`),
    word.map((w) => `(?i)${w}`),
    // Not finite: served by their own regex at candidate starts, or where their literals occur.
    word.map((w) => `${w}\\w*`),
    fc.tuple(word, word).map(([a, b]) => `(?<=${a} )${b}`),
    fc.tuple(word, word).map(([a, b]) => `${a}[^.]{0,3}${b}`),
    word.map((w) => `\\w?${w}\\w?`),
  );
  const text = fc.array(fc.oneof(word, fc.constantFrom(' ', '  ', '-', '.', '\n\n', 'x', 'é', 'B')), { maxLength: 30 }).map((p) => p.join(''));

  it('gives exactly the matches of each rule\'s own regex', () => {
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 5 }), fc.boolean(), fc.boolean(), text, (tokens, ignorecase, nonword, draft) => {
        const p = compilePack(pack(rule({ kind: 'existence', tokens, ignorecase, nonword })));
        const shared = lint(p, draft, CTX);
        const alone = lint({ pack: p.pack, rules: [{ rule: p.rules[0]!.rule, check: p.rules[0]!.check }] }, draft, CTX);
        expect(shared.map((f) => [f.start, f.end])).toEqual(alone.map((f) => [f.start, f.end]));
      }),
      { numRuns: 400 },
    );
  });

  it('substitution keys through the shared matcher agree with the regex', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(token, word), { minLength: 1, maxLength: 4 }), text, (pairs, draft) => {
        const swap = Object.fromEntries(pairs);
        const p = compilePack(pack(rule({ kind: 'substitution', message: '%s %s', ignorecase: true, swap })));
        const shared = lint(p, draft, CTX);
        const alone = lint({ pack: p.pack, rules: [{ rule: p.rules[0]!.rule, check: p.rules[0]!.check }] }, draft, CTX);
        expect(shared.map((f) => [f.start, f.end, f.message])).toEqual(alone.map((f) => [f.start, f.end, f.message]));
      }),
      { numRuns: 200 },
    );
  });
});

describe('a generated 2,000-rule pack', () => {
  it('compiles with every rule supported, and the shared matcher agrees with each rule\'s regex', async () => {
    const { generatePack, generatedDraft } = await import('./generated-pack');
    const { validatePack } = await import('../../../src/core/pack/validate');
    const v = validatePack(generatePack(2000));
    if (!v.ok) throw new Error('generated pack is invalid');
    const p = compilePack(v.pack);
    expect(p.unsupported).toEqual([]);
    const draft = generatedDraft(v.pack, 400);
    const key = (f: { rule: string; start: number; end: number }) => `${f.rule}@${f.start}-${f.end}`;
    for (const locale of ['en', 'de', 'sv']) {
      const ctx = { ...CTX, locale };
      const shared = lint(p, draft, ctx).map(key).sort();
      const alone = p.rules.flatMap((r) => lint({ pack: p.pack, rules: [{ rule: r.rule, check: r.check }] }, draft, ctx)).map(key).sort();
      expect(shared.length).toBeGreaterThan(0);
      expect(shared.length).toBeLessThan(1000);
      expect(shared).toEqual(alone);
    }
  });
});
