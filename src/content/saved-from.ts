/** Chrome's mark on a saved page: `<!-- saved from url=(0052)https://… -->`. */
const CHROME_MARK = /^\s*saved from url=\(\d+\)(\S+)/;
/** SingleFile's header comment: "Page saved with SingleFile \n url: https://… \n saved date: …". */
const SINGLE_FILE = /SingleFile[\s\S]*?\burl:\s*(\S+)/;

const web = (href: string | null | undefined): string | undefined => {
  try {
    const url = new URL(href ?? '');
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The web address a saved copy of a page came from: the browser's or SingleFile's mark at the top
 * of the file, the base address a single-file (MHTML) copy keeps from where it was saved, or the
 * page's canonical address (link rel=canonical, og:url). Undefined on a page that carries none.
 */
export function savedFrom(document: Document): string | undefined {
  const top = [...document.childNodes, ...[...(document.documentElement?.childNodes ?? [])].slice(0, 3)];
  for (const node of top) {
    if (node.nodeType !== 8) continue;
    const text = node.nodeValue ?? '';
    const found = web(CHROME_MARK.exec(text)?.[1] ?? SINGLE_FILE.exec(text)?.[1]);
    if (found) return found;
  }
  // Chrome opens an MHTML file with the saved page's own address as its base.
  if (document.baseURI !== document.URL) {
    const base = web(document.baseURI);
    if (base) return base;
  }
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"][href]');
  return web(canonical?.href) ?? web(document.querySelector('meta[property="og:url"]')?.getAttribute('content'));
}
