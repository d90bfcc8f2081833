import { describe, expect, it } from 'vitest';
import { MARK_SIZE, markPosition } from '../../../src/content/highlight/marks-place';

const box = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height });

describe('where a needs-answer marker goes', () => {
  it('sits just outside the start edge: left of a left-to-right comment, right of a right-to-left one', () => {
    expect(markPosition(box(100, 200, 500, 80), false, 1000)).toEqual({ x: 100 - MARK_SIZE - 2, y: 204 });
    expect(markPosition(box(100, 200, 500, 80), true, 1000)).toEqual({ x: 602, y: 204 });
  });

  it('goes inside the comment when the page leaves no room on that side', () => {
    expect(markPosition(box(10, 200, 500, 80), false, 1000).x).toBe(12);
    // A right-to-left comment reaching the viewport's right edge.
    expect(markPosition(box(200, 200, 800, 80), true, 1000).x).toBe(1000 - MARK_SIZE - 2);
    expect(markPosition(box(200, 200, 790, 80), true, 1000).x).toBe(990 - MARK_SIZE - 2);
    expect(markPosition(box(200, 200, 780, 80), true, 1000).x).toBe(982);
  });

  it('stays level with the first line, and beside a tall comment scrolling past, on either side', () => {
    for (const rtl of [false, true]) {
      expect(markPosition(box(100, -300, 500, 1000), rtl, 1000).y).toBe(4);
      expect(markPosition(box(100, -300, 500, 310), rtl, 1000).y).toBe(10 - MARK_SIZE);
    }
  });
});
