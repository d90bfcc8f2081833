import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../src/core/templates/render';
import type { Platform, Template } from '../../../src/core/pack/schema';

const template = (body: string, placeholders?: Template['placeholders']): Template => ({
  id: 't',
  name: 'T',
  locale: 'en',
  intents: ['complaint'],
  body,
  ...(placeholders ? { placeholders } : {}),
});

describe('renderTemplate', () => {
  it('fills the built-ins, cleaning the author’s display name for address', () => {
    const out = renderTemplate(
      'Hi {{author.name}}, thanks! – {{agent.name}} ({{agent.initials}}) at {{org.name}} on {{platform}}',
      { author: { name: '🌸 Anna Berg, MBA | Marketing Lead (she/her)' }, agent: { name: 'Bo Ek' }, org: { name: 'Northwind' } },
      { platform: 'instagram' },
    );
    expect(out).toEqual({
      text: 'Hi Anna Berg, thanks! – Bo Ek (BE) at Northwind on Instagram',
      missing: [],
      filledSpans: [
        { key: 'author.name', start: 3, end: 12, source: 'value' },
        { key: 'agent.name', start: 24, end: 29, source: 'value' },
        { key: 'agent.initials', start: 31, end: 33, source: 'value' },
        { key: 'org.name', start: 38, end: 47, source: 'value' },
        { key: 'platform', start: 51, end: 60, source: 'value' },
      ],
    });
  });

  it.each<[Platform, string]>([
    ['x', 'Thanks @annab!'],
    ['instagram', 'Thanks @annab!'],
    ['mastodon', 'Thanks @annab@social.example!'],
    ['youtube', 'Thanks @annab!'],
    ['reddit', 'Thanks u/annab!'],
    ['linkedin', 'Thanks Anna Berg!'],
    ['facebook', 'Thanks Anna Berg!'],
    ['xing', 'Thanks Anna Berg!'],
  ])('uses the mention syntax of %s', (platform, text) => {
    const out = renderTemplate('Thanks {{author.handle}}!', { author: { name: 'Anna Berg (she/her)', handle: '@annab@social.example' } }, { platform });
    expect(out.text).toBe(text);
    expect(out.missing).toEqual([]);
  });

  it('uses inline defaults when no value is given, and values when they are', () => {
    const body = 'We’re looking into {{ticket | "your case"}}.';
    expect(renderTemplate(body, {}, { platform: 'x' }).text).toBe('We’re looking into your case.');
    expect(renderTemplate(body, { vars: { ticket: 'ticket 4411' } }, { platform: 'x' }).text).toBe('We’re looking into ticket 4411.');
    expect(renderTemplate(body, { vars: { ticket: '   ' } }, { platform: 'x' }).filledSpans[0]!.source).toBe('default');
    expect(renderTemplate('Hi {{author.name | "there"}}!', { author: { name: '🔥🔥' } }, { platform: 'x' }).text).toBe('Hi there!');
  });

  it('lists missing variables once, in order, and marks them [key] instead of leaving braces', () => {
    const out = renderTemplate(
      template('Hi {{author.name}}, next update at {{update.time}} on {{status.link}}; again at {{update.time}}.'),
      { agent: { name: 'Bo' } },
      { platform: 'facebook' },
    );
    expect(out.text).toBe('Hi [author.name], next update at [update.time] on [status.link]; again at [update.time].');
    expect(out.missing).toEqual(['author.name', 'update.time', 'status.link']);
    expect(out.text).not.toContain('{{');
    expect(out.filledSpans.filter((s) => s.source === 'missing').map((s) => out.text.slice(s.start, s.end))).toEqual([
      '[author.name]',
      '[update.time]',
      '[status.link]',
      '[update.time]',
    ]);
  });

  it('reports a handle as missing where there is no name to use instead', () => {
    expect(renderTemplate('Thanks {{author.handle}}', { author: { handle: 'annab' } }, { platform: 'linkedin' }).missing).toEqual(['author.handle']);
    expect(renderTemplate('On {{platform}}', {}, { platform: 'generic' }).missing).toEqual(['platform']);
    expect(renderTemplate('On {{platform}}', { platform: 'the forum' }, { platform: 'generic' }).text).toBe('On the forum');
  });

  it('leaves out optional variables (required: false) and tidies the spaces', () => {
    const t = template('Costs {{price}}. {{price.details}} Ask me anything.', [
      { key: 'price', label: 'Price', required: true },
      { key: 'price.details', label: 'Details', required: false },
    ]);
    const out = renderTemplate(t, { vars: { price: '£10' } }, { platform: 'x' });
    expect(out.text).toBe('Costs £10. Ask me anything.');
    expect(out.missing).toEqual([]);
    expect(out.filledSpans[1]).toMatchObject({ key: 'price.details', source: 'empty' });
    expect(renderTemplate(t, {}, { platform: 'x' }).missing).toEqual(['price']);
    expect(renderTemplate('Done {{x | ""}}.', {}, { platform: 'x' }).text).toBe('Done.');
  });

  it('lets vars override built-ins and never expands a value again', () => {
    const out = renderTemplate('Hi {{author.name}}, {{note}}', { author: { name: 'Anna' }, vars: { 'author.name': 'Ms Berg', note: '{{agent.name}}' } }, { platform: 'x' });
    expect(out.text).toBe('Hi Ms Berg, {{agent.name}}');
    expect(out.missing).toEqual([]);
  });

  it('removes bidi overrides and zero-width characters from values', () => {
    const out = renderTemplate('Re {{x}}.', { vars: { x: 'order\u202E 42\u200B' } }, { platform: 'x' });
    expect(out.text).toBe('Re order 42.');
  });

  it('capitalises an all-lower-case value that starts a sentence, and nothing else', () => {
    const body = 'Hi! {{product}} costs {{price}}. {{product}} is {{product}}.';
    expect(renderTemplate(body, { vars: { product: 'the kettle', price: '£10' } }, { platform: 'x' }).text).toBe(
      'Hi! The kettle costs £10. The kettle is the kettle.',
    );
    expect(renderTemplate('{{p}} is new.', { vars: { p: 'iPhone' } }, { platform: 'x' }).text).toBe('iPhone is new.');
  });

  it('accepts a bare body and copes with no values at all', () => {
    expect(renderTemplate('Plain text.', {}, { platform: 'x' })).toEqual({ text: 'Plain text.', missing: [], filledSpans: [] });
    expect(renderTemplate('', {}, { platform: 'x' }).text).toBe('');
  });

  it('keeps right-to-left names and emoji in values intact', () => {
    const out = renderTemplate('{{author.name}}, شكرا 🙏 {{x}}', { author: { name: 'محمد علي' }, vars: { x: '👩‍👩‍👧' } }, { platform: 'x' });
    expect(out.text).toBe('محمد علي, شكرا 🙏 👩‍👩‍👧');
  });
});

describe('renderTemplate with a declared default', () => {
  const t: Pick<Template, 'body' | 'placeholders'> = {
    body: 'About {{ticket}} and {{case | "this"}}. {{eta}} soon.',
    placeholders: [
      { key: 'ticket', label: 'Ticket', default: 'your case' },
      { key: 'case', label: 'Case', default: 'ignored' },
      { key: 'eta', label: 'When', default: 'an update' },
    ],
  };

  it('uses the declared `default` when nobody fills the variable; an inline default wins over it', () => {
    const out = renderTemplate(t, {}, { platform: 'x' });
    expect(out).toMatchObject({ text: 'About your case and this. An update soon.', missing: [] });
    expect(out.filledSpans.map((s) => [s.key, s.source])).toEqual([
      ['ticket', 'default'],
      ['case', 'default'],
      ['eta', 'default'],
    ]);
  });

  it('a given value wins over the declared default', () => {
    expect(renderTemplate(t, { vars: { ticket: 'case 4411', eta: 'tomorrow' } }, { platform: 'x' }).text).toBe('About case 4411 and this. Tomorrow soon.');
  });

  it('an empty declared default makes the variable optional instead of a [key] marker', () => {
    const out = renderTemplate({ body: 'Thanks {{note}}!', placeholders: [{ key: 'note', label: 'Note', default: '' }] }, {}, { platform: 'x' });
    expect(out).toMatchObject({ text: 'Thanks!', missing: [] });
  });
});
