/**
 * `npm run bench`: lint 1,000-character reply drafts (en / de / sv) with the starter pack and a
 * generated 2,000-rule pack, run write-good, alex and harper.js on the same drafts in the same
 * process, print p50 / p99 and ratios, and write bench/results/latest.json.
 *
 *   npm run bench                      full run (one to two minutes on a 2-core machine)
 *   npm run bench -- --quick           shorter time budgets, for trying changes
 *   npm run bench -- --check-examples  also check the generated pack's own examples
 *
 * Benchmarks are not tests: nothing here fails on a slow figure; budgets are printed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { CompiledPack, LintContext } from '../src/core/lint/types';
import type { Pack } from '../src/core/pack/schema';
import { composeDrafts, DRAFT_LENGTH, isOneByte, LOCALES, type Draft } from './corpus';
import { Subject, timeOnce, type Measurement, type Stats } from './measure';
import { loadPeer, PEER_KEYS, type LoadedPeer, type PeerKey } from './peers';
import { measureUnderstanding, type UnderstandingFigures } from './understanding';
import { measurePackSyncAlone, type PackSyncFigures } from './pack-sync';
import { CONTENT_BUDGETS, measureContentFeed, printContentFigures, type ContentResult } from './content-feed';
import { measurePanel, PANEL_BUDGETS, printPanelFigures, type PanelResult } from './panel';

const BUDGET_LINT_MS = 0.3;
const BUDGET_LINT_2000_MS = 1.5;

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const CHECK_EXAMPLES = args.has('--check-examples');
const scale = QUICK ? 0.25 : 1;
/** Subjects are sampled in this many interleaved rounds. */
const ROUNDS = QUICK ? 2 : 4;

const OURS = { warmupCalls: 300, warmupMs: 500 * scale, minSamples: QUICK ? 144 : 576, maxSamples: 6000, budgetMs: 3000 * scale };
const OURS_2000 = { warmupCalls: 50, warmupMs: 1000 * scale, minSamples: QUICK ? 144 : 576, maxSamples: 4000, budgetMs: 8000 * scale };
const PEER = { warmupCalls: 20, warmupMs: 1000 * scale, minSamples: QUICK ? 72 : 144, maxSamples: 720, budgetMs: 6000 * scale };

interface Input {
  draft: Draft;
  ctx: LintContext;
}

const started = performance.now();
const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
const cores = os.cpus().length;
const date = new Date().toISOString();
const loadAverage = os.loadavg()[0] ?? 0;

console.log(`Parley lint benchmark${QUICK ? ' (quick)' : ''}`);
console.log(`${date} · Node ${process.version} · ${cpu} · ${cores} cores · ${os.platform()} ${os.arch()} · load ${loadAverage.toFixed(2)}`);
if (loadAverage > cores / 2) console.log('note: the machine is busy (1-minute load average above half the cores); expect noisy figures, p99 especially');

const drafts = composeDrafts(12);
const inputs: Input[] = drafts.map((draft) => ({
  draft,
  ctx: { platform: draft.platform, locale: draft.locale, intents: draft.intents, escalation: false },
}));
const perLocale = Object.fromEntries(LOCALES.map((l) => [l, drafts.filter((d) => d.locale === l).length]));
console.log(
  `corpus: ${drafts.length} drafts × ${DRAFT_LENGTH} characters (${LOCALES.map((l) => `${l} ${perLocale[l]}`).join(', ')}; ` +
    `${drafts.filter((d) => d.clean).length} clean, ${drafts.filter((d) => !d.clean).length} with rule-tripping parts), cycled in turn\n`,
);

const errors: string[] = [];

// The engine is imported dynamically: while it is being reworked it may not load, and the peers
// should still be measured and the failure reported instead of a bare stack trace.
async function loadEngine() {
  const [compile, lintMod, validate, starterMod, examples, gen] = await Promise.all([
    import('../src/core/lint/compile'),
    import('../src/core/lint/lint'),
    import('../src/core/pack/validate'),
    import('../src/core/pack/starter/index'),
    import('../src/core/pack/examples'),
    import('./pack2000'),
  ]);
  return {
    compilePack: compile.compilePack,
    lint: lintMod.lint,
    validatePack: validate.validatePack,
    formatProblems: validate.formatProblems,
    starterPackJson: starterMod.starterPackJson,
    runPackExamples: examples.runPackExamples,
    generatePack2000: gen.generatePack2000,
    PACK_MIX: gen.PACK_MIX,
  };
}
type Engine = Awaited<ReturnType<typeof loadEngine>>;
let engine: Engine | null = null;
try {
  engine = await loadEngine();
} catch (err) {
  const error = `the rule engine could not be loaded: ${(err as Error).message ?? String(err)}`;
  errors.push(error);
  console.log(`${error}\n(Parley figures are skipped; peers are still measured)\n`);
}

// ---- packs: validate and compile each once; the compiled pack is reused for every lint -----

interface PackSetup {
  compiled: CompiledPack | null;
  rules: number;
  compiledRules: number | null;
  unsupported: number | null;
  validateMs: number | null;
  compileMs: number | null;
  generateMs?: number;
  error?: string;
}

const noPack = (error: string): PackSetup & { pack: Pack | null } => ({
  pack: null, compiled: null, rules: 0, compiledRules: null, unsupported: null, validateMs: null, compileMs: null, error,
});

function setUp(e: Engine, name: string, json: unknown): PackSetup & { pack: Pack | null } {
  const validated = timeOnce(() => e.validatePack(json));
  if (!validated.result.ok) {
    const error = `${name} does not validate:\n${e.formatProblems(validated.result.problems.slice(0, 10))}`;
    return { pack: null, compiled: null, rules: 0, compiledRules: null, unsupported: null, validateMs: validated.ms, compileMs: null, error };
  }
  const pack = validated.result.pack;
  try {
    const compiled = timeOnce(() => e.compilePack(pack));
    // Read defensively: the engine's internals may change shape while it is reworked.
    const { rules, unsupported } = compiled.result as { rules?: unknown; unsupported?: unknown };
    return {
      pack,
      compiled: compiled.result,
      rules: pack.rules.length,
      compiledRules: Array.isArray(rules) ? rules.length : null,
      unsupported: Array.isArray(unsupported) ? unsupported.length : null,
      validateMs: validated.ms,
      compileMs: compiled.ms,
    };
  } catch (err) {
    return { pack, compiled: null, rules: pack.rules.length, compiledRules: null, unsupported: null, validateMs: validated.ms, compileMs: null, error: `${name} failed to compile: ${(err as Error).stack ?? String(err)}` };
  }
}

function printSetup(name: string, s: PackSetup): void {
  if (!engine) return;
  if (s.error) {
    errors.push(s.error);
    console.log(`compile ${name}: FAILED – ${s.error}`);
    return;
  }
  console.log(
    `compile ${name.padEnd(16)} ${fmt(s.compileMs, 1).padStart(8)} ms  (${s.rules} rules, ${s.compiledRules ?? '?'} compiled` +
      `${s.unsupported ? `, ${s.unsupported} of kinds the engine does not run yet` : ''}; validate ${fmt(s.validateMs, 1)} ms` +
      `${s.generateMs !== undefined ? `, generate ${fmt(s.generateMs, 1)} ms` : ''})`,
  );
}

// ---- measurements ---------------------------------------------------------------------------

interface Row {
  key: string;
  label: string;
  m: Measurement | null;
  findings: number | null;
  reason?: string;
  subject?: Subject<Input, unknown>;
}

const locale = (i: Input) => i.draft.locale;

function oursRow(key: string, label: string, setup: PackSetup, opts: typeof OURS): Row {
  const compiled = setup.compiled;
  if (!compiled || !engine) return { key, label, m: null, findings: null, reason: setup.error ?? 'pack not compiled' };
  const { lint } = engine;
  try {
    const findings = mean(inputs.map((i) => lint(compiled, i.draft.text, i.ctx).length));
    const subject = new Subject<Input, unknown>({
      inputs,
      run: (i) => lint(compiled, i.draft.text, i.ctx),
      consume: (f) => (f as unknown[]).length,
      group: locale,
      ...opts,
    });
    return { key, label, m: null, findings, subject };
  } catch (err) {
    const reason = `lint threw: ${(err as Error).stack ?? String(err)}`;
    errors.push(`${label}: ${reason}`);
    return { key, label, m: null, findings: null, reason };
  }
}

async function peerRow(peer: LoadedPeer): Promise<Row> {
  const label = `${peer.label}${peer.version ? ` ${peer.version}` : ''}`;
  const runner = peer.runner;
  if (!runner) return { key: peer.key, label, m: null, findings: null, reason: peer.reason };
  try {
    const counts: number[] = [];
    for (const i of inputs) counts.push(runner.consume(await runner.run(i.draft.text)));
    const subject = new Subject<Input, unknown>({
      inputs,
      run: (i) => runner.run(i.draft.text),
      async: runner.async,
      consume: (r) => runner.consume(r),
      group: locale,
      ...PEER,
    });
    return { key: peer.key, label, m: null, findings: mean(counts), subject };
  } catch (err) {
    return { key: peer.key, label, m: null, findings: null, reason: `${peer.label} threw while linting: ${(err as Error).message ?? String(err)}` };
  }
}

const progress = (what: string) => {
  if (process.stdout.isTTY) process.stdout.write(`  ${what}…`.padEnd(60) + '\r');
};

// Validate and compile each pack once; the compiled pack is reused for every lint.
const starter = engine ? setUp(engine, 'the starter pack', engine.starterPackJson) : noPack('engine not loaded');
printSetup('starter pack', starter);
const generated = engine ? timeOnce(() => engine!.generatePack2000()) : null;
const big: PackSetup & { pack: Pack | null } =
  engine && generated
    ? { ...setUp(engine, 'the generated 2,000-rule pack', generated.result), generateMs: generated.ms }
    : noPack('engine not loaded');
printSetup('2,000-rule pack', big);
if (engine) console.log(`  2,000-rule mix: ${engine.PACK_MIX.map(([k, n]) => `${k} ${n}`).join(', ')}`);

const ours = oursRow('lint', 'Parley · starter pack', starter, OURS);
const ours2000 = oursRow('lint_2000_rules', 'Parley · 2,000-rule pack', big, OURS_2000);
const peers: LoadedPeer[] = [];
const peerRows: Row[] = [];
for (const key of PEER_KEYS) {
  progress(`loading ${key.replace('_', '-')}`);
  const peer = await loadPeer(key);
  peers.push(peer);
  peerRows.push(await peerRow(peer));
}
const rows = [ours, ours2000, ...peerRows];

// Warm every subject up, then sample them in interleaved rounds: load from other processes on a
// shared machine then lands on all subjects alike, which keeps the ratios honest.
for (const r of rows) {
  if (!r.subject) continue;
  progress(`warming up ${r.label}`);
  try {
    await r.subject.warmUp(ROUNDS);
  } catch (err) {
    r.reason = `threw during warm-up: ${(err as Error).message ?? String(err)}`;
    errors.push(`${r.label}: ${r.reason}`);
    r.subject = undefined;
  }
}
for (let round = 1; round <= ROUNDS; round++) {
  for (const r of rows) {
    if (!r.subject) continue;
    progress(`round ${round}/${ROUNDS}: ${r.label}`);
    try {
      await r.subject.take(r.subject.planned / ROUNDS);
    } catch (err) {
      r.reason = `threw while measuring: ${(err as Error).message ?? String(err)}`;
      errors.push(`${r.label}: ${r.reason}`);
      r.subject = undefined;
    }
  }
}
for (const r of rows) if (r.subject) r.m = r.subject.result();
if (process.stdout.isTTY) process.stdout.write(' '.repeat(60) + '\r');

// After all timing, so its thousands of single-rule lints cannot disturb the figures.
if (CHECK_EXAMPLES && engine && big.pack) {
  const { failures, checked } = engine.runPackExamples(big.pack);
  console.log(`  generated pack examples: ${checked} checked, ${failures.length} failing`);
  for (const f of failures.slice(0, 10)) console.log(`    ${f.rule}: expected ${f.expected}: ${JSON.stringify(f.example.slice(0, 80))}`);
}
console.log('');

// ---- report ---------------------------------------------------------------------------------

const w = Math.max(...rows.map((r) => r.label.length)) + 2;
console.log(`${''.padEnd(w)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'samples'.padStart(9)}  findings/draft   p50 en / de / sv`);
for (const r of rows) {
  if (!r.m) {
    const [first = '', ...more] = (r.reason ?? '').split('\n');
    console.log(`${r.label.padEnd(w)}${'n/a'.padStart(9)}${'n/a'.padStart(9)}           ${first}${more.length ? ' (details below)' : ''}`);
    continue;
  }
  const g = LOCALES.map((l) => fmt(r.m!.groups[l]?.p50 ?? null, 3)).join(' / ');
  console.log(
    `${r.label.padEnd(w)}${fmt(r.m.stats.p50, 3).padStart(9)}${fmt(r.m.stats.p99, 3).padStart(9)}${String(r.m.stats.samples).padStart(9)}` +
      `  ${fmt(r.findings, 1).padStart(14)}   ${g}`,
  );
}

const p50 = (r: Row) => r.m?.stats.p50 ?? null;
const ratio = (peer: Row, base: Row) => (p50(peer) !== null && p50(base) ? Number((p50(peer)! / p50(base)!).toPrecision(3)) : null);

console.log(`\nratios, peer p50 / Parley p50 (starter pack | 2,000-rule pack):`);
for (const r of peerRows) {
  const a = ratio(r, ours);
  const b = ratio(r, ours2000);
  console.log(`  ${r.label.padEnd(w)}${a === null ? 'n/a' : `${a}×`} | ${b === null ? 'n/a' : `${b}×`}${r.m ? '' : `   (${r.reason})`}`);
}

const budgetLine = (what: string, r: Row, budget: number) => {
  const v = p50(r);
  const verdict = v === null ? 'NOT MEASURED' : v <= budget ? 'met' : 'NOT MET';
  console.log(`  ${what.padEnd(34)} p50 ${v === null ? 'n/a' : `${fmt(v, 3)} ms`} ≤ ${budget} ms: ${verdict}`);
  return v === null ? null : v <= budget;
};
console.log('\nbudgets (lint only, 1,000-character draft):');
const met = budgetLine('starter pack', ours, BUDGET_LINT_MS);
const met2000 = budgetLine('2,000-rule pack', ours2000, BUDGET_LINT_2000_MS);

// ---- understanding: analyse, classify, rank (after the lint rounds, so they cannot disturb them) ----

const BUDGET_ANALYZE_MS = 0.5;
const BUDGET_ANALYZE_2000_MS = 2;
const BUDGET_CLASSIFY_MS = 0.05;
const BUDGET_RANK_MS = 2;
let understanding: UnderstandingFigures | null = null;
if (starter.pack) {
  progress('measuring analyse, classify and template ranking');
  try {
    understanding = measureUnderstanding(starter.pack, big.pack, drafts, QUICK);
  } catch (err) {
    errors.push(`understanding: ${(err as Error).stack ?? String(err)}`);
  }
}
// ---- pack sync: fetch, validate, compile and store a ≈5 MB pack; push the content config ----
const BUDGET_PACK_SYNC_MS = 300;
const BUDGET_PACK_PUSH_MS = 50;
let packSync: PackSyncFigures | null = null;
progress('measuring pack sync (≈5 MB pack) and the push to 20 tabs');
try {
  packSync = measurePackSyncAlone(QUICK);
  const ph = packSync.phases;
  console.log(`\npack sync (${(packSync.bytes / 1e6).toFixed(1)} MB): p50 ${fmt(packSync.sync.p50, 1)} ms ≤ ${BUDGET_PACK_SYNC_MS} ms: ${packSync.sync.p50 <= BUDGET_PACK_SYNC_MS ? 'met' : 'NOT MET'}` +
    ` (fetch+validate ${fmt(ph.fetch_validate, 1)}, compile analyzer ${fmt(ph.compile_analyzer, 1)}, compile templates ${fmt(ph.compile_templates, 1)}, store ${fmt(ph.store, 1)} ms)`);
  // Only the build part of the push; the push itself (worker → 20 open tabs) is measured in Chromium below.
  console.log(`pack push, build part only (Node: build + serialise the config for 20 tabs): p50 ${fmt(packSync.push.p50, 3)} ms (the ≤ ${BUDGET_PACK_PUSH_MS} ms push budget is checked in the browser, below)`);
} catch (err) {
  errors.push(`pack sync: ${(err as Error).stack ?? String(err)}`);
}
// ---- the content script on a feed growing to 5,000 comments, in Chromium (skipped without one) ----
let content: ContentResult | null = null;
progress('measuring the content script on a growing feed in Chromium');
try {
  content = await measureContentFeed(QUICK ? 1 : 3);
  printContentFigures(content);
} catch (err) {
  errors.push(`content feed: ${(err as Error).stack ?? String(err)}`);
}
// ---- the side panel in Chromium: keystroke → findings, first render, bundle, push to open tabs ----
let panel: PanelResult | null = null;
progress('measuring the side panel in Chromium');
try {
  panel = await measurePanel(QUICK);
  printPanelFigures(panel);
  if ('figures' in panel) for (const e of panel.figures.errors) errors.push(`side panel: ${e}`);
} catch (err) {
  errors.push(`side panel: ${(err as Error).stack ?? String(err)}`);
}
const panelFigures = panel && 'figures' in panel ? panel.figures : null;
const p50Of = (s: Stats | null | undefined) => (s ? round(s.p50, 4) : null);
const verdict = (v: number | null, budget: number) => (v === null ? null : v <= budget);
if (understanding) {
  console.log('\nbudgets (understanding):');
  const line = (what: string, s: Stats | null, budget: number) =>
    console.log(`  ${what.padEnd(34)} p50 ${s ? `${fmt(s.p50, 4)} ms` : 'n/a'} (p99 ${s ? fmt(s.p99, 3) : 'n/a'}) ≤ ${budget} ms: ${s ? (s.p50 <= budget ? 'met' : 'NOT MET') : 'NOT MEASURED'}`);
  line('analyse, starter pack', understanding.analyze, BUDGET_ANALYZE_MS);
  line('analyse, 2,000-rule pack', understanding.analyze2000, BUDGET_ANALYZE_2000_MS);
  line('classify a comment', understanding.classify, BUDGET_CLASSIFY_MS);
  line('rank 10,000 templates', understanding.rank10000, BUDGET_RANK_MS);
}

const peerByKey = Object.fromEntries(peerRows.map((r) => [r.key, r])) as Record<PeerKey, Row>;
const peerFields: Record<string, number | null> = {};
for (const key of PEER_KEYS) {
  const r = peerByKey[key];
  peerFields[`${key}_p50_ms`] = r.m ? round(r.m.stats.p50, 4) : null;
  peerFields[`${key}_p99_ms`] = r.m ? round(r.m.stats.p99, 4) : null;
  peerFields[`${key}_samples`] = r.m ? r.m.stats.samples : null;
}

const byLocale = (r: Row) => (r.m ? Object.fromEntries(Object.entries(r.m.groups).map(([l, s]) => [l, brief(s)])) : null);
const totalMs = performance.now() - started;

const result = {
  date,
  node: process.version,
  cpu,
  cores,
  platform: `${os.platform()} ${os.arch()}`,
  load_average_1m: round(loadAverage, 2),
  quick: QUICK,
  corpus: {
    drafts: drafts.length,
    chars_per_draft: DRAFT_LENGTH,
    per_locale: perLocale,
    clean: drafts.filter((d) => d.clean).length,
    one_byte: drafts.filter((d) => isOneByte(d.text)).length,
  },
  lint_p50_ms: ours.m ? round(ours.m.stats.p50, 4) : null,
  lint_p99_ms: ours.m ? round(ours.m.stats.p99, 4) : null,
  lint_samples: ours.m?.stats.samples ?? null,
  lint_2000_rules_p50_ms: ours2000.m ? round(ours2000.m.stats.p50, 4) : null,
  lint_2000_rules_p99_ms: ours2000.m ? round(ours2000.m.stats.p99, 4) : null,
  lint_2000_rules_samples: ours2000.m?.stats.samples ?? null,
  analyze_p50_ms: p50Of(understanding?.analyze),
  pack_sync_p50_ms: packSync ? round(packSync.sync.p50, 2) : null,
  pack_sync_phases_p50_ms: packSync ? Object.fromEntries(Object.entries(packSync.phases).map(([k, v]) => [k, round(v, 2)])) : null,
  /** The build part of the push only (Node); the push to open tabs is pack_push_browser_p50_ms. */
  pack_push_p50_ms: packSync ? round(packSync.push.p50, 4) : null,
  pack_push_browser_p50_ms: panelFigures?.push?.last_tab_p50_ms ?? null,
  keystroke_to_panel_p50_ms: panelFigures?.keystroke?.p50_ms ?? null,
  panel_first_render_p50_ms: panelFigures?.first_render?.p50_ms ?? null,
  panel_bundle_gzip_kb: panelFigures?.bundle?.gzip_kb ?? null,
  content: content ? ('figures' in content ? { ...content.figures, budgets: CONTENT_BUDGETS } : content) : null,
  panel: panel ? ('figures' in panel ? { ...panel.figures, budgets: PANEL_BUDGETS } : panel) : null,
  analyze_2000_rules_p50_ms: p50Of(understanding?.analyze2000),
  classify_p50_ms: p50Of(understanding?.classify),
  rank_10000_p50_ms: p50Of(understanding?.rank10000),
  understanding_p99_ms: understanding
    ? { analyze: round(understanding.analyze.p99, 4), analyze_2000_rules: round(understanding.analyze2000?.p99, 4), classify: round(understanding.classify.p99, 4), rank_10000: round(understanding.rank10000.p99, 4) }
    : null,
  budgets: {
    analyze_p50_ms: BUDGET_ANALYZE_MS,
    analyze_p50_met: verdict(p50Of(understanding?.analyze), BUDGET_ANALYZE_MS),
    analyze_2000_rules_p50_ms: BUDGET_ANALYZE_2000_MS,
    analyze_2000_rules_p50_met: verdict(p50Of(understanding?.analyze2000), BUDGET_ANALYZE_2000_MS),
    classify_p50_ms: BUDGET_CLASSIFY_MS,
    classify_p50_met: verdict(p50Of(understanding?.classify), BUDGET_CLASSIFY_MS),
    rank_10000_p50_ms: BUDGET_RANK_MS,
    rank_10000_p50_met: verdict(p50Of(understanding?.rank10000), BUDGET_RANK_MS),
    lint_p50_ms: BUDGET_LINT_MS,
    lint_p50_met: met,
    lint_2000_rules_p50_ms: BUDGET_LINT_2000_MS,
    lint_2000_rules_p50_met: met2000,
    keystroke_to_panel_p50_ms: PANEL_BUDGETS.keystroke_p50_ms,
    keystroke_to_panel_p50_met: verdict(panelFigures?.keystroke?.p50_ms ?? null, PANEL_BUDGETS.keystroke_p50_ms),
    panel_first_render_p50_ms: PANEL_BUDGETS.first_render_p50_ms,
    panel_first_render_p50_met: verdict(panelFigures?.first_render?.p50_ms ?? null, PANEL_BUDGETS.first_render_p50_ms),
    panel_bundle_gzip_kb: PANEL_BUDGETS.bundle_gzip_kb,
    panel_bundle_gzip_met: verdict(panelFigures?.bundle?.gzip_kb ?? null, PANEL_BUDGETS.bundle_gzip_kb),
    pack_push_browser_p50_ms: PANEL_BUDGETS.push_p50_ms,
    pack_push_browser_p50_met: verdict(panelFigures?.push?.last_tab_p50_ms ?? null, PANEL_BUDGETS.push_p50_ms),
  },
  compile: {
    starter_ms: round(starter.compileMs, 2),
    starter_validate_ms: round(starter.validateMs, 2),
    starter_rules: starter.rules,
    starter_rules_compiled: starter.compiledRules,
    starter_rules_unsupported: starter.unsupported,
    pack_2000_ms: round(big.compileMs, 2),
    pack_2000_validate_ms: round(big.validateMs, 2),
    pack_2000_generate_ms: round(big.generateMs, 2),
    pack_2000_rules: big.rules,
    pack_2000_rules_compiled: big.compiledRules,
    pack_2000_rules_unsupported: big.unsupported,
  },
  peers: {
    ...peerFields,
    versions: Object.fromEntries(peers.map((p) => [p.key, p.version])),
    load_ms: Object.fromEntries(peers.map((p) => [p.key, round(p.loadMs, 1)])),
    how: Object.fromEntries(peers.map((p) => [p.key, p.note])),
    errors: Object.fromEntries(peerRows.filter((r) => !r.m).map((r) => [r.key, r.reason ?? 'unknown'])),
  },
  ratios: Object.fromEntries(peerRows.map((r) => [r.key, ratio(r, ours)])),
  ratios_2000_rules: Object.fromEntries(peerRows.map((r) => [r.key, ratio(r, ours2000)])),
  findings_per_draft: Object.fromEntries(rows.map((r) => [r.key, round(r.findings, 2)])),
  by_locale: Object.fromEntries(rows.map((r) => [r.key, byLocale(r)])),
  total_s: round(totalMs / 1000, 1),
};

const out = fileURLToPath(new URL('./results/latest.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
console.log(`\nwrote bench/results/latest.json · total ${fmt(totalMs / 1000, 1)} s`);

if (errors.length) {
  console.error(`\n${errors.length} problem(s):\n${errors.join('\n')}`);
  process.exitCode = 1;
}

// ---- helpers --------------------------------------------------------------------------------

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
}

function round(x: number | null | undefined, digits: number): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function fmt(x: number | null | undefined, digits: number): string {
  return x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits);
}

function brief(s: Stats) {
  return { p50_ms: round(s.p50, 4), p99_ms: round(s.p99, 4), samples: s.samples };
}
