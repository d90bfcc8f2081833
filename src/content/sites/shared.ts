/** Small readers the adapters share. */

export const attribute =
  (name: string) =>
  (el: Element): string | null =>
    el.getAttribute(name) || null;

/** The first capture group of `re` in the permalink. */
export const fromPermalink =
  (re: RegExp) =>
  (_el: Element, permalink: string | undefined): string | null =>
    (permalink && re.exec(permalink)?.[1]) || null;

/** A query parameter of the permalink. */
export function searchParam(permalink: string | undefined, name: string): string | null {
  if (!permalink) return null;
  try {
    return new URL(permalink).searchParams.get(name);
  } catch {
    return null;
  }
}

export const onHosts =
  (re: RegExp) =>
  (location: Location): boolean =>
    re.test(location.hostname);

/**
 * The first element matching `selector` (a thread's focused post), kept while it still matches
 * and is in the document: adapters ask for it for every comment they read, and searching the
 * document each time adds up. "None" (a timeline has no focused post) is kept only until the
 * current task ends: reading a slice of comments asks once, and a post that appears later is found.
 */
export function keptFirst(selector: string): (doc: Document) => Element | null {
  let kept: Element | null = null;
  let noneUntilTaskEnds = false;
  return (doc) => {
    if (kept?.isConnected && kept.ownerDocument === doc && kept.matches(selector)) return kept;
    if (noneUntilTaskEnds) return null;
    kept = doc.querySelector(selector);
    if (!kept) {
      noneUntilTaskEnds = true;
      queueMicrotask(() => (noneUntilTaskEnds = false));
    }
    return kept;
  };
}
