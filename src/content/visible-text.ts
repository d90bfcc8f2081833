const BLOCK = /^(P|DIV|LI|UL|OL|BLOCKQUOTE|H[1-6]|PRE|TR|SECTION|ARTICLE)$/;
const SKIP = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|SVG|BUTTON)$/;
const MAX_NODES = 20_000;
/** Markup the fast path (textContent) would read wrongly. */
const NEEDS_WALK = 'img, br, script, style, template, noscript, svg, button, [hidden], [aria-hidden="true"], p, div, li, ul, ol, blockquote, h1, h2, h3, h4, h5, h6, pre, tr, section, article';

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
  if (!root.querySelector(skip ? `${NEEDS_WALK}, ${skip}` : NEEDS_WALK)) return finish(root.textContent ?? '', maxChars, false);
  let out = '';
  let cut = false;
  const stack: Node[] = [root];
  const closeBlock = {} as Node;
  let visited = 0;
  while (stack.length) {
    const node = stack.pop()!;
    if (out.length > maxChars || ++visited > MAX_NODES) {
      cut = true;
      break;
    }
    if (node === closeBlock) {
      if (!out.endsWith('\n')) out += '\n';
      continue;
    }
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'IMG') {
      out += el.getAttribute('alt') ?? '';
      continue;
    }
    if (tag === 'BR') {
      out += '\n';
      continue;
    }
    if (SKIP.test(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue;
    if (el !== root && skip && el.matches(skip)) continue;
    if (BLOCK.test(tag)) {
      if (out && !out.endsWith('\n')) out += '\n';
      stack.push(closeBlock);
    }
    const children: Node[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (children.length + stack.length >= MAX_NODES) {
        cut = true;
        break;
      }
      children.push(c);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
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
