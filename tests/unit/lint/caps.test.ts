import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const rule = { kind: 'caps', message: '%s capitals.', maxRatio: 0.5, minLetters: 12 };

describe('caps', () => {
  it('reports shouting, on the longest run of capitalised words, with a sentence-case suggestion', () => {
    const [f] = run(rule, 'WE ARE LOOKING INTO IT NOW');
    expect(f).toMatchObject({ match: 'WE ARE LOOKING INTO IT NOW', message: '100% capitals.', suggestions: ['We are looking into it now'] });
  });

  it('ignores short drafts, acronyms in normal text and letters in links, mentions and hashtags', () => {
    expect(run(rule, 'OK THANKS')).toEqual([]);
    expect(run(rule, 'Your GDPR request reached us, and we will answer it.')).toEqual([]);
    expect(run(rule, 'See https://EXAMPLE.ORG/FAQ-PAGE-HELP and #CAPSLOCKDAY ok')).toEqual([]);
  });

  it('counts non-ASCII capitals', () => {
    expect(run(rule, 'VI HAR LÖST FELET NU ÅTERIGEN')).toHaveLength(1);
  });
});
