const BLOCK = /^(p|div|li|ul|ol|blockquote|h[1-6]|pre|tr|section|article)$/;
const SKIP = /^(script|style|template|noscript|svg|button)$/;
const HIDDEN = '[hidden], [aria-hidden="true"]';
const MAX_NODES = 20_000;
/** Markup the fast path (textContent) would read wrongly. */
const NEEDS_WALK = `img, br, script, style, template, noscript, svg, button, ${HIDDEN}, p, div, li, ul, ol, blockquote, h1, h2, h3, h4, h5, h6, pre, tr, section, article`;

export interface VisibleText {
  text: string;
  /** The text was longer than the limit and was cut. */
  cut: boolean;
}

/**
 * The text a reader sees: emoji images become their characters (X and Facebook draw emoji as
 * <img alt="😀">), line breaks and block boundaries become newlines, hidden nodes and controls
 * ("See more") are skipped. Work is bounded: reading stops after `maxChars` characters, so a
 * megabyte-long comment (or one of a million empty spans) costs no more than a long one.
 */
export function visibleText(root: Element, maxChars = 20_000, skip?: string): VisibleText {
  // Most comments are plain runs of text: one native call, without touching (and wrapping) every node.
  if (!root.firstElementChild || !root.querySelector(skip ? `${NEEDS_WALK}, ${skip}` : NEEDS_WALK)) return finish(root.textContent ?? '', maxChars, false);
  const hidden = skip ? `${HIDDEN}, ${skip}` : HIDDEN;
  let out = '';
  let cut = false;
  let visited = 0;
  let node: Node | null = root.firstChild;
  // Depth first along the tree's own links (no stack to build): `node` is the next one to visit.
  while (node) {
    if (out.length > maxChars || ++visited > MAX_NODES) {
      cut = true;
      break;
    }
    let entered = false;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (tag === 'img') out += el.getAttribute('alt') ?? '';
      else if (tag === 'br') out += '\n';
      else if (!SKIP.test(tag) && !el.matches(hidden)) {
        if (BLOCK.test(tag) && out && !out.endsWith('\n')) out += '\n';
        entered = true;
      }
    }
    if (entered && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Leave this node, and every ancestor it was the last child of; a block ends with a newline.
    let done: Node | null = node;
    let closes = entered;
    node = null;
    while (done && done !== root) {
      if (closes && BLOCK.test((done as Element).localName) && !out.endsWith('\n')) out += '\n';
      if (done.nextSibling) {
        node = done.nextSibling;
        break;
      }
      done = done.parentNode;
      closes = true;
    }
  }
  return finish(out, maxChars, cut);
}

function finish(raw: string, maxChars: number, cut: boolean): VisibleText {
  let out = raw;
  if (out.length > maxChars) {
    out = out.slice(0, maxChars);
    // Never end on half a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
    cut = true;
  }
  return { text: out.replace(/[ \t\u00a0]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim(), cut };
}
