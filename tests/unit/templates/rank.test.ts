import { describe, expect, it } from 'vitest';
import { starterPackJson } from '../../../src/core/pack/starter';
import { formatProblems, validatePack } from '../../../src/core/pack/validate';
import type { Pack, Template } from '../../../src/core/pack/schema';
import { compileTemplates } from '../../../src/core/templates/template-index';
import { rankTemplates, type RankOptions } from '../../../src/core/templates/rank';
import { generateTemplates } from './generate';

function starter(): Pack {
  const result = validatePack(starterPackJson);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.pack;
}

const t = (id: string, over: Partial<Template> = {}): Template => ({
  id,
  name: id,
  locale: 'en',
  intents: ['neutral'],
  body: `Body of ${id}.`,
  ...over,
});

const ids = (index: ReturnType<typeof compileTemplates>, opts: RankOptions) => rankTemplates(index, opts).map((r) => r.template.id);

describe('rankTemplates with the starter pack', () => {
  const pack = starter();
  const index = compileTemplates(pack.templates);

  it('ranks German complaint templates first for a German complaint on X', () => {
    const ranked = rankTemplates(index, {
      intents: ['complaint'],
      platform: 'x',
      locale: 'de',
      commentText: 'Meine Bestellung ist seit zwei Wochen nicht da. Total enttäuscht, niemand meldet sich!',
      limit: 50,
    });
    const german = pack.templates.filter(
      (tp) => tp.locale === 'de' && tp.intents.includes('complaint') && (!tp.platforms || tp.platforms.includes('x')),
    );
    expect(german.length).toBeGreaterThan(3);
    const top = ranked.slice(0, german.length);
    for (const r of top) {
      expect(r.template.locale, r.template.id).toBe('de');
      expect(r.template.intents, r.template.id).toContain('complaint');
    }
    expect(top[0]!.reasons).toEqual(expect.arrayContaining(['locale:de', 'intent:complaint', 'platform:x']));
    // The "Bestellung" template shares a word with the comment and comes before generic ones.
    expect(top.slice(0, 2).map((r) => r.template.id)).toContain('de.beschwerde-dm-du');
    expect(top[0]!.reasons.some((r) => r.startsWith('words:'))).toBe(true);
    // Nothing restricted to other platforms, nothing in another language above a German one.
    for (const r of ranked) if (r.template.platforms) expect(r.template.platforms).toContain('x');
    const firstOther = ranked.findIndex((r) => r.template.locale !== 'de');
    if (firstOther >= 0) expect(ranked.slice(firstOther).every((r) => r.template.locale !== 'de')).toBe(true);
  });

  it('shows only holding statements in crisis mode, in the right language first', () => {
    const ranked = rankTemplates(index, { intents: ['crisis'], platform: 'x', locale: 'sv', crisis: true, limit: Infinity });
    expect(ranked.length).toBe(pack.templates.filter((tp) => tp.holding && (!tp.platforms || tp.platforms.includes('x'))).length);
    expect(ranked.every((r) => r.template.holding === true)).toBe(true);
    expect(ranked[0]!.template.locale).toBe('sv');
  });

  it('answers a complaint that ends in a question with a complaint template, whatever order the intents come in', () => {
    const commentText = 'My parcel has been stuck for 9 days and nobody answers my emails. Where is it?? 😡';
    for (const intents of [['question', 'complaint', 'help_request'], ['complaint', 'question']] as const) {
      const [top] = rankTemplates(index, { intents, platform: 'x', locale: 'en', commentText, limit: 5 });
      expect(top!.template.intents, top!.template.id).toContain('complaint');
      expect(top!.template.intents, top!.template.id).not.toContain('question');
    }
  });

  it('finds starter shortcuts by prefix', () => {
    const ranked = rankTemplates(index, { intents: ['complaint'], platform: 'facebook', locale: 'en', query: ';sorry-d' });
    expect(ranked.slice(0, 2).map((r) => r.template.shortcut).sort()).toEqual([';sorry-delay', ';sorry-dm']);
    expect(ranked[0]!.reasons).toContain('shortcut:prefix');
  });
});

describe('rankTemplates', () => {
  it('puts the exact shortcut first for ";sorry", then longer shortcuts, then word matches', () => {
    const index = compileTemplates([
      t('apology-text', { name: 'Apology', body: 'We are so sorry about this.', intents: ['complaint'] }),
      t('sorry-dm', { shortcut: ';sorry-dm', intents: ['complaint'] }),
      t('sorry', { shortcut: ';sorry', intents: ['praise'] }),
      t('de-sorry', { shortcut: ';sorry', locale: 'de', intents: ['complaint'] }),
      t('unrelated', { shortcut: ';thanks', intents: ['complaint'] }),
    ]);
    const ranked = rankTemplates(index, { intents: ['complaint'], platform: 'x', locale: 'en', query: ';sorry' });
    expect(ranked.map((r) => r.template.id)).toEqual(['sorry', 'de-sorry', 'sorry-dm', 'apology-text']);
    expect(ranked[0]!.reasons[0]).toBe('shortcut:exact');
    // "/sorry" finds the ";sorry" shortcut too.
    expect(ids(index, { intents: [], platform: 'x', locale: 'en', query: '/sorry' })[0]).toBe('sorry');
    // Just the sigil lists templates that have shortcuts.
    expect(ids(index, { intents: ['complaint'], platform: 'x', locale: 'en', query: ';' })).not.toContain('apology-text');
  });

  it('matches query words as prefixes of names, tags and body words; all words must match', () => {
    const index = compileTemplates([
      t('body', { body: 'Your delivery is delayed, sorry.' }),
      t('name', { name: 'Delivery delay' }),
      t('tag', { tags: ['delivery'] }),
      t('other', { body: 'Thanks for the kind words.' }),
    ]);
    const opts = { intents: [], platform: 'x' as const, locale: 'en' };
    expect(ids(index, { ...opts, query: 'deliv' })).toEqual(['name', 'tag', 'body']);
    expect(ids(index, { ...opts, query: 'deliv sorr' })).toEqual(['body']);
    expect(ids(index, { ...opts, query: 'DELIVERY' })).toEqual(['name', 'tag', 'body']);
    expect(ids(index, { ...opts, query: 'refund' })).toEqual([]);
  });

  it('tolerates one typo in a query word that matches nothing', () => {
    const index = compileTemplates([t('a', { name: 'Delivery delay' }), t('b', { name: 'Price question' })]);
    const opts = { intents: [], platform: 'x' as const, locale: 'en' };
    expect(ids(index, { ...opts, query: 'delivry' })).toEqual(['a']);
    expect(ids(index, { ...opts, query: 'dleivery' })).toEqual(['a']);
    expect(ids(index, { ...opts, query: 'prcie' })).toEqual(['b']);
    expect(ids(index, { ...opts, query: 'xyzzy' })).toEqual([]);
  });

  it('folds accents and case in queries and comments', () => {
    const index = compileTemplates([t('de', { locale: 'de', name: 'Störung behoben' }), t('sv', { locale: 'sv', name: 'Förlåt för strulet' })]);
    const opts = { intents: [], platform: 'x' as const, locale: 'de' };
    expect(ids(index, { ...opts, query: 'storung' })).toEqual(['de']);
    expect(ids(index, { ...opts, query: 'FÖRLÅT' })).toEqual(['sv']);
  });

  it('gives usage a gentle, logarithmic boost', () => {
    const index = compileTemplates([
      t('a', { intents: ['complaint'] }),
      t('b', { intents: ['complaint'] }),
      t('c', { intents: ['praise'] }),
    ]);
    const opts = { intents: ['complaint' as const], platform: 'x' as const, locale: 'en' };
    expect(ids(index, opts)).toEqual(['a', 'b', 'c']);
    const used = rankTemplates(index, { ...opts, usage: { b: 3 } });
    expect(used.map((r) => r.template.id)).toEqual(['b', 'a', 'c']);
    expect(used[0]!.reasons).toContain('usage:3');
    const score = (usage: number) => rankTemplates(index, { ...opts, usage: { b: usage } }).find((r) => r.template.id === 'b')!.score;
    expect(score(10) - score(1)).toBeGreaterThan(score(100) - score(10) - 1e-9);
    // Habit does not beat a template that fits the comment.
    expect(ids(index, { ...opts, usage: { c: 1_000_000 } })[2]).toBe('c');
    // Nonsense counts are ignored.
    expect(ids(index, { ...opts, usage: { b: -5, a: Number.NaN, zz: 4 } })).toEqual(['a', 'b', 'c']);
  });

  it('leaves out templates restricted to other platforms', () => {
    const index = compileTemplates([t('li', { platforms: ['linkedin', 'xing'] }), t('any'), t('x', { platforms: ['x'] })]);
    expect(ids(index, { intents: [], platform: 'x', locale: 'en' })).toEqual(['x', 'any']);
    expect(ids(index, { intents: [], platform: 'reddit', locale: 'en' })).toEqual(['any']);
  });

  it('prefers the language strongly (the exact regional locale a little more), other languages fill in below', () => {
    const index = compileTemplates([
      t('en', { intents: ['complaint'] }),
      t('de', { locale: 'de', intents: ['praise'] }),
      t('de-AT', { locale: 'de-AT', intents: ['praise'] }),
      t('de-complaint', { locale: 'de', intents: ['complaint'] }),
    ]);
    const ranked = rankTemplates(index, { intents: ['complaint'], platform: 'x', locale: 'de-AT' });
    // Same language: intent decides; same intent: the regional variant wins; English comes last
    // even though it fits the comment's intent.
    expect(ranked.map((r) => r.template.id)).toEqual(['de-complaint', 'de-AT', 'de', 'en']);
    expect(ranked[3]!.reasons).toContain('locale-fallback:en');
  });

  it('keeps holding statements below regular templates outside a crisis', () => {
    const index = compileTemplates([t('hold', { holding: true, intents: ['complaint'] }), t('plain', { intents: ['complaint'] })]);
    expect(ids(index, { intents: ['complaint'], platform: 'x', locale: 'en' })).toEqual(['plain', 'hold']);
    expect(ids(index, { intents: ['complaint'], platform: 'x', locale: 'en', crisis: true })).toEqual(['hold']);
  });

  it('respects limit and copes with empty packs and odd input', () => {
    const index = compileTemplates(Array.from({ length: 30 }, (_, i) => t(`t${i}`)));
    expect(rankTemplates(index, { intents: [], platform: 'x', locale: 'en' })).toHaveLength(20);
    expect(rankTemplates(index, { intents: [], platform: 'x', locale: 'en', limit: 3 })).toHaveLength(3);
    expect(rankTemplates(index, { intents: [], platform: 'x', locale: 'en', limit: 0 })).toEqual([]);
    expect(rankTemplates(index, { intents: [], platform: 'x', locale: 'en', limit: Infinity })).toHaveLength(30);
    expect(rankTemplates(compileTemplates([]), { intents: ['complaint'], platform: 'x', locale: 'en', query: 'x' })).toEqual([]);
    for (const query of ['', '   ', '🙂', '\u200B', '\u202E', ';', 'x'.repeat(100_000)]) {
      expect(() => rankTemplates(index, { intents: [], platform: 'x', locale: '', query, commentText: query })).not.toThrow();
    }
    // A query with nothing searchable does not filter.
    expect(rankTemplates(index, { intents: [], platform: 'x', locale: 'en', query: '🙂🙂' })).toHaveLength(20);
  });

  it('ranks a 10,000-template pack consistently', () => {
    const seeds = starter().templates;
    const templates = generateTemplates(10_000, seeds);
    const index = compileTemplates(templates);
    const opts: RankOptions = { intents: ['complaint'], platform: 'x', locale: 'de', commentText: 'Wo bleibt mein Paket?', limit: 25 };
    const top = rankTemplates(index, opts);
    expect(top).toHaveLength(25);
    for (let i = 1; i < top.length; i++) expect(top[i - 1]!.score).toBeGreaterThanOrEqual(top[i]!.score);
    // The top 25 is the head of the full ranking.
    const all = rankTemplates(index, { ...opts, limit: Infinity });
    expect(all.slice(0, 25).map((r) => r.template.id)).toEqual(top.map((r) => r.template.id));
    const exact = templates[1234]!;
    expect(rankTemplates(index, { ...opts, query: exact.shortcut! })[0]!.template.id).toBe(exact.id);
  });
});
