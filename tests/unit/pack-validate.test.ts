import { describe, expect, it } from 'vitest';
import { validatePack, validatePackText } from '../../src/core/pack/validate';

const minimal = () => ({
  id: 'acme',
  name: 'Acme',
  version: '2026.11.2',
  locales: ['en'],
  voice: { default: {} },
  rules: [
    {
      id: 'Acme.NoComment',
      kind: 'existence',
      message: "Don't write '%s'.",
      why: 'Stonewalling ends the conversation.',
      tokens: ['no comment'],
      ignorecase: true,
      examples: { bad: ['No comment.'], good: ['Here is what we know.'] },
    },
  ],
});

function problems(input: unknown) {
  const r = validatePack(input);
  return r.ok ? [] : r.problems;
}

describe('pack validation', () => {
  it('accepts a minimal pack and fills defaults', () => {
    const r = validatePack(minimal());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.pack.templates).toEqual([]);
      expect(r.pack.rules[0]?.level).toBe('warning');
    }
  });

  it('names the rule and field that is wrong, in words a brand lead understands', () => {
    const pack = minimal();
    (pack.rules[0] as Record<string, unknown>).level = 'fatal';
    delete (pack.rules[0] as Record<string, unknown>).why;
    expect(problems(pack)).toEqual([
      { path: 'rules[0] "Acme.NoComment" › level', message: 'should be one of "suggestion", "warning", "error"' },
      { path: 'rules[0] "Acme.NoComment" › why', message: 'is required (string)' },
    ]);
  });

  it('lists the rule kinds when the kind is unknown', () => {
    const pack = minimal();
    (pack.rules[0] as Record<string, unknown>).kind = 'grammar';
    expect(problems(pack)[0]?.message).toMatch(/^unknown value; use one of existence, substitution/);
  });

  it('reports unknown fields (typos) instead of ignoring them', () => {
    const pack = { ...minimal(), templats: [] };
    expect(problems(pack)).toEqual([{ path: '(pack)', message: 'unknown field "templats"' }]);
  });

  it('refuses duplicate ids, dangling lesson references and broken or explosive regexes', () => {
    const pack = minimal();
    pack.rules.push({ ...pack.rules[0]!, tokens: ['(a+)+b'], lesson: 'missing' } as (typeof pack.rules)[number]);
    pack.rules.push({ ...pack.rules[0]!, id: 'Acme.Broken', tokens: ['(unclosed'] });
    const found = problems(pack);
    expect(found).toContainEqual({ path: 'rules[1] "Acme.NoComment" › id', message: 'this id is used twice' });
    expect(found).toContainEqual({ path: 'rules[1] "Acme.NoComment" › lesson', message: 'no lesson has the id "missing"' });
    expect(found.find((p) => p.path === 'rules[1] "Acme.NoComment" › tokens[0]')?.message).toContain('rule Acme.NoComment: the pattern "(a+)+b" repeats a group');
    expect(found.find((p) => p.path === 'rules[2] "Acme.Broken" › tokens[0]')?.message).toContain('is not a valid regular expression');
  });

  it('explains a file that is not JSON', () => {
    const r = validatePackText('{ "id": "acme", ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/^not valid JSON: /);
  });
});

it('checks Vale raw pieces joined, as Vale compiles them', () => {
  const { tokens: _tokens, ...rule } = minimal().rules[0]!;
  const pack = { ...minimal(), rules: [{ ...rule, raw: ['\\b(?:', 'no comment|nothing to add', ')\\b'] }] };
  expect(validatePack(pack).ok).toBe(true);
});

describe('template checks', () => {
  const template = (over: Record<string, unknown>) => ({ id: 'acme.thanks', name: 'Thanks', locale: 'en', intents: ['praise'], body: 'Thanks, {{author.name}}!', ...over });

  it('refuses a shortcut used by two templates, naming both', () => {
    const pack = { ...minimal(), templates: [template({ shortcut: ';ty' }), template({ id: 'acme.thanks2', shortcut: ';ty' }), template({ id: 'acme.other', shortcut: ';other' })] };
    expect(problems(pack)).toEqual([
      { path: 'templates[1] "acme.thanks2" › shortcut', message: '";ty" is also the shortcut of template "acme.thanks"; each shortcut must be unique' },
    ]);
  });

  it('refuses a body variable that is neither built in nor declared, and a declared placeholder the body never uses', () => {
    const pack = {
      ...minimal(),
      templates: [
        template({
          body: 'Hi {{author.name}}, your order {{order.id}} ships {{ship.date}}.',
          placeholders: [
            { key: 'order.id', label: 'Order number' },
            { key: 'order.note', label: 'Note' },
          ],
        }),
      ],
    };
    const found = problems(pack);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ path: 'templates[0] "acme.thanks" › body' });
    expect(found[0]!.message).toMatch(/^template "acme\.thanks" uses \{\{ship\.date\}\}, which is neither built in \(.*author\.name.*\) nor declared/);
    expect(found[1]).toEqual({ path: 'templates[0] "acme.thanks" › placeholders[1]', message: 'template "acme.thanks" declares "order.note" but its body never uses {{order.note}}' });
  });

  it('accepts built-in variables, declared ones (with or without inline defaults) and templates without shortcuts', () => {
    const pack = {
      ...minimal(),
      templates: [
        template({ body: '{{author.handle}} {{agent.name}} {{agent.initials}} {{org.name}} {{platform}} {{ticket | "your case"}}', placeholders: [{ key: 'ticket', label: 'Ticket', default: 'your case' }] }),
        template({ id: 'acme.b' }),
        template({ id: 'acme.c' }),
      ],
    };
    expect(problems(pack)).toEqual([]);
  });
});
