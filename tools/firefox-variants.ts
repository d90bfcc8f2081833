import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Alias } from 'vite';

const BROWSER_DIR = resolve(import.meta.dirname, '../src/browser');

/**
 * In the Firefox build, an import of a module in src/browser/ that has a `<name>.firefox.ts`
 * sibling resolves to that sibling: browser differences stay in src/browser/, and each bundle
 * carries only its own browser's API calls. Aliases rather than a plugin: crxjs builds the content
 * scripts in a build of their own that takes the config's `resolve`, but none of its plugins.
 */
export function firefoxVariants(): Alias[] {
  return readdirSync(BROWSER_DIR)
    .filter((file) => file.endsWith('.firefox.ts'))
    .map((file) => {
      const name = file.slice(0, -'.firefox.ts'.length);
      return { find: new RegExp(`^.*/browser/${name}(?:\\.ts)?$`), replacement: `${BROWSER_DIR}/${name}.firefox.ts` };
    });
}
