/** A marker's side of its comment, and where the marker goes. Pure: the caller measures. */

export const MARK_SIZE = 16;

/**
 * The marker's top-left corner for a comment box (viewport pixels): just outside the comment's
 * start edge — left, or right on a right-to-left comment — inside it when the page leaves no room
 * there; level with its first line, and kept beside the comment while a tall one scrolls past.
 */
export function markPosition(box: Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom'>, rtl: boolean, viewportWidth: number): { x: number; y: number } {
  const x = rtl
    ? box.right + MARK_SIZE + 2 <= viewportWidth
      ? box.right + 2
      : box.right - MARK_SIZE - 2
    : box.left >= MARK_SIZE + 4
      ? box.left - MARK_SIZE - 2
      : box.left + 2;
  const y = Math.max(Math.min(Math.max(box.top + 4, 4), box.bottom - MARK_SIZE), box.top);
  return { x, y };
}
