import { describe, expect, it } from 'vitest';
import { composerLabel, type LabelWords } from '../../../src/content/composer/label';

const words: LabelWords = {
  replyTo: (who, excerpt) => `Reply to ${who}: “${excerpt}”`,
  newComment: (host) => `New comment on ${host}`,
};

describe('composerLabel', () => {
  it('names the handle and the start of the comment answered', () => {
    const label = composerLabel({ authorName: 'Maria Lindqvist', authorHandle: '@maria_l', text: 'Where is my parcel?' }, 'x.com', words);
    expect(label).toBe('Reply to @maria_l: “Where is my parcel?”');
  });

  it('falls back to the name when the site shows no handle', () => {
    expect(composerLabel({ authorName: 'Maria Lindqvist', text: 'Hi' }, 'www.facebook.com', words)).toBe('Reply to Maria Lindqvist: “Hi”');
  });

  it('cuts a long comment at a word boundary and flattens its lines', () => {
    const label = composerLabel(
      { authorName: 'Maria', authorHandle: '@maria_l', text: 'My parcel has been stuck for 9 days\n\nand nobody answers my emails. Where is it??' },
      'x.com',
      words,
    );
    expect(label).toBe('Reply to @maria_l: “My parcel has been stuck for 9 days and nobody…”');
  });

  it('says where a box that answers no comment posts', () => {
    expect(composerLabel(null, 'old.reddit.com', words)).toBe('New comment on old.reddit.com');
  });

  it('keeps page text as text and within the contract’s 300 characters', () => {
    const hostile = { authorName: '<img src=x onerror=alert(1)>'.repeat(30), text: '<script>alert(1)</script>'.repeat(50) };
    const label = composerLabel(hostile, 'x.com', words);
    expect([...label].length).toBeLessThanOrEqual(300);
    expect(label).toContain('<img src=x onerror=alert(1)>');
  });
});
