/**
 * The text a person sees in a contenteditable editor, read the same way for Draft.js, Lexical,
 * Quill, ProseMirror and plain contenteditable: one line per block, <br> as a line break, the
 * placeholder <br> that editors put in empty or ending lines ignored. `pieces` map offsets in
 * `text` back to DOM text nodes (for "range" insertion).
 */
export interface EditorText {
  text: string;
  pieces: Array<{ node: Text; start: number }>;
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'TABLE', 'TR', 'FIGURE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function readEditorText(root: Element): EditorText {
  let text = '';
  const pieces: EditorText['pieces'] = [];
  let started = false;
  let needBreak = false;
  let breaks = 0;
  const flush = () => {
    if (needBreak) text += '\n';
    needBreak = false;
    text += '\n'.repeat(breaks);
    breaks = 0;
  };
  const endBlock = () => {
    // The last <br> of a block only keeps an empty or ending line open; it is not text.
    text += '\n'.repeat(Math.max(0, breaks - 1));
    breaks = 0;
    needBreak = started;
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (!data) return;
      flush();
      pieces.push({ node: node as Text, start: text.length });
      // A no-break space is what editors write for a typed space at a line's end.
      text += data.replace(/\u00a0/g, ' ');
      started = true;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (SKIP.has(el.tagName)) return;
    if (el.tagName === 'BR') {
      breaks++;
      started = true;
      return;
    }
    const block = BLOCKS.has(el.tagName);
    if (block) {
      flush();
      // A block after inline text starts a new line (Chrome's own contenteditable: "a<div>b</div>").
      if (text && !text.endsWith('\n')) text += '\n';
    }
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) {
      started = true;
      endBlock();
    }
  };
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
  text += '\n'.repeat(Math.max(0, breaks - 1));
  return { text, pieces };
}

/** The DOM point at a UTF-16 offset into `readEditorText(root).text`; offsets on a line break go to the next line's start. */
export function pointAt(read: EditorText, offset: number): { node: Text; offset: number } | null {
  let best: { node: Text; offset: number } | null = null;
  for (const piece of read.pieces) {
    const end = piece.start + piece.node.data.length;
    if (offset >= piece.start && offset <= end) return { node: piece.node, offset: offset - piece.start };
    if (piece.start > offset) return { node: piece.node, offset: 0 };
    best = { node: piece.node, offset: piece.node.data.length };
  }
  return best;
}
