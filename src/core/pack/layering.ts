import type { Pack } from './schema';

/** Layers in order of precedence: each later tier wins over the earlier ones. */
export const TIERS = ['starter', 'organisation', 'team', 'personal'] as const;
export type Tier = (typeof TIERS)[number];

export interface Layer {
  tier: Tier;
  /** Shown to people as where an item came from, e.g. "Acme organisation guidelines". */
  name: string;
  pack: Pack;
}

export const SECTIONS = ['rules', 'templates', 'escalations', 'lessons'] as const;
export type Section = (typeof SECTIONS)[number];

/** For each section, the name of the layer every effective item came from. */
export type ItemOrigins = Record<Section, Record<string, string>>;

export interface LayeredPack {
  pack: Pack;
  origins: ItemOrigins;
}

/**
 * Merge packs into the effective pack. Layers are sorted by tier (stable, so several packs of one
 * tier keep their configured order); a later layer adds items, replaces an earlier item with the
 * same id (in place, so the order authors chose survives), or removes earlier items named in its
 * `disable`. Maps (voice, response times, moderation, site fixes) merge key by key with the later
 * value winning; lists of locales and accounts are unions. The effective pack carries the
 * identity, crisis flag and changelog of the most specific layer.
 */
export function layerPacks(layers: readonly Layer[]): LayeredPack {
  const ordered = [...layers].sort((a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier));
  const top = ordered.at(-1);
  if (!top) throw new Error('layerPacks needs at least one layer');

  const items = {
    rules: new Map<string, Pack['rules'][number]>(),
    templates: new Map<string, Pack['templates'][number]>(),
    escalations: new Map<string, Pack['escalations'][number]>(),
    lessons: new Map<string, Pack['lessons'][number]>(),
  };
  const origins: ItemOrigins = { rules: {}, templates: {}, escalations: {}, lessons: {} };
  const locales = new Set<string>();
  const accounts = new Map<string, Pack['accounts'][number]>();
  let voice: Pack['voice'] = { default: {} };
  let responseTime: Pack['responseTime'];
  let moderation: Pack['moderation'];
  let sites: Pack['sites'];
  let crisisMode: boolean | undefined;

  for (const { name, pack } of ordered) {
    for (const id of pack.disable ?? []) {
      for (const section of SECTIONS) {
        items[section].delete(id);
        delete origins[section][id];
      }
    }
    for (const section of SECTIONS) {
      const map = items[section] as Map<string, { id: string }>;
      for (const item of pack[section]) {
        map.set(item.id, item);
        origins[section][item.id] = name;
      }
    }
    pack.locales.forEach((l) => locales.add(l));
    for (const a of pack.accounts) accounts.set(`${a.platform}|${a.handle.toLowerCase()}`, a);
    voice = {
      default: { ...voice.default, ...pack.voice.default },
      ...mergeMaps('platforms', voice.platforms, pack.voice.platforms),
      ...mergeMaps('intents', voice.intents, pack.voice.intents),
    };
    responseTime = merge(responseTime, pack.responseTime);
    moderation = merge(moderation, pack.moderation);
    sites = merge(sites, pack.sites);
    if (pack.crisisMode !== undefined) crisisMode = pack.crisisMode;
  }

  const effective: Pack = {
    id: top.pack.id,
    name: top.pack.name,
    version: top.pack.version,
    ...(top.pack.description !== undefined ? { description: top.pack.description } : {}),
    ...(top.pack.organisation !== undefined ? { organisation: top.pack.organisation } : {}),
    locales: [...locales],
    ...(crisisMode !== undefined ? { crisisMode } : {}),
    accounts: [...accounts.values()],
    voice,
    ...(responseTime ? { responseTime } : {}),
    rules: [...items.rules.values()],
    templates: [...items.templates.values()],
    escalations: [...items.escalations.values()],
    lessons: [...items.lessons.values()],
    ...(moderation ? { moderation } : {}),
    ...(sites ? { sites } : {}),
    ...(top.pack.changelog ? { changelog: top.pack.changelog } : {}),
  };
  return { pack: effective, origins };
}

function merge<T extends object>(earlier: T | undefined, later: T | undefined): T | undefined {
  if (!later) return earlier;
  return { ...earlier, ...later };
}

function mergeMaps<K extends string, T extends object>(key: K, earlier: T | undefined, later: T | undefined): Partial<Record<K, T>> {
  const merged = merge(earlier, later);
  return merged ? ({ [key]: merged } as Partial<Record<K, T>>) : {};
}
