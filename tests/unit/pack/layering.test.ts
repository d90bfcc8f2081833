import { describe, expect, it } from 'vitest';
import { layerPacks, type Layer } from '../../../src/core/pack/layering';
import { Pack, type PackInput } from '../../../src/core/pack/schema';

const rule = (id: string, message = `Avoid ${id}`) => ({
  id,
  kind: 'existence' as const,
  message,
  why: 'Because.',
  tokens: [id.toLowerCase()],
  examples: { bad: [id.toLowerCase()], good: ['fine'] },
});
const template = (id: string, body = `Body of ${id}`) => ({ id, name: id, locale: 'en', intents: ['question' as const], body });

function pack(id: string, extra: Partial<PackInput> = {}): Pack {
  return Pack.parse({ id, name: `${id} pack`, version: '1.0.0', locales: ['en'], voice: { default: {} }, ...extra });
}
const layer = (tier: Layer['tier'], p: Pack): Layer => ({ tier, name: p.name, pack: p });

describe('layering packs', () => {
  const starter = pack('starter', { rules: [rule('A'), rule('B')], templates: [template('t1'), template('t2')] });

  it('adds items of later layers and records where each came from', () => {
    const org = pack('org', { rules: [rule('C')], templates: [template('t3')] });
    const { pack: effective, origins } = layerPacks([layer('starter', starter), layer('organisation', org)]);
    expect(effective.rules.map((r) => r.id)).toEqual(['A', 'B', 'C']);
    expect(effective.templates.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
    expect(origins.rules).toEqual({ A: 'starter pack', B: 'starter pack', C: 'org pack' });
    expect(origins.templates.t3).toBe('org pack');
  });

  it('lets a later layer replace an item by id, in its original place', () => {
    const org = pack('org', { rules: [rule('A', 'Org says no A')] });
    const { pack: effective, origins } = layerPacks([layer('starter', starter), layer('organisation', org)]);
    expect(effective.rules.map((r) => [r.id, r.message])).toEqual([
      ['A', 'Org says no A'],
      ['B', 'Avoid B'],
    ]);
    expect(origins.rules.A).toBe('org pack');
  });

  it('applies tiers in precedence order whatever order the layers are given in', () => {
    const org = pack('org', { templates: [template('t1', 'org wording')] });
    const team = pack('team', { templates: [template('t1', 'team wording')] });
    const personal = pack('me', { templates: [template('t1', 'my wording')] });
    const { pack: effective, origins } = layerPacks([layer('personal', personal), layer('team', team), layer('starter', starter), layer('organisation', org)]);
    expect(effective.templates.find((t) => t.id === 't1')!.body).toBe('my wording');
    expect(origins.templates.t1).toBe('me pack');
    expect(effective.name).toBe('me pack');
  });

  it('keeps the configured order among packs of the same tier (the later one wins)', () => {
    const a = pack('team-a', { rules: [rule('X', 'from a')] });
    const b = pack('team-b', { rules: [rule('X', 'from b')] });
    expect(layerPacks([layer('team', a), layer('team', b)]).pack.rules[0]!.message).toBe('from b');
    expect(layerPacks([layer('team', b), layer('team', a)]).pack.rules[0]!.message).toBe('from a');
  });

  it('disables earlier items by id in every section, and a still later layer can bring one back', () => {
    const org = pack('org', {
      rules: [rule('C')],
      lessons: [],
      disable: ['A', 't2'],
    });
    const disabled = layerPacks([layer('starter', starter), layer('organisation', org)]);
    expect(disabled.pack.rules.map((r) => r.id)).toEqual(['B', 'C']);
    expect(disabled.pack.templates.map((t) => t.id)).toEqual(['t1']);
    expect(disabled.origins.rules.A).toBeUndefined();
    expect(disabled.pack.disable).toBeUndefined();

    const personal = pack('me', { rules: [rule('A', 'mine')] });
    const back = layerPacks([layer('starter', starter), layer('organisation', org), layer('personal', personal)]);
    expect(back.pack.rules.find((r) => r.id === 'A')!.message).toBe('mine');
    expect(back.origins.rules.A).toBe('me pack');
  });

  it('does not let a layer disable its own items', () => {
    const org = pack('org', { rules: [rule('C')], disable: ['C'] });
    expect(layerPacks([layer('organisation', org)]).pack.rules.map((r) => r.id)).toEqual(['C']);
  });

  it('merges voice, locales, accounts and site fixes, the later layer winning per key', () => {
    const org = pack('org', {
      locales: ['en', 'de'],
      accounts: [{ platform: 'x', handle: '@Acme' }],
      voice: { default: { formality: [0.4, 0.7], emoji: { max: 1 } }, platforms: { x: { length: { max: 280 } } } },
      sites: { x: { composer: '.org-composer' } },
      crisisMode: true,
    });
    const team = pack('team', {
      locales: ['sv'],
      accounts: [{ platform: 'x', handle: '@acme' , name: 'Acme' }, { platform: 'reddit', handle: 'acme' }],
      voice: { default: { emoji: { max: 0 } } },
      sites: { reddit: { comment: '.c' } },
      crisisMode: false,
    });
    const { pack: effective } = layerPacks([layer('organisation', org), layer('team', team)]);
    expect(effective.locales).toEqual(['en', 'de', 'sv']);
    expect(effective.accounts).toEqual([{ platform: 'x', handle: '@acme', name: 'Acme' }, { platform: 'reddit', handle: 'acme' }]);
    expect(effective.voice.default).toEqual({ formality: [0.4, 0.7], emoji: { max: 0 } });
    expect(effective.voice.platforms?.x).toEqual({ length: { max: 280 } });
    expect(effective.sites).toEqual({ x: { composer: '.org-composer' }, reddit: { comment: '.c' } });
    expect(effective.crisisMode).toBe(false);
  });

  it('gives the effective pack a valid shape', () => {
    const org = pack('org', { rules: [rule('C')], disable: ['B'], changelog: [{ version: '1.0.0', changes: ['first'] }] });
    const { pack: effective } = layerPacks([layer('starter', starter), layer('organisation', org)]);
    expect(Pack.safeParse(effective).success).toBe(true);
    expect(effective.changelog).toEqual([{ version: '1.0.0', changes: ['first'] }]);
  });
});
