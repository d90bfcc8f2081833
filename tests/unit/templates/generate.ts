import { INTENTS, PLATFORMS, type Intent, type Platform, type Template } from '../../../src/core/pack/schema';

/** The bench's seeded PRNG, so generated packs are the same on every run. */
export { rng as prng } from '../../../bench/rng';
import { rng as prng } from '../../../bench/rng';

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sta', 'ber', 'ung', 'lief', 'vor', 'tri', 'del', 'ivo', 'pak', 'sen', 'dor', 'ful', 'ark', 'nis', 'ret', 'ple'];

/**
 * `count` templates shaped like real ones: starter templates recombined with invented words so
 * the vocabulary grows with the pack (≈ 12 words of their own per template), random intents,
 * platform restrictions on a third, holding statements on 5 %, unique ids and shortcuts.
 */
export function generateTemplates(count: number, seeds: readonly Template[], seed = 42): Template[] {
  const r = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
  const word = () => {
    let w = '';
    const n = 2 + Math.floor(r() * 3);
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    return w;
  };
  const out: Template[] = [];
  for (let i = 0; i < count; i++) {
    const base = seeds[i % seeds.length]!;
    const own = Array.from({ length: 12 }, word);
    const intents = [...new Set<Intent>([pick(INTENTS), ...(r() < 0.5 ? [pick(INTENTS)] : [])])];
    const platforms = r() < 0.33 ? [...new Set<Platform>([pick(PLATFORMS), pick(PLATFORMS)])] : undefined;
    out.push({
      id: `${base.id}.g${i}`,
      name: `${base.name} ${own[0]}`,
      locale: base.locale,
      intents,
      ...(platforms ? { platforms } : {}),
      body: `${base.body} ${own.slice(1).join(' ')}.`,
      shortcut: `${base.shortcut ?? ';t'}-${i.toString(36)}`,
      ...(base.placeholders ? { placeholders: base.placeholders } : {}),
      tags: [...(base.tags ?? []), own[1]!],
      ...(r() < 0.05 ? { holding: true } : {}),
    });
  }
  return out;
}
