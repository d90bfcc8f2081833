/**
 * A handle as "@name": the page's author handle and the pack's own accounts are both spelled this
 * way, so "is this one of ours" compares like with like. Zod-free: the content script uses it.
 */
export function atHandle(raw: string | null | undefined): string | undefined {
  const h = raw?.trim().split(/\s/)[0];
  if (!h) return undefined;
  return h.startsWith('@') ? h : `@${h}`;
}
