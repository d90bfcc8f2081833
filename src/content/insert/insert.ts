import { say as t } from '../composer/words';
import type { Response } from '../../messages';
import { draftText, type EditorRef } from '../composer/editor-at';
import { landed } from './landed';
import { apply, methodsFor } from './methods';
import { placeSelection, type CaretMemory } from './selection';
import type { InsertRequest } from './request';

type InsertResult = Response<'editor/insert'>;

/** After the current task: editors (React, Lexical) re-render in microtasks or the next task. Not throttled in background tabs. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Put text into a reply box through its editor, verify it by reading the box back, and fall back
 * to the clipboard. A technique that changed the box but not as intended is not followed by
 * another one: that could insert the text twice.
 */
export async function insertText(editor: EditorRef | null, request: InsertRequest, caret: CaretMemory): Promise<InsertResult> {
  if (!editor?.root.isConnected) return { ok: false, method: 'none', message: t('badge_insertNoComposer') };
  const before = draftText(editor);
  if (request.expectDraft !== undefined && request.expectDraft !== before) {
    return { ok: false, method: 'none', message: t('badge_insertChanged') };
  }
  for (const method of methodsFor(editor.kind, request.text)) {
    if (!placeSelection(editor, request.mode, request.range, caret)) return { ok: false, method: 'none', message: t('badge_insertChanged') };
    // Editors learn about the new selection from "selectionchange", which comes in a later task.
    await nextTask();
    const start = draftText(editor);
    apply(method, editor, request.text);
    await nextTask();
    let after = draftText(editor);
    if (after === start) {
      await sleep(50);
      after = draftText(editor);
    }
    if (landed(before, after, request.text, request.mode)) return { ok: true, method };
    if (after !== start) return toClipboard(method, request.text);
  }
  return toClipboard('none', request.text);
}

async function toClipboard(method: string, text: string): Promise<InsertResult> {
  try {
    await navigator.clipboard.writeText(text);
    return { ok: false, method, message: t('badge_insertFailedCopied') };
  } catch {
    return { ok: false, method, message: t('badge_insertFailed') };
  }
}
