import { describe, expect, it } from 'vitest';
import { foldText, snapSpan, wordFlags } from '../../../src/core/text/chars';

describe('characters', () => {
  it('folds case without changing offsets', () => {
    for (const s of ['ÄÖÜ straße', 'İstanbul', 'ΣΟΦΟΣ', 'ſ', '😀A']) {
      expect(foldText(s)).toHaveLength(s.length);
    }
    expect(foldText('ΟΔΟΣ')).toBe('οδοσ');
    expect(foldText('ẞ')).toBe('ß');
  });

  it('treats letters, marks, digits, _ and joiners as word characters', () => {
    expect([...wordFlags('a é\u0301_1-😀𝐀')]).toEqual([1, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1]);
  });

  it('widens spans so they do not split surrogate pairs or orphan marks, skin tones or joined emoji', () => {
    const t = 'x👍🏽y';
    expect(snapSpan(t, 1, 3)).toEqual([1, 5]);
    expect(snapSpan('e\u0301x', 0, 1)).toEqual([0, 2]);
    expect(snapSpan('👩‍💻!', 0, 2)).toEqual([0, 5]);
    expect(snapSpan('😀', 1, 2)).toEqual([0, 2]);
  });
});
