import { describe, expect, it } from 'vitest';
import { landed } from '../../../src/content/insert/landed';

describe('landed', () => {
  it('accepts a caret insertion that appears once more than before', () => {
    expect(landed('Thanks!', 'Thanks! Best, Sam', ' Best, Sam', 'caret')).toBe(true);
    expect(landed('Best, Sam', 'Best, Sam Best, Sam', 'Best, Sam', 'caret')).toBe(true);
  });

  it('rejects text inserted twice (the empty Draft.js editor failure)', () => {
    expect(landed('', 'Hello MariaHello Maria', 'Hello Maria', 'caret')).toBe(false);
  });

  it('rejects an insertion that lost its paragraph breaks (the X execCommand failure)', () => {
    expect(landed('', 'Hi Maria, sorry.', 'Hi Maria,\n\nsorry.', 'replace')).toBe(false);
  });

  it('tolerates how editors write blank lines and trailing spaces', () => {
    expect(landed('old', 'Hi Maria,\n\n\nsorry.\u00a0', 'Hi Maria,\n\nsorry.', 'replace')).toBe(true);
  });

  it('requires a replacement to leave nothing of the old draft', () => {
    expect(landed('old draft', 'old draft Hi', 'Hi', 'replace')).toBe(false);
    expect(landed('old draft', 'Hi', 'Hi', 'replace')).toBe(true);
  });

  it('rejects an insertion that did not happen', () => {
    expect(landed('Thanks!', 'Thanks!', ' Best', 'caret')).toBe(false);
  });
});
