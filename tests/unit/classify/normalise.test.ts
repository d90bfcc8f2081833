import { describe, expect, it } from 'vitest';
import { MAX_CHARS, normaliseSocial, sourceRange } from '../../../src/core/classify';

const kinds = (text: string) => normaliseSocial(text).tokens.map((t) => `${t.kind}:${t.norm}`);

describe('normaliseSocial', () => {
  it('gives every token offsets into the original text', () => {
    const text = 'Sooo slooow!!! #NeverAgain @Northwind_UK see https://x.co/a?b=1. 😡';
    const social = normaliseSocial(text);
    for (const t of social.tokens) {
      if (t.fromHashtag) continue;
      expect(text.slice(t.start, t.end), t.kind).toBe(t.text);
    }
    expect(social.tokens.map((t) => t.kind)).toEqual([
      'word', 'word', 'punct', 'hashtag', 'word', 'word', 'mention', 'word', 'url', 'punct', 'emoji',
    ]);
  });

  it('marks URLs and @mentions and blanks them in the matching text', () => {
    const social = normaliseSocial('Ask @sam_support or see www.example.com/help and bit.ly/x2');
    expect(social.counts).toMatchObject({ urls: 2, mentions: 1 });
    expect(social.tokens.filter((t) => t.kind === 'url').map((t) => t.text)).toEqual(['www.example.com/help', 'bit.ly/x2']);
    expect(social.text).not.toContain('sam_support');
    expect(social.text).not.toContain('example');
    expect(social.text.length).toBe(social.source.length);
  });

  it('keeps sentence punctuation after a URL out of the URL', () => {
    const social = normaliseSocial('Look: https://example.org/a.');
    const url = social.tokens.find((t) => t.kind === 'url')!;
    expect(url.text).toBe('https://example.org/a');
    expect(social.tokens.at(-1)).toMatchObject({ kind: 'punct', text: '.' });
  });

  it('splits camelCase hashtags into words with their own offsets', () => {
    const text = 'Again! #NeverAgain #DataBreach2024 #WTF';
    const social = normaliseSocial(text);
    const parts = social.tokens.filter((t) => t.fromHashtag);
    expect(parts.map((t) => t.norm)).toEqual(['never', 'again', 'data', 'breach', '2024', 'wtf']);
    for (const t of parts) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(social.text).toContain('Never Again');
    expect(social.text).toContain('Data Breach 2024');
  });

  it('squeezes elongations to a known word and flags them', () => {
    const social = normaliseSocial('sooo goood, pleeease, Neeein, sååå');
    expect(social.tokens.filter((t) => t.kind === 'word').map((t) => t.norm)).toEqual(['so', 'good', 'please', 'nein', 'så']);
    expect(social.tokens.filter((t) => t.kind === 'word').every((t) => t.elongated)).toBe(true);
    expect(social.elongated).toBe(true);
    expect(normaliseSocial('good').elongated).toBe(false);
  });

  it('maps squeezed text back to the full elongated word', () => {
    const text = 'My LAWYERRRR will call';
    const social = normaliseSocial(text);
    const at = social.text.indexOf('LAWYER');
    expect(at).toBeGreaterThanOrEqual(0);
    const [s, e] = sourceRange(social, at, at + 'LAWYER'.length);
    expect(text.slice(s, e)).toBe('LAWYERRRR');
  });

  it('detects shouting but not a single acronym', () => {
    expect(normaliseSocial('WHERE IS MY ORDER').shouting).toBe(true);
    expect(normaliseSocial('WO BLEIBT MEIN PAKET?!').shouting).toBe(true);
    expect(normaliseSocial('I sent a GDPR request via DM').shouting).toBe(false);
    expect(normaliseSocial('This is SO annoying').shouting).toBe(false);
    expect(normaliseSocial('This is SO annoying').tokens[2]!.caps).toBe(true);
  });

  it('turns emoji and emoticons into sentiment hints and spots sarcasm marks', () => {
    expect(normaliseSocial('love it 😍❤️').emojiHint).toBeGreaterThan(0);
    expect(normaliseSocial('not again 😡👎 :(').emojiHint).toBeLessThan(0);
    expect(normaliseSocial('great 🙄').sarcasmMarks).toEqual(['🙄']);
    expect(normaliseSocial('great service /s').sarcasmMarks).toEqual(['/s']);
    expect(kinds('👍🏽 🇸🇪 :) <3')).toEqual(['emoji:👍', 'emoji:🇸', 'emoticon::)', 'emoticon:<3']);
  });

  it('removes zero-width and bidi marks but keeps offsets into the original', () => {
    const text = 'sc\u200Bam \u202Eoffer\u202C a\u00ADlert';
    const social = normaliseSocial(text);
    const words = social.tokens.filter((t) => t.kind === 'word');
    expect(words.map((t) => t.norm)).toEqual(['scam', 'offer', 'alert']);
    expect(text.slice(words[0]!.start, words[0]!.end)).toBe('sc\u200Bam');
    expect(social.text).toBe('scam offer alert');
  });

  it('folds ß and typographic apostrophes for lookups', () => {
    expect(kinds('Grüße, don’t')).toEqual(['word:grüsse', 'punct:,', "word:don't"]);
  });

  it('considers only the first MAX_CHARS characters', () => {
    const social = normaliseSocial('a '.repeat(MAX_CHARS));
    expect(social.truncated).toBe(true);
    expect(social.source.length).toBeLessThanOrEqual(MAX_CHARS);
    // never cuts an emoji in half
    const emoji = normaliseSocial('x'.repeat(MAX_CHARS - 1) + '😀');
    expect(emoji.source.endsWith('\uD83D')).toBe(false);
  });

  it('handles other scripts and mixed scripts as words', () => {
    expect(kinds('Привет мир')).toEqual(['word:привет', 'word:мир']);
    expect(kinds('مرحبا hello 你好')).toEqual(['word:مرحبا', 'word:hello', 'word:你好']);
  });
});
