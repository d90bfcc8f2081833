import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../../src/core/text/segment';
import { normaliseBlocks, paragraphBlocks } from '../../../src/core/text/blocks';

const sentences = (t: string) => sentenceSpans(t, 0, t.length).map((s) => t.slice(s.start, s.end));

describe('sentences', () => {
  it('agrees with Intl.Segmenter on ordinary replies', () => {
    const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
    for (const t of [
      'Hi there. How are you? I am fine!Thanks.',
      'We use e.g. this and example.com for 3.14 cases. Next one.',
      'Line one\nLine two. Three',
      '"Really?" she asked. "Yes."',
      'Sorry!!! We will fix it... soon. OK?',
      'U.S. citizens. Done',
      'Tack! Vi hör av oss kl. 15. Hej då.',
    ]) {
      expect(sentences(t)).toEqual([...seg.segment(t)].map((s) => s.segment.trim()).filter(Boolean));
    }
  });

  it('returns spans into the whole text for a range', () => {
    const t = 'Intro. A b. C d.';
    expect(sentenceSpans(t, 7, t.length)).toEqual([
      { start: 7, end: 11 },
      { start: 12, end: 16 },
    ]);
  });
});

describe('blocks', () => {
  it('splits plain text into paragraphs at blank lines, trimmed', () => {
    expect(paragraphBlocks('  One\nstill one\n\n \n Two  ')).toEqual([
      { kind: 'paragraph', start: 2, end: 15 },
      { kind: 'paragraph', start: 20, end: 23 },
    ]);
    expect(paragraphBlocks('   ')).toEqual([]);
  });

  it('makes blocks from callers safe: clamped, sorted, no overlaps, surrogate pairs whole', () => {
    const text = 'ab😀cd';
    expect(
      normaliseBlocks(text, [
        { kind: 'paragraph', start: 3, end: 99 },
        { kind: 'heading', level: 9, start: 0, end: 3 },
        { kind: 'list', start: 1, end: 2 },
        { kind: 'bogus' as 'list', start: 0, end: 1 },
      ]),
    ).toEqual([
      { kind: 'heading', level: 6, start: 0, end: 4 },
    ]);
  });
});
