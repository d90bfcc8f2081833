import { defineConfig, mergeConfig, type Plugin, type PluginOption, type UserConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import base, { CONTENT_SCRIPTS } from './vite.config';
import manifest from './manifest.json' with { type: 'json' };
import { FIREFOX_MIN_VERSION, toFirefoxManifest } from './tools/firefox-manifest';
import { firefoxVariants } from './tools/firefox-variants';

// The Chrome build's config with crxjs switched to Firefox: same code, Firefox's manifest (see tools/firefox-manifest.ts).
const firefoxManifest = toFirefoxManifest(manifest);

function flatPlugins(options: PluginOption[]): Plugin[] {
  return options.flatMap((p): Plugin[] => {
    if (Array.isArray(p)) return flatPlugins(p);
    return p && typeof p === 'object' && 'name' in p ? [p] : [];
  });
}

const baseConfig: UserConfig = { ...base };
const kept = flatPlugins(baseConfig.plugins ?? []).filter((p) => !p.name.startsWith('crx:'));
const sidebar = firefoxManifest.sidebar_action?.default_panel;

export default defineConfig(
  mergeConfig(
    { ...baseConfig, plugins: kept },
    {
      resolve: { alias: firefoxVariants() },
      plugins: [crx({ manifest: firefoxManifest as unknown as ManifestV3Export, browser: 'firefox', contentScripts: { standaloneFiles: CONTENT_SCRIPTS } })],
      build: {
        outDir: 'dist-firefox',
        target: `firefox${parseInt(FIREFOX_MIN_VERSION, 10)}`,
        // crxjs finds a Chrome manifest's side_panel page, not Firefox's sidebar_action one.
        rollupOptions: sidebar ? { input: { sidebar } } : {},
      },
    },
  ),
);
