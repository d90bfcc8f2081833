/**
 * Pack sync figures for `npm run bench`:
 * - sync: fetch a ≈5 MB pack (2,000 generated rules + 5,000 generated templates) from a local HTTP
 *   server, validate it, compile it (analyzer and template index, as the worker does after an
 *   update) and store it in IndexedDB (fake-indexeddb) in one transaction — the worker's path for
 *   an update, timed end to end, with each phase's median printed.
 * - push: build and serialise the content-script config for 20 open tabs, which is what the
 *   worker sends after an update (the messaging itself is the browser's and not measured).
 */
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { summarise, type Stats } from './measure';
import { generatePack2000 } from './pack2000';
import { generateTemplates } from '../tests/unit/templates/generate';
import { starterPackJson } from '../src/core/pack/starter';
import { Pack, PLATFORMS } from '../src/core/pack/schema';
import { compileAnalyzer } from '../src/core/reply/analyze';
import { compileTemplates } from '../src/core/templates';
import { checkSource } from '../src/background/sync-source';
import { saveCheck, setUserPacks, listSources } from '../src/background/sources';
import { keepOnly, validateCopy } from '../src/background/validated';

export interface PackSyncFigures {
  bytes: number;
  sync: Stats;
  push: Stats;
  phases: Record<'fetch_validate' | 'compile_analyzer' | 'compile_templates' | 'store', number>;
}

const TABS = 20;

export async function measurePackSync(quick: boolean): Promise<PackSyncFigures> {
  const starter = Pack.parse(starterPackJson);
  const big = generatePack2000();
  // Each round serves a new version of the same pack, as bytes ready to send: the server shares
  // the thread with the code measured, so it should not spend that time encoding.
  const [head, tail] = JSON.stringify({ ...big, version: '@VERSION@', templates: generateTemplates(5000, starter.templates) }).split('"@VERSION@"');
  const versions = (i: number) => Buffer.from(`${head}"2026.11.${i + 1}"${tail}`);
  let round = 0;
  let served = versions(round);
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', etag: `"v${round}"` });
    res.end(served);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pack.json`;
  await setUserPacks([{ url, tier: 'team' }]);

  const rounds = quick ? 5 : 15;
  const total: number[] = [];
  const fetchValidate: number[] = [];
  const compileAnalyzerMs: number[] = [];
  const compileTemplatesMs: number[] = [];
  const store: number[] = [];
  for (let i = 0; i < rounds + 2; i++) {
    served = versions((round = i + 1));
    const [record] = await listSources();
    const t0 = performance.now();
    const result = await checkSource(record!, { trustedKeys: [], allowRollback: false, now: () => new Date() });
    const t1 = performance.now();
    const copy = result.record.current!;
    const validated = validateCopy(record!.source, copy);
    if (!validated.ok) throw new Error('generated pack is invalid');
    compileAnalyzer(validated.pack);
    const tc = performance.now();
    compileTemplates(validated.pack.templates);
    const t2 = performance.now();
    await saveCheck(result);
    const t3 = performance.now();
    // As the worker's next pack assembly does: results for copies no longer stored are dropped.
    keepOnly([[record!.source, copy]]);
    if (i < 2) continue; // warm-up
    total.push(t3 - t0);
    fetchValidate.push(t1 - t0);
    compileAnalyzerMs.push(tc - t1);
    compileTemplatesMs.push(t2 - tc);
    store.push(t3 - t2);
  }
  server.close();

  const pack = Pack.parse(JSON.parse(served.toString()));
  const push: number[] = [];
  for (let i = 0; i < (quick ? 200 : 1000); i++) {
    const t0 = performance.now();
    for (let tab = 0; tab < TABS; tab++) {
      const platform = PLATFORMS[tab % PLATFORMS.length]!;
      JSON.stringify({
        switches: { enabled: true, badge: true, highlights: true },
        ownHandles: pack.accounts.filter((a) => a.platform === platform).map((a) => a.handle.toLowerCase()),
        site: pack.sites?.[platform] ?? null,
      });
    }
    push.push(performance.now() - t0);
  }
  const median = (xs: number[]) => summarise(xs).p50;
  return {
    bytes: served.byteLength,
    sync: summarise(total),
    push: summarise(push),
    phases: { fetch_validate: median(fetchValidate), compile_analyzer: median(compileAnalyzerMs), compile_templates: median(compileTemplatesMs), store: median(store) },
  };
}

/**
 * The same figures measured in a Node process of its own, as the worker has its own: the heap the
 * other measurements leave behind (corpora, peer linters, the 2,000-rule pack) would otherwise make
 * each garbage collection during the sync slower than in the worker.
 */
export function measurePackSyncAlone(quick: boolean): PackSyncFigures {
  const out = execFileSync('npx', ['tsx', import.meta.filename, ...(quick ? ['--quick'] : [])], { cwd: import.meta.dirname, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(out.slice(out.indexOf('{'))) as PackSyncFigures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measurePackSync(process.argv.includes('--quick'))));
}
