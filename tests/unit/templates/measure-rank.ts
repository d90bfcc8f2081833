/**
 * Quick local measurement of template ranking over 10,000 generated templates (not a test, not
 * the project benchmark): `npx tsx tests/unit/templates/measure-rank.ts`. `npm run bench` owns
 * the official figures; `generateTemplates` is there for it to reuse.
 */
import { starterPackJson } from '../../../src/core/pack/starter';
import { validatePack } from '../../../src/core/pack/validate';
import { compileTemplates, rankTemplates, type RankOptions } from '../../../src/core/templates/index';
import { generateTemplates } from './generate';
const r = validatePack(starterPackJson);
if (!r.ok) throw new Error('starter pack does not validate');
const templates = generateTemplates(10_000, r.pack.templates);
let t0 = performance.now();
const idx = compileTemplates(templates);
console.log('compile 10k:', (performance.now() - t0).toFixed(1), 'ms; vocab title', idx.title.words.length, 'body', idx.body.words.length, 'stems', idx.stems.size);
const usage: Record<string, number> = {};
for (let i = 0; i < 200; i++) usage[templates[(i * 37) % templates.length]!.id] = i % 30;
const cases: Array<[string, RankOptions]> = [
  ['comment', { intents: ['complaint'], platform: 'x', locale: 'de', commentText: 'Meine Bestellung ist seit zwei Wochen nicht da, total enttäuscht! Wo bleibt mein Paket? Der Kundenservice antwortet auch nicht.', usage }],
  ['no text', { intents: ['question', 'help_request'], platform: 'facebook', locale: 'en', usage }],
  ['query ;sorry', { intents: ['complaint'], platform: 'x', locale: 'en', query: ';sorry', usage }],
  ['query words', { intents: ['complaint'], platform: 'facebook', locale: 'en', query: 'sorry deliv', usage }],
  ['query 1 char', { intents: ['complaint'], platform: 'facebook', locale: 'en', query: 's', usage }],
  ['query typo', { intents: ['complaint'], platform: 'facebook', locale: 'en', query: 'delivry', usage }],
  ['comment+query', { intents: ['complaint'], platform: 'instagram', locale: 'sv', query: 'leverans', commentText: 'Var är mitt paket? Jag har väntat i två veckor och ingen svarar.', usage }],
  ['crisis', { intents: ['crisis'], platform: 'x', locale: 'en', crisis: true, commentText: 'Is my data safe? I heard you were hacked', usage }],
  ['all (no limit)', { intents: ['complaint'], platform: 'x', locale: 'de', commentText: 'Paket fehlt', limit: Infinity }],
];
for (const [name, opts] of cases) {
  for (let i = 0; i < 50; i++) rankTemplates(idx, opts); // warm-up
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < 500; i++) {
    const s = performance.now();
    count = rankTemplates(idx, opts).length;
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.floor(p * (times.length - 1))]!.toFixed(3);
  console.log(name.padEnd(16), 'p50', q(0.5), 'ms  p90', q(0.9), 'ms  p99', q(0.99), 'ms  results', count);
}
