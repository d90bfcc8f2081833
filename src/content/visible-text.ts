const BLOCK = /^(P|DIV|LI|UL|OL|BLOCKQUOTE|H[1-6]|PRE|TR|SECTION|ARTICLE)$/;

/**
 * The text a reader sees: emoji images become their characters (X and Facebook draw emoji as
 * <img alt="😀">), line breaks and block boundaries become newlines, hidden nodes are skipped.
 */
export function visibleText(root: Element): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.tagName === 'IMG') {
      out += el.getAttribute('alt') ?? '';
      return;
    }
    if (el.tagName === 'BR') {
      out += '\n';
      return;
    }
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
    const block = BLOCK.test(el.tagName);
    if (block && out && !out.endsWith('\n')) out += '\n';
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block && !out.endsWith('\n')) out += '\n';
  };
  walk(root);
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
