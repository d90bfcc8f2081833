import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../fast-check-seed';
import { starterPackJson } from '../../../src/core/pack/starter';
import { Pack, type Template } from '../../../src/core/pack/schema';
import { FIELD_WEIGHT, compileTemplates, type TemplateIndex, type Vocabulary } from '../../../src/core/templates/template-index';
import { replacePlaceholders } from '../../../src/core/templates/placeholders';
import { STOPWORDS, fold, stem, words } from '../../../src/core/templates/search-text';
import { generateTemplates } from './generate';

/** The postings and stems compileTemplates must produce, built the obvious way with maps. */
function reference(templates: readonly Template[]) {
  const title = new Map<string, Map<number, number>>();
  const body = new Map<string, Map<number, number>>();
  const stems = new Map<string, number[]>();
  const docStems: string[][] = [];
  const put = (vocab: Map<string, Map<number, number>>, w: string, d: number, weight: number) => {
    const docs = vocab.get(w) ?? new Map<number, number>();
    docs.set(d, Math.max(docs.get(d) ?? 0, weight));
    vocab.set(w, docs);
  };
  const stemOf = (w: string) => (w.length >= 2 && !STOPWORDS.has(w) && !/^\d+$/.test(w) ? stem(w) : null);
  templates.forEach((t, d) => {
    const own: string[] = [];
    if (t.shortcut) for (const w of words(fold(t.shortcut.trim()).slice(1))) put(title, w, d, FIELD_WEIGHT.shortcut);
    const add = (vocab: typeof title, text: string, weight: number, max?: number) => {
      for (const w of words(text, max)) {
        put(vocab, w, d, weight);
        const s = stemOf(w);
        if (s !== null && !own.includes(s)) own.push(s);
      }
    };
    add(title, t.name, FIELD_WEIGHT.name);
    for (const tag of t.tags ?? []) add(title, tag, FIELD_WEIGHT.tag);
    add(body, t.body.includes('{{') ? replacePlaceholders(t.body, (p) => (p.fallback ? ` ${p.fallback} ` : ' ')) : t.body, FIELD_WEIGHT.body, Infinity);
    for (const s of own) stems.set(s, [...(stems.get(s) ?? []), d]);
    docStems.push(own);
  });
  return { title, body, stems, docStems };
}

function postings(vocab: Vocabulary): Map<string, Map<number, number>> {
  return new Map(vocab.words.map((w, k) => [w, new Map([...vocab.docs[k]!].map((d, j) => [d, vocab.weights[k]![j]!]))]));
}

function expectLikeReference(index: TemplateIndex, templates: readonly Template[]): void {
  const ref = reference(templates);
  for (const vocab of [index.title, index.body]) expect([...vocab.words].sort()).toEqual(vocab.words);
  expect(postings(index.title)).toEqual(ref.title);
  expect(postings(index.body)).toEqual(ref.body);
  expect(new Map([...index.stems].map(([s, e]) => [s, [...e.docs]]))).toEqual(ref.stems);
  const stemOfId = new Map([...index.stems].map(([s, e]) => [e.id, s]));
  expect(index.docStems.map((ids) => [...ids].map((id) => stemOfId.get(id)))).toEqual(ref.docStems);
}

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.array(fc.constantFrom('Störung', 'stor', 'ung', 'Straße', 'the', 'und', '42', 'a', 'Zz', 'ÆBLE', 'sor\u200Bry', '{{author.name}}', '{{x | "Kund:in"}}', ' ', '. ', '-'), { maxLength: 12 }).map((p) => p.join(' ')),
);
const template = fc.record({
  name: text.map((s) => s || 'n'),
  body: text.map((s) => s || 'b'),
  tags: fc.option(fc.array(text, { maxLength: 3 }), { nil: undefined }),
  shortcut: fc.option(fc.constantFrom(';a', ';stor-ung', '/x1', ';the'), { nil: undefined }),
});

describe('compileTemplates', () => {
  it('builds the postings and stems a plain map-based build gives', () => {
    fc.assert(
      fc.property(fc.array(template, { maxLength: 12 }), (parts) => {
        const templates: Template[] = parts.map((p, i) => ({ id: `t${i}`, locale: 'en', intents: ['neutral'], ...p, ...(p.tags ? {} : { tags: undefined }) }));
        expectLikeReference(compileTemplates(templates), templates);
      }),
      { numRuns: 300 },
    );
  });

  it('does so for a large generated pack', () => {
    const templates = generateTemplates(600, Pack.parse(starterPackJson).templates);
    expectLikeReference(compileTemplates(templates), templates);
  });
});
