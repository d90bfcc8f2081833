/**
 * `npm run package`: versioned zips of the built extension for the Chrome Web Store and for
 * addons.mozilla.org, in release/. Run after `npm run build` and `npm run build:firefox`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const RELEASE = resolve(ROOT, 'release');
const TARGETS = [
  { browser: 'chrome', dir: resolve(ROOT, 'dist') },
  { browser: 'firefox', dir: resolve(ROOT, 'dist-firefox') },
];

for (const { browser, dir } of TARGETS) {
  const manifestPath = resolve(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${dir} has no manifest.json: build it first.`);
  const { version } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  const filename = `parley-${version}-${browser}.zip`;
  // web-ext's zip is the one Mozilla's tools expect; it zips a Chrome build just as well.
  execFileSync(
    resolve(ROOT, 'node_modules/.bin/web-ext'),
    ['build', '--source-dir', dir, '--artifacts-dir', RELEASE, '--filename', filename, '--overwrite-dest', '--no-config-discovery'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`release/${filename}`);
}
