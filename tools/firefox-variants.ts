import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * In the Firefox build, a module in src/browser/ with a `<name>.firefox.ts` sibling resolves to
 * that sibling: browser differences stay in src/browser/, and each bundle carries only its own
 * browser's API calls.
 */
export function firefoxVariants(): Plugin {
  return {
    name: 'parley:firefox-variants',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.includes('browser/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const base = resolved && /^(.*[\\/]src[\\/]browser[\\/][^\\/.]+)\.ts$/.exec(resolved.id)?.[1];
      if (!base || !existsSync(`${base}.firefox.ts`)) return resolved;
      return { ...resolved, id: `${base}.firefox.ts` };
    },
  };
}
