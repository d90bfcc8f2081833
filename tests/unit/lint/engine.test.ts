import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { starterPackJson } from '../../../src/core/pack/starter';
import { validatePack } from '../../../src/core/pack/validate';
import type { Pack, When } from '../../../src/core/pack/schema';
import { compilePack } from '../../../src/core/lint/compile';
import { appliesTo, lint, lintDetailed } from '../../../src/core/lint/lint';
import type { LintContext } from '../../../src/core/lint/types';
import { MAX_RUN, MAX_SCAN } from '../../../src/core/lint/state';
import { CTX, pack, rule } from './helpers';

function starter(): Pack {
  const r = validatePack(starterPackJson);
  if (!r.ok) throw new Error('starter pack invalid');
  return r.pack;
}

const compiled = compilePack(starter());
const contexts: LintContext[] = [
  { platform: 'facebook', locale: 'en', intents: ['complaint'], escalation: true, crisis: true },
  { platform: 'linkedin', locale: 'de', intents: ['question'], escalation: false },
  { platform: 'reddit', locale: 'sv', intents: ['complaint', 'praise'], escalation: false, crisis: true },
];

// Drafts built from the starter pack's own examples, cut and mixed with awkward characters.
const examples = starter().rules.flatMap((r) => [...r.examples.bad, ...r.examples.good]);
const awkward = ['\u200B', '\u200D', '\u200F', '\u202E', 'e\u0301', '👩‍👩‍👧', '👍🏽', '🇸🇪', '\n\n', '\n', '  ', '!!!', '\uD800', '\uDC00', 'İ', 'ß', 'ς', '\t', '#x', '@y'];
const piece = fc.oneof(
  fc.constantFrom(...examples),
  fc.constantFrom(...awkward),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const draft = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(' '));
const ctxArb = fc.constantFrom(...contexts);

describe('engine', () => {
  it('compiles the starter pack with every rule supported', () => {
    expect(compiled.unsupported).toEqual([]);
    expect(compiled.problems).toEqual([]);
  });

  it('spans always lie within the text, do not split surrogate pairs, and match says what they cover', () => {
    fc.assert(
      fc.property(draft, ctxArb, (text, ctx) => {
        for (const f of lint(compiled, text, ctx)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(f.match).toBe(text.slice(f.start, f.end));
          const low = (i: number) => i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]!) && /[\uD800-\uDBFF]/.test(text[i - 1]!);
          expect(low(f.start) || low(f.end)).toBe(false);
          if (f.context) expect(f.context.start >= 0 && f.context.end <= text.length).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('applying a suggestion changes only its span, and the same finding does not come back', () => {
    fc.assert(
      fc.property(draft, ctxArb, (text, ctx) => {
        for (const f of lint(compiled, text, ctx)) {
          for (const s of f.suggestions) {
            const fixed = text.slice(0, f.start) + s + text.slice(f.end);
            expect(fixed.startsWith(text.slice(0, f.start))).toBe(true);
            expect(fixed.endsWith(text.slice(f.end))).toBe(true);
            expect(s).not.toBe(f.match);
            const again = lint(compiled, fixed, ctx).filter((g) => g.rule === f.rule && g.start === f.start && g.match === f.match && g.message === f.message);
            expect(again).toEqual([]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the same input gives the same findings', () => {
    fc.assert(
      fc.property(draft, ctxArb, (text, ctx) => {
        expect(lint(compiled, text, ctx)).toEqual(lint(compiled, text, ctx));
        expect(lint(compilePack(starter()), text, ctx)).toEqual(lint(compiled, text, ctx));
      }),
      { numRuns: 60 },
    );
  });

  it('the shared matcher finds exactly what each rule finds on its own', () => {
    fc.assert(
      fc.property(draft, ctxArb, (text, ctx) => {
        const shared = lint(compiled, text, ctx);
        const alone = compiled.rules.flatMap((r) => lint({ pack: compiled.pack, rules: [{ rule: r.rule, check: r.check }] }, text, ctx));
        const key = (f: { rule: string; start: number; end: number; message: string }) => `${f.rule}@${f.start}-${f.end} ${f.message}`;
        expect(shared.map(key).sort()).toEqual(alone.map(key).sort());
      }),
      { numRuns: 150 },
    );
  });

  it('survives hostile input without exceptions and with bounded work', () => {
    const inputs = [
      '',
      ' ',
      'x'.repeat(1_000_000),
      ('Sorry for for the delay!!! WE VALUE YOUR FEEDBACK 👩‍💻 call +44 20 7946 0958 ').repeat(12_000),
      '\u200B'.repeat(5000) + 'no comment' + '\u200F'.repeat(5000),
      'e\u0301'.repeat(20_000),
      '👨‍👩‍👧‍👦'.repeat(20_000),
      '\n'.repeat(100_000),
      '\uD800'.repeat(1000) + 'sorry' + '\uDC00'.repeat(1000),
    ];
    for (const text of inputs) {
      for (const ctx of contexts) {
        const report = lintDetailed(compiled, text, ctx);
        expect(report.findings.length).toBeLessThanOrEqual(1000);
        for (const f of report.findings) expect(f.end).toBeLessThanOrEqual(text.length);
        expect(report.truncated).toBe(text.length > MAX_SCAN);
      }
    }
  });

  it('leaves long runs without spaces (pasted blobs) out of pattern rules, so regexes never backtrack over them', () => {
    const p = compilePack(pack(rule({ kind: 'existence', tokens: ['[^\\s]+ly'], nonword: true })));
    const blob = 'x'.repeat(MAX_RUN) + 'ly';
    expect(lint(p, `${blob} and kindly`, CTX).map((f) => f.match)).toEqual(['kindly']);
    expect(lint(p, `${'x'.repeat(MAX_RUN - 10)}ly`, CTX)).toHaveLength(1);
  });

  it('spans land on the right characters around RTL marks, joiners and combining accents', () => {
    const p = compilePack(pack(rule({ kind: 'existence', tokens: ['no comment'], ignorecase: true })));
    const text = '\u200F\u202Bشكرا\u202C 👩‍👩‍👧 cafe\u0301 No comment\u200B.';
    const [f] = lint(p, text, CTX);
    expect(text.slice(f!.start, f!.end)).toBe('No comment');
  });

  it('filters rules by platform, intent, locale, escalation and crisis', () => {
    const when: When = { platforms: ['x'], intents: ['complaint'], locales: ['en'], escalation: true, crisis: false };
    const ctx: LintContext = { platform: 'x', intents: ['complaint', 'question'], locale: 'en-GB', escalation: true, crisis: false };
    expect(appliesTo(when, ctx)).toBe(true);
    expect(appliesTo(when, { ...ctx, platform: 'reddit' })).toBe(false);
    expect(appliesTo(when, { ...ctx, intents: ['praise'] })).toBe(false);
    expect(appliesTo(when, { ...ctx, locale: 'de' })).toBe(false);
    expect(appliesTo(when, { ...ctx, escalation: false })).toBe(false);
    expect(appliesTo(when, { ...ctx, crisis: true })).toBe(false);
    const p = compilePack(pack(rule({ kind: 'existence', tokens: ['hello'], when: { platforms: ['x'] } })));
    expect(lint(p, 'hello', { ...CTX, platform: 'x' })).toHaveLength(1);
    expect(lint(p, 'hello', { ...CTX, platform: 'reddit' })).toEqual([]);
  });

  it('Markdown blocks: scopes select headings, lists, …; code is never linted as prose except with raw', () => {
    const text = '# Hello world\n\n- hello item\n\n```\nhello code\n```\n\nhello text';
    const blocks = [
      { kind: 'heading' as const, level: 1, start: 2, end: 13 },
      { kind: 'list' as const, start: 17, end: 27 },
      { kind: 'code' as const, start: 29, end: 47 },
      { kind: 'paragraph' as const, start: 49, end: text.length },
    ];
    const find = (scope?: string) => lint(compilePack(pack(rule({ kind: 'existence', tokens: ['hello'], ignorecase: true, ...(scope ? { scope } : {}) }))), text, CTX, { blocks }).map((f) => f.start);
    expect(find()).toEqual([2, 17, 49]);
    expect(find('heading')).toEqual([2]);
    expect(find('heading.h2')).toEqual([]);
    expect(find('list')).toEqual([17]);
    expect(find('~heading')).toEqual([17, 49]);
    expect(find('text & ~list')).toEqual([2, 49]);
    expect(find('raw')).toEqual([2, 17, 33, 49]);
    expect(find('paragraph')).toEqual([49]);
  });

  it('stops starting rules when the time budget is spent, and says which were skipped', () => {
    let t = 0;
    const now = () => (t += 10);
    const p = compilePack(pack(rule({ kind: 'existence', id: 'A.One', tokens: ['a'] }), rule({ kind: 'existence', id: 'A.Two', tokens: ['a'] }), rule({ kind: 'existence', id: 'A.Three', tokens: ['a'] })));
    const report = lintDetailed(p, 'a', CTX, { budgetMs: 25, now });
    expect(report.findings.map((f) => f.rule)).toEqual(['A.One', 'A.Two']);
    expect(report.skipped).toEqual(['A.Three']);
    expect(lintDetailed(p, 'a', CTX).skipped).toEqual([]);
  });

  it('carries why, lesson, link and level into findings and orders them by position', () => {
    const p = compilePack(
      pack(
        rule({ kind: 'existence', id: 'B.Two', tokens: ['two'], level: 'error', link: 'https://example.org/rule' }),
        rule({ kind: 'existence', id: 'B.One', tokens: ['one'], level: 'suggestion' }),
      ),
    );
    const f = lint(p, 'one two', CTX);
    expect(f.map((x) => [x.rule, x.level])).toEqual([
      ['B.One', 'suggestion'],
      ['B.Two', 'error'],
    ]);
    expect(f[1]).toMatchObject({ why: 'A rule written for a unit test of the engine.', link: 'https://example.org/rule' });
  });

  it('reports rules it cannot run, naming the reason', () => {
    const p = pack(rule({ kind: 'existence', tokens: ['ok'] }));
    (p.rules[0] as { tokens: string[] }).tokens = ['(?>atomic)'];
    const c = compilePack(p);
    expect(c.unsupported).toEqual(['Test.Rule']);
    expect(c.problems[0]!.reason).toMatch(/atomic groups/);
    const unsafe = pack(rule({ kind: 'existence', tokens: ['ok'] }));
    (unsafe.rules[0] as { tokens: string[] }).tokens = ['(a+)+$'];
    expect(compilePack(unsafe).problems[0]!.reason).toMatch(/exponential time/);
  });
});
