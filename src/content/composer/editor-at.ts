import type { EditorKind } from '../../core/pack/schema';
import { readEditorText } from './editor-text';

export interface EditorRef {
  /** The textarea, or the contenteditable editing host. */
  root: HTMLElement;
  kind: EditorKind;
}

/** The editor an event target belongs to, recognised by the editor library's own markers. */
export function editorAt(target: EventTarget | null): EditorRef | null {
  if (target instanceof HTMLTextAreaElement) return target.readOnly || target.disabled ? null : { root: target, kind: 'textarea' };
  if (!(target instanceof HTMLElement) || !target.isContentEditable) return null;
  let root = target;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return { root, kind: kindOf(root) };
}

function kindOf(root: HTMLElement): EditorKind {
  if (root.classList.contains('public-DraftEditor-content') || root.closest('.DraftEditor-root')) return 'draft';
  if (root.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  if (root.classList.contains('ql-editor')) return 'quill';
  if (root.classList.contains('ProseMirror')) return 'prosemirror';
  return 'contenteditable';
}

/** What the editor holds now, as the communicator sees it. */
export function draftText(editor: EditorRef): string {
  return editor.root instanceof HTMLTextAreaElement ? editor.root.value : readEditorText(editor.root).text;
}
