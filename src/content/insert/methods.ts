import type { EditorKind } from '../../core/pack/schema';
import type { EditorRef } from '../composer/editor-at';

/** The techniques, in the words the panel gets back ("method"). */
export type Method = 'execCommand' | 'paste' | 'value-setter' | 'dom';

/**
 * What to try per editor kind, best first. execCommand keeps the browser's own undo and sends
 * trusted input events; rich editors get a paste, which their own clipboard code turns into
 * state (Draft.js loses paragraphs and can insert twice with execCommand). The value setter and
 * direct DOM edits are last resorts: they work but the browser's undo does not see them.
 */
const ORDER: Record<EditorKind, Method[]> = {
  textarea: ['execCommand', 'value-setter'],
  draft: ['paste', 'execCommand'],
  lexical: ['paste', 'execCommand'],
  quill: ['paste', 'execCommand'],
  prosemirror: ['paste', 'execCommand'],
  contenteditable: ['execCommand', 'dom'],
};

export function methodsFor(kind: EditorKind, text: string): Method[] {
  // Draft.js corrupts its state when execCommand inserts line breaks.
  return ORDER[kind].filter((m) => !(kind === 'draft' && m === 'execCommand' && text.includes('\n')));
}

/** Apply one technique at the current selection. */
export function apply(method: Method, editor: EditorRef, text: string): void {
  switch (method) {
    case 'execCommand':
      document.execCommand('insertText', false, text);
      return;
    case 'paste':
      paste(editor.root, text);
      return;
    case 'value-setter':
      if (editor.root instanceof HTMLTextAreaElement) setValue(editor.root, text);
      return;
    case 'dom':
      domInsert(editor.root, text);
      return;
  }
}

const BRIDGE = 'parley:bridge';

function askBridge(target: HTMLElement, request: object): boolean {
  return !target.dispatchEvent(new CustomEvent(BRIDGE, { detail: JSON.stringify(request), cancelable: true }));
}

/** A paste with the text as clipboard data; from the page's world when the bridge runs there. */
function paste(target: HTMLElement, text: string): void {
  if (askBridge(target, { op: 'ping' })) {
    askBridge(target, { op: 'paste', text });
    return;
  }
  const data = new DataTransfer();
  data.setData('text/plain', text);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

/**
 * React-controlled textareas: the content script's world sees the element's native value setter
 * (React's value tracker lives in the page's world), so React notices the change on "input".
 */
function setValue(el: HTMLTextAreaElement, text: string): void {
  const { selectionStart: start, selectionEnd: end, value } = el;
  el.value = value.slice(0, start) + text + value.slice(end);
  el.setSelectionRange(start + text.length, start + text.length);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

function domInsert(root: HTMLElement, text: string): void {
  const selection = getSelection();
  const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
  if (!selection || !range || !root.contains(range.commonAncestorContainer)) return;
  range.deleteContents();
  const fragment = document.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i) fragment.append(document.createElement('br'));
    if (line) fragment.append(document.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  root.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}
