// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pointAt, readEditorText } from '../../../src/content/composer/editor-text';

function editor(html: string): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.innerHTML = html;
  return root;
}

// The DOM each editor renders for "Hi Maria," / "" / "sorry for the wait."
const SHAPES = {
  draft:
    '<div data-contents="true">' +
    '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Hi Maria,</span></span></div></div>' +
    '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>' +
    '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">sorry for the wait.</span></span></div></div>' +
    '</div>',
  lexical: '<p dir="ltr"><span data-lexical-text="true">Hi Maria,</span></p><p><br></p><p dir="ltr"><span data-lexical-text="true">sorry for the wait.</span></p>',
  quill: '<p>Hi Maria,</p><p><br></p><p>sorry for the wait.</p>',
  chrome: 'Hi Maria,<div><br></div><div>sorry for the wait.</div>',
};

describe('readEditorText', () => {
  it.each(Object.entries(SHAPES))('reads %s paragraphs and blank lines as the person sees them', (_kind, html) => {
    expect(readEditorText(editor(html)).text).toBe('Hi Maria,\n\nsorry for the wait.');
  });

  it('reads an empty editor (a placeholder <br>) as empty', () => {
    expect(readEditorText(editor('<p><br></p>')).text).toBe('');
    expect(readEditorText(editor('<div data-contents="true"><div data-block="true"><div><span><br data-text="true"></span></div></div></div>')).text).toBe('');
  });

  it('keeps line breaks inside a paragraph, and a trailing one', () => {
    expect(readEditorText(editor('<p>one<br>two</p>')).text).toBe('one\ntwo');
    expect(readEditorText(editor('<p>one<br><br></p>')).text).toBe('one\n');
  });

  it('reads no-break spaces as spaces, keeping offsets', () => {
    expect(readEditorText(editor('<p>Hi\u00a0 there\u00a0</p>')).text).toBe('Hi  there ');
  });

  it('maps offsets back to the DOM text they came from', () => {
    const root = editor(SHAPES.lexical);
    const read = readEditorText(root);
    const at = read.text.indexOf('wait');
    const point = pointAt(read, at)!;
    expect(point.node.data.slice(point.offset)).toBe('wait.');
    // An offset on the blank line lands at the start of the next paragraph's text.
    const blank = pointAt(read, read.text.indexOf('\n') + 1)!;
    expect(blank.node.data).toBe('sorry for the wait.');
    expect(blank.offset).toBe(0);
  });
});
