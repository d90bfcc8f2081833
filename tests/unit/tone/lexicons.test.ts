import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { lexiconInfo } from '../../../src/core/tone';
import { parseEntry } from '../../../src/core/tone/lexicon';
import { AFINN_165 } from '../../../src/core/tone/lexicons/afinn-165';
import { de } from '../../../src/core/tone/lexicons/de';
import { en } from '../../../src/core/tone/lexicons/en';
import type { LexiconSource } from '../../../src/core/tone/lexicons/source';
import { sv } from '../../../src/core/tone/lexicons/sv';

const dir = new URL('../../../src/core/tone/lexicons/', import.meta.url);
const read = (f: string): string => readFileSync(new URL(f, dir), 'utf8');
const entries = (list: string): string[] =>
  list
    .split(/[|\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

const LISTS = ['formal', 'informal', 'warm', 'cold', 'defensive', 'jargon', 'promotional', 'hedge', 'assertive'] as const;

describe.each([
  ['en', en],
  ['de', de],
  ['sv', sv],
] as [string, LexiconSource][])('%s lexicon', (locale, lex) => {
  it('names its source and licence in the file header and the data', () => {
    const header = read(`${locale}.ts`).slice(0, 1200);
    expect(header).toMatch(/Source|Sources/);
    expect(header).toMatch(/CC0|ODbL/);
    expect(lex.licence).toMatch(/CC0|ODbL/);
    expect(lexiconInfo(locale)).toMatchObject({ locale, fallback: false, licence: lex.licence });
  });

  it('has only well-formed entries', () => {
    for (const list of LISTS) {
      for (const raw of entries(lex[list])) {
        expect(parseEntry(raw), `${list}: ${raw}`).not.toBeNull();
        const colon = raw.lastIndexOf(':');
        if (colon > 0) expect(Number.isFinite(Number(raw.slice(colon + 1))), `${list}: ${raw}`).toBe(true);
      }
    }
    for (const group of lex.sentiment) {
      for (const [score, list] of Object.entries(group)) {
        expect(Number.isInteger(Number(score))).toBe(true);
        for (const raw of entries(list)) expect(parseEntry(raw), raw).not.toBeNull();
      }
    }
  });

  it('stays small enough for an extension bundle', () => {
    // The data as it ships (comments stripped): Parley's own lists ≤ 6 KB gzip per language;
    // English with the whole of AFINN-165 (≈ 11.4 KB of it) ≤ 16.5 KB.
    const own = gzipSync(JSON.stringify({ ...lex, sentiment: lex.sentiment.filter((g) => g !== AFINN_165) })).length;
    expect(own).toBeLessThanOrEqual(6 * 1024);
    expect(gzipSync(JSON.stringify(lex)).length).toBeLessThanOrEqual(locale === 'en' ? 16.5 * 1024 : 15 * 1024);
  });
});

describe('AFINN-165', () => {
  it('is complete and unmodified in content (3,382 entries, scores −5…+5)', () => {
    let n = 0;
    for (const [score, list] of Object.entries(AFINN_165)) {
      const v = Number(score);
      expect(v).toBeGreaterThanOrEqual(-5);
      expect(v).toBeLessThanOrEqual(5);
      n += entries(list).length;
    }
    expect(n).toBe(3382);
    expect(read('afinn-165.ts')).toContain('Open Database License');
    expect(read('NOTICE.md')).toContain('ODbL');
  });
});
