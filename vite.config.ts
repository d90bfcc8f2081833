import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

/**
 * Content scripts are built as classic, self-contained scripts rather than crxjs's module loader:
 * a page saved by Chrome as a single file (MHTML) opens sandboxed, and there a content script's
 * `import()` of its module is refused, so nothing would run.
 */
export const CONTENT_SCRIPTS = ['src/content/content-script.ts', 'src/content/bridge/main-world.ts'];

export default defineConfig({
  plugins: [preact(), crx({ manifest, contentScripts: { standaloneFiles: CONTENT_SCRIPTS } })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome116',
    sourcemap: false,
  },
  server: { port: 5173, strictPort: true },
});
