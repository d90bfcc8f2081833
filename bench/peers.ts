import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

/**
 * The peers we compare against, loaded in this process and run on the same drafts:
 * write-good (CommonJS, regex checks), alex (ESM, the retext/unified stack) and harper.js
 * (Rust compiled to WebAssembly, run in-process with LocalLinter).
 */
export type PeerKey = 'write_good' | 'alex' | 'harper';

export interface PeerRunner {
  run(text: string): unknown;
  async: boolean;
  /** Count (and release) the findings of one run; called outside the timed region. */
  consume(result: unknown): number;
}

export interface LoadedPeer {
  key: PeerKey;
  label: string;
  version: string | null;
  /** Import plus any setup (harper: instantiating the WebAssembly module and its dictionary). */
  loadMs: number | null;
  runner: PeerRunner | null;
  /** Why the peer could not run, when runner is null. */
  reason?: string;
  note: string;
}

const PACKAGES: Record<PeerKey, string> = { write_good: 'write-good', alex: 'alex', harper: 'harper.js' };

export function peerVersion(pkg: string): string | null {
  try {
    const url = new URL(`../node_modules/${pkg}/package.json`, import.meta.url);
    return (JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as { version?: string }).version ?? null;
  } catch {
    return null;
  }
}

async function loadWriteGood(): Promise<PeerRunner> {
  const mod = await import('write-good');
  const writeGood = mod.default;
  return {
    async: false,
    run: (text) => writeGood(text),
    consume: (result) => (result as unknown[]).length,
  };
}

async function loadAlex(): Promise<PeerRunner> {
  const { text: alex } = await import('alex');
  return {
    async: false,
    // Plain-text mode: the drafts are not Markdown.
    run: (text) => alex(text),
    consume: (result) => (result as { messages: unknown[] }).messages.length,
  };
}

async function loadHarper(): Promise<PeerRunner> {
  const { LocalLinter, Dialect } = await import('harper.js');
  // harper.js/binary points at dist/harper_wasm_bg.wasm with a file:// URL; in Node the glue reads
  // it with fs instead of fetch, so no bundler or server is needed.
  const { binary } = await import('harper.js/binary');
  const linter = new LocalLinter({ binary, dialect: Dialect.American });
  await linter.setup();
  return {
    async: true,
    run: (text) => linter.lint(text, { language: 'plaintext' }),
    consume: (result) => {
      const lints = result as Array<{ free(): void }>;
      for (const l of lints) l.free();
      return lints.length;
    },
  };
}

const LOADERS: Record<PeerKey, () => Promise<PeerRunner>> = { write_good: loadWriteGood, alex: loadAlex, harper: loadHarper };

const NOTES: Record<PeerKey, string> = {
  write_good: 'write-good(text), default checks',
  alex: "alex text(value) (plain text), default options",
  harper: "harper.js LocalLinter (in-process WebAssembly), American English, language 'plaintext', default rules",
};

export async function loadPeer(key: PeerKey): Promise<LoadedPeer> {
  const label = PACKAGES[key];
  const version = peerVersion(label);
  const t0 = performance.now();
  try {
    const runner = await LOADERS[key]();
    return { key, label, version, loadMs: performance.now() - t0, runner, note: NOTES[key] };
  } catch (err) {
    const reason = `${label} could not be loaded in Node ${process.version}: ${(err as Error).message ?? String(err)}`;
    return { key, label, version, loadMs: null, runner: null, reason, note: NOTES[key] };
  }
}

export const PEER_KEYS: readonly PeerKey[] = ['write_good', 'alex', 'harper'];
