import { describe, expect, it } from 'vitest';
import { tag, tokenize } from '../../../src/core/text/pos';

const tags = (s: string) => tag(s).map((t) => `${t.text}/${t.tag}`).join(' ');

describe('English tagger (approximate)', () => {
  it('splits contractions like the treebank tokenizer', () => {
    expect(tokenize("We don't know, it's late.").map((t) => t.text)).toEqual(['We', 'do', "n't", 'know', ',', 'it', "'s", 'late', '.']);
  });

  it('tags closed classes, modals, auxiliaries and common suffixes', () => {
    expect(tags('It will be fixed quickly.')).toBe('It/PRP will/MD be/VB fixed/VBN quickly/RB ./.');
    expect(tags('The updated app has been released.')).toBe('The/DT updated/JJ app/NN has/VBZ been/VBN released/VBN ./.');
    expect(tags('We want to help Maria.')).toBe('We/PRP want/VBP to/TO help/VB Maria/NNP ./.');
  });
});
