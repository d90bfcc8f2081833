import type { EditorRef } from '../composer/editor-at';
import { pointAt, readEditorText } from '../composer/editor-text';

export type Mode = 'caret' | 'replace' | 'range';

/**
 * The caret a person left in a contenteditable box, kept while they click in the panel (focusing
 * the box again would otherwise put the caret at its start).
 */
export class CaretMemory {
  private saved: { root: HTMLElement; range: Range } | null = null;

  note(root: HTMLElement): void {
    const selection = getSelection();
    if (!selection?.rangeCount) return;
    const range = selection.getRangeAt(0);
    if (root.contains(range.startContainer) && root.contains(range.endContainer)) this.saved = { root, range: range.cloneRange() };
  }

  recall(root: HTMLElement): Range | null {
    const saved = this.saved;
    return saved && saved.root === root && root.contains(saved.range.startContainer) && root.contains(saved.range.endContainer) ? saved.range : null;
  }
}

/** Focus the box and select where the text goes. False when a range cannot be placed. */
export function placeSelection(editor: EditorRef, mode: Mode, range: { start: number; end: number } | undefined, caret: CaretMemory): boolean {
  const { root } = editor;
  const focused = document.activeElement === root;
  root.focus({ preventScroll: true });
  if (root instanceof HTMLTextAreaElement) {
    if (mode === 'replace') root.setSelectionRange(0, root.value.length);
    if (mode === 'range') {
      if (!range || range.end > root.value.length || range.start > range.end) return false;
      root.setSelectionRange(range.start, range.end);
    }
    // "caret": a textarea keeps its own selection while it is not focused.
    return true;
  }
  const selection = getSelection();
  if (!selection) return false;
  if (mode === 'replace') {
    // The editor handles select-all as when the person presses Ctrl+A.
    document.execCommand('selectAll');
    return true;
  }
  const read = readEditorText(root);
  let target: Range;
  if (mode === 'range') {
    if (!range || range.start > range.end || range.end > read.text.length) return false;
    const start = pointAt(read, range.start);
    const end = pointAt(read, range.end);
    if (!start || !end) return range.start === 0 && range.end === 0;
    target = document.createRange();
    target.setStart(start.node, start.offset);
    target.setEnd(end.node, end.offset);
  } else {
    const live = selection.rangeCount ? selection.getRangeAt(0) : null;
    // The person is still in the box: their caret is where it is.
    if (focused && live && root.contains(live.startContainer) && root.contains(live.endContainer)) return true;
    const remembered = caret.recall(root);
    if (remembered) target = remembered;
    else {
      const end = pointAt(read, read.text.length);
      if (!end) return true;
      target = document.createRange();
      target.setStart(end.node, end.offset);
    }
  }
  selection.removeAllRanges();
  selection.addRange(target);
  return true;
}
