import { describe, expect, it } from 'vitest';
import { parsePlaceholders, placeholderKeys, replacePlaceholders } from '../../../src/core/templates/placeholders';

describe('placeholder syntax', () => {
  it('reads plain variables and variables with defaults', () => {
    expect(placeholderKeys('Hi {{author.name}}, about {{ticket | "your case"}} – {{agent.name}}')).toEqual([
      'author.name',
      'ticket',
      'agent.name',
    ]);
    expect(parsePlaceholders('{{ ticket|"your case" }}')).toEqual([{ key: 'ticket', fallback: 'your case', start: 0, end: 24 }]);
  });

  it.each([
    ['{{x | "a b"}}', 'a b'],
    ["{{x | 'a b'}}", 'a b'],
    ['{{x | “a b”}}', 'a b'],
    ['{{x | „a b“}}', 'a b'],
    ['{{x | ”a b”}}', 'a b'],
    ['{{x | »a b«}}', 'a b'],
    ['{{x | a b }}', 'a b'],
    ['{{x | ""}}', ''],
    ['{{x|}}', ''],
  ])('accepts the default in %s', (body, fallback) => {
    expect(parsePlaceholders(body)).toEqual([{ key: 'x', fallback, start: 0, end: body.length }]);
  });

  it.each(['{{}}', '{{ }}', '{{1x}}', '{{org.}}', '{{x | "open}}', '{{x | "a\nb"}}', '{x}', '{{x}', '{{x | a{b}}', '{{ x y }}'])(
    'leaves %j as text',
    (body) => {
      expect(parsePlaceholders(body)).toEqual([]);
      expect(replacePlaceholders(body, () => 'FILLED')).toBe(body);
    },
  );

  it('finds a placeholder inside extra braces and keeps the rest as text', () => {
    expect(replacePlaceholders('{{{x}}}', (t) => t.key.toUpperCase())).toBe('{X}');
  });

  it('keeps the starter pack’s key style working', () => {
    expect(placeholderKeys('{{delivery.situation}} {{update.time}} {{update.time}}')).toEqual(['delivery.situation', 'update.time']);
  });

  it('copes with a pathological body', () => {
    const body = '{{a |'.repeat(50_000) + ' '.repeat(100_000) + '{{'.repeat(50_000);
    expect(parsePlaceholders(body)).toEqual([]);
  });
});
