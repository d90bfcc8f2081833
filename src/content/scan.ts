import type { PageComment } from '../core/comment';
import type { SiteAdapter } from './sites/types';
import { visibleText } from './visible-text';

function pick(el: Element, selector: string | undefined): Element | null {
  if (!selector) return null;
  return selector === ':scope' ? el : el.querySelector(selector);
}

function absolute(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/** Read every comment the adapter can see under `root`. */
export function scanComments(adapter: SiteAdapter, root: ParentNode, baseUrl: string, ownHandles: ReadonlySet<string> = new Set()): PageComment[] {
  const elements = [...root.querySelectorAll(adapter.comment)];
  const seen = new Set<string>();
  const out: PageComment[] = [];
  for (const el of elements) {
    const linkEl = pick(el, adapter.permalink);
    const href = linkEl?.getAttribute(linkEl === el ? 'permalink' : 'href');
    const permalink = absolute(href, baseUrl);
    const id = adapter.id(el, permalink);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const textEl = pick(el, adapter.text);
    const nameEl = pick(el, adapter.authorName);
    const handleEl = pick(el, adapter.authorHandle);
    const attrHandle = adapter.authorAttribute ? el.getAttribute(adapter.authorAttribute) ?? undefined : undefined;
    const handle = normaliseHandle(attrHandle ?? (handleEl ? visibleText(handleEl) : undefined));
    const name = (nameEl ? visibleText(nameEl) : '') || attrHandle || handle || '';
    const time = pick(el, adapter.time)?.getAttribute('datetime') ?? undefined;
    const parentId = adapter.parentId?.(el, elements);
    out.push({
      id,
      author: { name: name.split('\n')[0]!.trim(), ...(handle ? { handle } : {}) },
      text: textEl ? visibleText(textEl) : '',
      ...(permalink ? { permalink } : {}),
      ...(time ? { time } : {}),
      ...(parentId ? { parentId } : {}),
      depth: adapter.depth?.(el) ?? 0,
      own: !!handle && ownHandles.has(handle.toLowerCase()),
      ...(adapter.truncation && el.querySelector(adapter.truncation) ? { truncated: true } : {}),
    });
  }
  return out;
}

function normaliseHandle(raw: string | undefined): string | undefined {
  const h = raw?.trim().split(/\s/)[0];
  if (!h) return undefined;
  return h.startsWith('@') ? h : `@${h}`;
}
