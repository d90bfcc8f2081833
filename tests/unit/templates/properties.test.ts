import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INTENTS, PLATFORMS, type Intent, type Platform, type Template } from '../../../src/core/pack/schema';
import { renderTemplate, type RenderValues } from '../../../src/core/templates/render';
import { placeholderKeys } from '../../../src/core/templates/placeholders';
import { cleanDisplayName, cleanHandle, initialsOf, stripInvisible } from '../../../src/core/templates/names';
import { compileTemplates } from '../../../src/core/templates/template-index';
import { rankTemplates } from '../../../src/core/templates/rank';

/** Awkward text: any code point, plus the characters that break naive text handling. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        '{{', '}}', '{', '}', '|', '"', '„', '“', ' ', '\n', 'a', 'author.name', 'x', '.', '@', '/', '(', ')',
        '\u200B', '\u200D', '\u202E', '\u2067', '\uFEFF', '\uD83D', 'مرحبا', '👩‍👩‍👧', '🇸🇪', '🏳️‍🌈', '1️⃣', 'ﷺ', '𝓐',
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join('')),
);
const platform = fc.constantFrom(...PLATFORMS);
const values: fc.Arbitrary<RenderValues> = fc.record(
  {
    author: fc.record({ name: nasty, handle: nasty }, { requiredKeys: [] }),
    agent: fc.record({ name: nasty }, { requiredKeys: [] }),
    org: fc.record({ name: nasty }, { requiredKeys: [] }),
    platform: nasty,
    vars: fc.dictionary(fc.oneof(fc.constantFrom('x', 'a.b', 'author.name'), nasty), nasty, { maxKeys: 5 }),
  },
  { requiredKeys: [] },
);

// Bodies built from known parts, so the expected result can be worked out independently.
const KEYS = ['ticket', 'update.time', 'a', 'b.c', 'opt'] as const;
const braceFree = fc
  .string({ unit: 'grapheme', maxLength: 12 })
  .map((s) => s.replace(/[{}]/g, ''));
type Part = { text: string } | { key: (typeof KEYS)[number]; fallback?: string; spaced: boolean };
const part: fc.Arbitrary<Part> = fc.oneof(
  braceFree.map((text) => ({ text })),
  fc.record(
    {
      key: fc.constantFrom(...KEYS),
      fallback: fc.oneof(fc.constant(''), fc.stringMatching(/^[A-Za-z ,.'-]{1,12}$/)),
      spaced: fc.boolean(),
    },
    { requiredKeys: ['key', 'spaced'] },
  ),
);
const BLANK = ['', '   ', '\u200B', '\u202E \u2066'];
const filled = fc.tuple(fc.constantFrom('a', 'Z', 'é', 'م', '王'), braceFree).map(([first, rest]) => first + rest);
const varValue = fc.oneof(fc.constantFrom(...BLANK), filled);

function bodyOf(parts: Part[]): string {
  return parts
    .map((p) => {
      if ('text' in p) return p.text;
      const inner = p.fallback === undefined ? p.key : `${p.key} | "${p.fallback}"`;
      return p.spaced ? `{{ ${inner} }}` : `{{${inner}}}`;
    })
    .join('');
}

describe('template properties', () => {
  it('renderTemplate never throws, whatever the body, values and platform', () => {
    fc.assert(
      fc.property(nasty, values, platform, (body, v, p) => {
        const out = renderTemplate(body, v, { platform: p });
        expect(typeof out.text).toBe('string');
        expect(new Set(out.missing).size).toBe(out.missing.length);
        for (const key of out.missing) expect(out.text).toContain(`[${key}]`);
      }),
      { numRuns: 500 },
    );
  });

  it('fills provided variables, uses defaults, and lists exactly the rest as missing', () => {
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 12 }),
        fc.dictionary(fc.constantFrom(...KEYS), varValue),
        fc.boolean(),
        platform,
        (parts, vars, optDeclared, p) => {
          const body = bodyOf(parts);
          const template: Template = {
            id: 't',
            name: 'T',
            locale: 'en',
            intents: ['neutral'],
            body,
            ...(optDeclared ? { placeholders: [{ key: 'opt', label: 'Optional', required: false }] } : {}),
          };
          const out = renderTemplate(template, { vars }, { platform: p });

          const provided = (key: string) => vars[key] !== undefined && !BLANK.includes(vars[key]!);
          const expectedMissing: string[] = [];
          for (const q of parts) {
            if ('text' in q || provided(q.key) || q.fallback !== undefined) continue;
            if (optDeclared && q.key === 'opt') continue;
            if (!expectedMissing.includes(q.key)) expectedMissing.push(q.key);
          }
          expect(out.missing).toEqual(expectedMissing);
          // No braces are left: the text parts had none, and every placeholder was replaced.
          expect(out.text).not.toContain('{{');
          for (const key of KEYS) if (provided(key)) expect(out.text).not.toContain(`[${key}]`);
          // Spans point at what was written, in order.
          let last = 0;
          for (const span of out.filledSpans) {
            expect(span.start).toBeGreaterThanOrEqual(last);
            last = span.end;
            const written = out.text.slice(span.start, span.end);
            if (span.source === 'missing') expect(written).toBe(`[${span.key}]`);
            if (span.source === 'empty') expect(written).toBe('');
            if (span.source === 'value') expect(written.toLowerCase()).toBe(stripInvisible(vars[span.key]!).trim().toLowerCase());
          }
          expect(placeholderKeys(body)).toEqual([...new Set(parts.flatMap((q) => ('key' in q ? [q.key] : [])))]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never expands a value a second time', () => {
    fc.assert(
      fc.property(nasty, (value) => {
        fc.pre(value.trim() !== '');
        const out = renderTemplate('<{{x}}>', { vars: { x: `{{x}}${value}` } }, { platform: 'x' });
        expect(out.missing).toEqual([]);
        expect(out.text.startsWith('<{{x}}')).toBe(true);
      }),
    );
  });

  it('cleaned names and handles are bounded, visible text', () => {
    fc.assert(
      fc.property(nasty, (raw) => {
        for (const s of [cleanDisplayName(raw), cleanHandle(raw), initialsOf(raw)]) {
          expect(s.length).toBeLessThanOrEqual(64);
          expect(s).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/);
          expect(s).toBe(s.trim());
        }
        expect(cleanDisplayName(cleanDisplayName(raw))).toBe(cleanDisplayName(raw));
      }),
      { numRuns: 500 },
    );
  });

  it('rankTemplates never throws and keeps its promises', () => {
    const template: fc.Arbitrary<Template> = fc.record({
      id: fc.stringMatching(/^[a-z][a-z0-9.-]{0,8}$/),
      name: nasty,
      locale: fc.constantFrom('en', 'de', 'sv', 'de-AT'),
      intents: fc.uniqueArray(fc.constantFrom(...INTENTS), { minLength: 1, maxLength: 3 }),
      platforms: fc.option(fc.uniqueArray(fc.constantFrom(...PLATFORMS), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      body: nasty,
      shortcut: fc.option(fc.stringMatching(/^[;/][a-z0-9-]{1,8}$/), { nil: undefined }),
      tags: fc.option(fc.array(nasty, { maxLength: 3 }), { nil: undefined }),
      holding: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(template, { maxLength: 25 }),
        fc.record({
          intents: fc.uniqueArray(fc.constantFrom<Intent>(...INTENTS), { maxLength: 3 }),
          platform: fc.constantFrom<Platform>(...PLATFORMS),
          locale: fc.constantFrom('en', 'de', 'sv-SE', '', 'zz'),
          commentText: fc.option(nasty, { nil: undefined }),
          query: fc.option(fc.oneof(nasty, fc.stringMatching(/^[;/][a-z0-9-]{0,6}$/)), { nil: undefined }),
          usage: fc.option(fc.dictionary(fc.string({ maxLength: 6 }), fc.double()), { nil: undefined }),
          crisis: fc.option(fc.boolean(), { nil: undefined }),
          limit: fc.option(fc.oneof(fc.nat(30), fc.constant(Infinity)), { nil: undefined }),
        }),
        (templates, opts) => {
          const ranked = rankTemplates(compileTemplates(templates), opts);
          expect(ranked.length).toBeLessThanOrEqual(Math.min(templates.length, opts.limit ?? 20));
          for (let i = 0; i < ranked.length; i++) {
            const r = ranked[i]!;
            if (i) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(r.score);
            expect(Number.isFinite(r.score)).toBe(true);
            if (opts.crisis) expect(r.template.holding).toBe(true);
            if (r.template.platforms) expect(r.template.platforms).toContain(opts.platform);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
