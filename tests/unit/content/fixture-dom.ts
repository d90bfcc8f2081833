import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PageComment } from '../../../src/core/comment';
import { CommentTracker } from '../../../src/content/comment-tracker';
import type { SiteAdapter } from '../../../src/content/sites/types';

const SITES = resolve(import.meta.dirname, '../../fixtures/sites');

/** Put a site fixture into happy-dom's document at its real URL (without the editors script). */
export function loadFixture(file: string, url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const html = readFileSync(resolve(SITES, file), 'utf8').replace(/<script\b[^>]*><\/script>/g, '');
  const body = /<body([^>]*)>([\s\S]*)<\/body>/.exec(html);
  if (!body) throw new Error(`${file} has no body`);
  document.body.innerHTML = body[2]!;
  for (const a of [...document.body.attributes]) document.body.removeAttribute(a.name);
  for (const [, name, value] of body[1]!.matchAll(/([\w-]+)="([^"]*)"/g)) document.body.setAttribute(name!, value!);
}

/** Read every comment on the page the way the content script does, in one go. */
export function readPage(adapter: SiteAdapter, ownHandles: string[] = []): { tracker: CommentTracker; comments: PageComment[] } {
  const tracker = new CommentTracker(adapter, location, new Set(ownHandles));
  tracker.noteAll(document);
  const { comments } = tracker.work(() => false);
  return { tracker, comments };
}

export const byId = (comments: PageComment[]) => new Map(comments.map((c) => [c.id, c]));

/** id → [author name, handle, parent id, depth, own] */
type Row = [string, string | undefined, string | undefined, number, boolean];
export const rows = (comments: PageComment[]) => Object.fromEntries(comments.map((x) => [x.id, [x.author.name, x.author.handle, x.parentId, x.depth, x.own] as Row]));
