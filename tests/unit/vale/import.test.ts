import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runPackExamples } from '../../../src/core/pack/examples';
import { validatePack } from '../../../src/core/pack/validate';
import {
  convertValeRule,
  deriveExamples,
  importRuleFiles,
  parseWordList,
  valePackJson,
  vocabularyRules,
  withVocabularyExceptions,
} from '../../../src/core/vale';
import { demoFiles, FIXTURES } from './helpers';

describe('importing a Vale style (tests/fixtures/vale/styles/Demo)', () => {
  const imported = importRuleFiles(demoFiles(), 'derive');
  const byId = new Map(imported.rules.map((r) => [r.rule.id, r.rule]));
  const reasons = new Map(imported.unconverted.map((u) => [u.id, u.reason]));

  it('keeps Vale ids, messages, levels and links', () => {
    expect(byId.get('Demo.Hedging')).toMatchObject({
      kind: 'existence',
      level: 'warning',
      message: "Avoid hedging: '%s'.",
      why: 'Hedging makes a reply sound unsure of itself.',
      link: 'https://example.com/style/hedging',
      tokens: ['I think', 'maybe', 'sort of', 'kind of'],
      ignorecase: true,
    });
    expect(byId.get('Demo.WordList')).toMatchObject({
      kind: 'substitution',
      level: 'error',
      message: "Use '%s' instead of '%s'.",
      why: "Use '%s' instead of '%s'.",
      swap: { 'e-mail': 'email', '(?:log|sign) into': 'log in to|sign in to', utilize: 'use' },
      ignorecase: false,
    });
    expect(byId.get('Demo.SentenceLength')).toMatchObject({ kind: 'occurrence', level: 'suggestion', scope: 'sentence', max: 25, token: '\\b(\\w+)\\b' });
    expect(byId.get('Demo.Repeated')).toMatchObject({ kind: 'repetition', alpha: true, tokens: ['[^\\s]+'] });
    expect(byId.get('Demo.Exclamation')).toMatchObject({ kind: 'existence', nonword: true, level: 'error' });
  });

  it('derives examples the engine confirms: a literal token is the bad one, a swap’s preferred form the good one', () => {
    expect(byId.get('Demo.Hedging')!.examples).toEqual({ bad: ['I think'], good: ['This sentence is fine.'] });
    expect(byId.get('Demo.WordList')!.examples).toEqual({ bad: ['e-mail'], good: ['email'] });
    const result = validatePack(valePackJson('Demo', imported.rules.map((r) => r.rule)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(runPackExamples(result.pack).failures).toEqual([]);
  });

  it('lists what it cannot convert, with the reason', () => {
    expect(reasons.get('Demo.Spelling')).toBe('spelling rules are not supported: no Hunspell dictionaries in the extension');
    expect(reasons.get('Demo.Passive')).toMatch(/part-of-speech/);
    expect(reasons.get('Demo.Counter')).toMatch(/script/);
    expect(reasons.get('Demo.CodeWords')).toBe("scope 'code' is not supported (inline scopes were removed in Vale 3)");
    expect(reasons.get('Demo.Broken')).toMatch(/^not valid YAML/);
  });

  it('accounts for every rule file exactly once', () => {
    const ids = [...byId.keys(), ...reasons.keys()].sort();
    expect(ids).toEqual(demoFiles().map((f) => `Demo.${f.name}`).sort());
    // Kinds the engine may or may not run yet: converted with examples, or listed with a reason.
    for (const id of ['Demo.Headings', 'Demo.Acronyms']) {
      if (byId.has(id)) expect(byId.get(id)!.examples.bad.length).toBeGreaterThan(0);
      else expect(reasons.get(id)).toBeTruthy();
    }
  });
});

describe('convertValeRule', () => {
  it('passes Vale scope expressions through', () => {
    const r = convertValeRule('S.R', { extends: 'existence', message: 'm', tokens: ['x'], scope: ['heading & ~heading.h1', 'table.cell'] });
    expect('rule' in r && r.rule.scope).toEqual(['heading & ~heading.h1', 'table.cell']);
  });

  it('defaults the level to warning and leaves out scope text', () => {
    const r = convertValeRule('S.R', { extends: 'existence', message: 'No %s.', tokens: ['x'], scope: 'text' });
    expect(r).toEqual({ vocab: true, rule: { id: 'S.R', kind: 'existence', level: 'warning', message: 'No %s.', why: 'No %s.', tokens: ['x'] } });
  });

  it('falls back to the link for why only when there is no description or message', () => {
    const r = convertValeRule('S.R', { extends: 'existence', message: 'M', description: 'Because.', tokens: ['x'] });
    expect('rule' in r && r.rule.why).toBe('Because.');
  });

  it('maps each kind’s keys', () => {
    const cap = convertValeRule('S.C', { extends: 'capitalization', message: 'm', match: '$title', style: 'chicago', scope: 'heading', indicators: [':'], threshold: 0.5, prefix: 'B. ' });
    expect('rule' in cap && cap.rule).toMatchObject({ kind: 'capitalization', match: '$title', style: 'Chicago', scope: 'heading', indicators: [':'], threshold: 0.5, prefix: 'B. ' });
    const metric = convertValeRule('S.M', { extends: 'metric', message: 'm', formula: '(words /\n sentences)\n', condition: '> 20' });
    expect('rule' in metric && metric.rule).toMatchObject({ kind: 'metric', formula: '(words / sentences)', condition: '> 20' });
    const cons = convertValeRule('S.K', { extends: 'consistency', message: 'm', either: { advisor: 'adviser' }, ignorecase: true });
    expect('rule' in cons && cons.rule).toMatchObject({ kind: 'consistency', either: { advisor: 'adviser' }, ignorecase: true });
    const seq = convertValeRule('S.Q', { extends: 'sequence', message: 'm', tokens: [{ tag: 'DT' }, { pattern: 'data', negate: false, skip: 1 }] });
    expect('rule' in seq && seq.rule).toMatchObject({ kind: 'sequence', tokens: [{ tag: 'DT' }, { pattern: 'data', negate: false, skip: 1 }] });
    const occ = convertValeRule('S.O', { extends: 'occurrence', message: 'm', token: '.', max: 70, scope: 'heading', limit: 2 });
    expect('rule' in occ && occ.rule).toMatchObject({ kind: 'occurrence', token: '.', max: 70, scope: 'heading', limit: 2 });
    const cond = convertValeRule('S.D', { extends: 'conditional', message: 'm', first: 'a', second: 'b', exceptions: ['API'] });
    expect('rule' in cond && cond.rule).toMatchObject({ kind: 'conditional', first: 'a', second: 'b', exceptions: ['API'] });
    const vocabOff = convertValeRule('S.V', { extends: 'existence', message: 'm', tokens: ['x'], vocab: false, action: { name: 'remove' } });
    expect('vocab' in vocabOff && vocabOff.vocab).toBe(false);
  });

  it('says why a rule cannot be converted', () => {
    const reason = (def: unknown) => {
      const r = convertValeRule('S.R', def);
      return 'reason' in r ? r.reason : null;
    };
    expect(reason({ message: 'm' })).toBe("missing 'extends'");
    expect(reason({ extends: 'grammar', message: 'm' })).toBe("unknown 'extends: grammar'");
    expect(reason({ extends: 'existence', tokens: ['x'] })).toBe("missing 'message'");
    expect(reason({ extends: 'existence', message: 'm', tokens: ['x'], level: 'fatal' })).toBe("unknown level 'fatal'");
    expect(reason({ extends: 'existence', message: 'm' })).toMatch(/needs 'tokens' or 'raw'/);
    expect(reason({ extends: 'existence', message: 'm', tokens: ['x'], scope: ['heading', 'footnote'] })).toBe("scope 'footnote' is not supported");
    expect(reason({ extends: 'metric', message: 'm', formula: 'x', condition: 'big' })).toMatch(/not a comparison/);
    expect(reason({ extends: 'occurrence', message: 'm', token: 'x' })).toMatch(/'min' or 'max'/);
    expect(reason({ extends: 'readability', message: 'm' })).toMatch(/metric/);
    expect(reason({ extends: 'spelling', message: 'm' })).toMatch(/no Hunspell dictionaries in the extension/);
    expect(reason('just a string')).toMatch(/mapping/);
  });

  it('refuses examples it cannot confirm', () => {
    const never = { id: 'S.N', kind: 'existence', level: 'warning', message: 'm', why: 'w', tokens: ['(?<=zzz)q(?=zzz)'] };
    expect(deriveExamples(never)).toMatchObject({ reason: expect.stringMatching(/^could not derive examples/) });
    const badRegex = { id: 'S.B', kind: 'existence', level: 'warning', message: 'm', why: 'w', tokens: ['(unclosed'] };
    expect(deriveExamples(badRegex)).toMatchObject({ reason: expect.stringMatching(/tokens\[0\]/) });
  });
});

describe('vocabularies', () => {
  const accept = parseWordList(readFileSync(`${FIXTURES}styles/config/vocabularies/Demo/accept.txt`, 'utf8'));
  const reject = parseWordList(readFileSync(`${FIXTURES}styles/config/vocabularies/Demo/reject.txt`, 'utf8'));

  it('reads word lists without comments and blanks', () => {
    expect(accept).toEqual(['Parley', 'JavaScript', '[Oo]bservability']);
    expect(reject).toEqual(['synergy']);
  });

  it('makes Vale.Terms from plain accepted phrases and Vale.Avoid from rejected terms', () => {
    const [terms, avoid] = vocabularyRules({ accept, reject });
    expect(terms!.rule).toMatchObject({ id: 'Vale.Terms', kind: 'substitution', level: 'error', ignorecase: true, swap: { parley: 'Parley', javascript: 'JavaScript' } });
    expect(avoid!.rule).toMatchObject({ id: 'Vale.Avoid', kind: 'existence', level: 'error', message: "Avoid using '%s'.", tokens: ['synergy'] });
    expect(deriveExamples(terms!.rule)).toMatchObject({ examples: { bad: ['parley'], good: ['Parley'] } });
  });

  it('adds accepted terms as exceptions to rules with vocab: true', () => {
    const on = convertValeRule('S.R', { extends: 'existence', message: 'm', tokens: ['x'], exceptions: ['y'] });
    const off = convertValeRule('S.R', { extends: 'existence', message: 'm', tokens: ['x'], vocab: false });
    if (!('rule' in on) || !('rule' in off)) throw new Error('expected rules');
    expect(withVocabularyExceptions(on, accept).exceptions).toEqual(['y', ...accept]);
    expect(withVocabularyExceptions(off, accept).exceptions).toBeUndefined();
  });
});
