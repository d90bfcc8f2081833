/** A slice of the draft with its UTF-16 offset. */
export interface Segment {
  text: string;
  start: number;
}

/** Paragraphs are separated by blank lines. */
export function paragraphs(text: string): Segment[] {
  const out: Segment[] = [];
  const re = /\n[ \t]*\n+/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), start: last });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), start: last });
  return out;
}

const sentenceSegmenters = new Map<string, Intl.Segmenter>();

export function sentences(text: string, locale = 'en'): Segment[] {
  let seg = sentenceSegmenters.get(locale);
  if (!seg) {
    seg = new Intl.Segmenter(locale, { granularity: 'sentence' });
    sentenceSegmenters.set(locale, seg);
  }
  const out: Segment[] = [];
  for (const s of seg.segment(text)) {
    if (s.segment.trim()) out.push({ text: s.segment, start: s.index });
  }
  return out;
}

export function scopeSegments(text: string, scope: string | undefined, locale: string): Segment[] {
  if (scope === 'sentence') return sentences(text, locale);
  if (scope === 'paragraph') return paragraphs(text);
  return [{ text, start: 0 }];
}

/** Number of code points, which is what people and most sites count as characters. */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
