import { INTENTS, PLATFORMS, type Intent, type Pack, type Platform } from '../../src/core/pack/schema';
import { compilePack } from '../../src/core/lint/compile';
import { lintDetailed, MAX_FINDINGS } from '../../src/core/lint/lint';
import { MAX_PER_RULE } from '../../src/core/lint/kind';
import type { Finding, LintContext } from '../../src/core/lint/types';
import { chunkProse, formatOf, sourceSpan, toProse, type InputFormat, type Prose } from '../../src/core/markdown';
import { isLevel, levelAtLeast, VALE_DEFAULT_MIN_LEVEL, type ValeLevel } from '../../src/core/vale';
import { many, single, type ParsedArgs } from './args';
import { EXIT, UsageError } from './errors';
import { readTextFile, type Io } from './io';
import { loadPack } from './pack-commands';
import { textLine, toJson, valeLine, type JsonFinding } from './format';
import { loadValeSetup, mergedPack, valeRulesForFile, type ValeSetup } from './vale-setup';
import { findValeConfig } from './vale-files';

/** Long documents are linted in pieces of this many UTF-16 units (the engine scans 50,000 of one draft). */
const CHUNK = 40_000;

const FORMATS = ['text', 'json', 'line'] as const;
type Format = (typeof FORMATS)[number];
const STDIN = '-';

export function lintCommand(args: ParsedArgs, io: Io): number {
  const packPath = single(args, 'pack');
  const iniPath = single(args, 'vale-config') ?? (packPath ? undefined : findValeConfig(process.cwd(), process.env) ?? undefined);
  if (!packPath && !iniPath) throw new UsageError('lint needs --pack FILE or --vale-config FILE (or both), or a .vale.ini in this folder or above');
  const format = (single(args, 'format') ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format "${format}"; use ${FORMATS.join(', ')}`);
  const platform = single(args, 'platform') ?? 'generic';
  if (!(PLATFORMS as readonly string[]).includes(platform)) throw new UsageError(`unknown --platform "${platform}"; use one of ${PLATFORMS.join(', ')}`);
  const intents = many(args, 'intent');
  for (const i of intents) if (!(INTENTS as readonly string[]).includes(i)) throw new UsageError(`unknown --intent "${i}"; use one of ${INTENTS.join(', ')}`);
  const ext = single(args, 'ext');
  const minFlag = single(args, 'min-alert-level');
  if (minFlag !== undefined && !isLevel(minFlag)) throw new UsageError(`unknown --min-alert-level "${minFlag}"; use suggestion, warning or error`);
  const files = args.positionals.length ? args.positionals : [STDIN];
  if (files.filter((f) => f === STDIN).length > 1) throw new UsageError('stdin (-) can be read only once');
  if (files.includes(STDIN) && io.stdinIsTty && !args.positionals.length) throw new UsageError('give files to lint, or pipe text into stdin');

  const base = packPath ? loadPack(packPath, io) : null;
  if (packPath && !base) return EXIT.failed;
  const setup = iniPath ? loadValeSetup(iniPath, (l) => io.err(`warning: ${l}`)) : null;
  const inputs = files.map((file) => ({ file, source: file === STDIN ? io.readStdin() : readTextFile(file) }));

  // Vale's rule: the ini's MinAlertLevel, else warning; a pack alone shows everything.
  const min: ValeLevel = (minFlag as ValeLevel | undefined) ?? (setup ? (setup.config.minAlertLevel ?? VALE_DEFAULT_MIN_LEVEL) : 'suggestion');
  const linter = new Linter(base, setup, min, {
    platform: platform as Platform,
    intents: intents as Intent[],
    locale: single(args, 'locale') ?? base?.locales[0] ?? 'en',
    escalation: false,
    crisis: base?.crisisMode ?? false,
  });
  let errors = 0;
  const counts: Record<string, number> = { error: 0, warning: 0, suggestion: 0 };
  for (const { file, source } of inputs) {
    const name = file === STDIN ? '<stdin>' : file;
    const findings = linter.run(file, source, inputFormat(file, ext, setup));
    for (const f of findings) counts[f.level] = (counts[f.level] ?? 0) + 1;
    errors += findings.filter((f) => f.level === 'error').length;
    if (format === 'json') io.out(JSON.stringify(findings));
    else for (const f of findings) io.out(format === 'line' ? valeLine(name, f) : textLine(name, f));
  }
  for (const note of linter.notes()) io.err(note);
  if (format === 'text') {
    io.err(`${counts.error} error(s), ${counts.warning} warning(s), ${counts.suggestion} suggestion(s) in ${inputs.length} file(s).`);
  }
  return errors ? EXIT.failed : EXIT.ok;
}

/** Whether the engine may have dropped findings: too many in all, or as many as it keeps for one rule. */
function cutShort(findings: readonly Finding[]): boolean {
  if (findings.length >= MAX_FINDINGS) return true;
  const perRule = new Map<string, number>();
  for (const f of findings) perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
  return [...perRule.values()].some((n) => n >= MAX_PER_RULE);
}

function inputFormat(file: string, ext: string | undefined, setup: ValeSetup | null): InputFormat {
  const name = ext ? `input.${ext.replace(/^\./, '')}` : file;
  const fileExt = /\.([^./\\]+)$/.exec(name)?.[1] ?? '';
  const mapped = setup?.config.formats[fileExt];
  return formatOf(mapped ? `input.${mapped}` : name);
}

/** Compiles each distinct rule set once and lints files with it. */
class Linter {
  private readonly cache = new Map<string, ReturnType<typeof compilePack>>();
  private readonly skipped = new Map<string, string>();
  private readonly unchecked = new Set<string>();
  private readonly split: string[] = [];

  constructor(
    private readonly base: Pack | null,
    private readonly setup: ValeSetup | null,
    private readonly min: ValeLevel,
    private readonly ctx: LintContext,
  ) {}

  run(file: string, source: string, format: InputFormat): JsonFinding[] {
    // Compact prose: inline markup is left out, so "Done. [Next](u)" reads "Done. Next" as rendered.
    const prose = toProse(source, format, { compact: true });
    const raw = this.lintProse(file, prose).map((f) => ({ ...f, ...sourceSpan(prose, f.start, f.end) }));
    const seen = new Set<string>();
    const kept = raw.filter((f) => {
      const key = `${f.rule}@${f.start}:${f.end}`;
      if (seen.has(key) || !(isLevel(f.level) && levelAtLeast(f.level, this.min))) return false;
      seen.add(key);
      return true;
    });
    kept.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
    return toJson(kept, source);
  }

  /**
   * The whole document in one call. When the engine could not take it all (it scans 50,000
   * characters of a draft, returns at most 1,000 findings and MAX_PER_RULE per rule), in
   * block-aligned pieces, halved until no rule is cut short; rule limits then apply per file.
   */
  private lintProse(file: string, prose: Prose): Finding[] {
    const compiled = this.compiled(file);
    const run = (p: Prose) => lintDetailed(compiled, p.text, this.ctx, { blocks: p.blocks });
    const whole = run(prose);
    if (!whole.truncated && !cutShort(whole.findings)) return whole.findings;
    let parts = 0;
    const pieces = (p: Prose, size: number, offset: number): Finding[] =>
      chunkProse(p, size).flatMap((c) => {
        const found = run(c);
        if ((found.truncated || cutShort(found.findings)) && c.blocks.length > 1 && size > 1000) return pieces(c, Math.floor(size / 2), offset + c.offset);
        parts++;
        return found.findings.map((f) => ({ ...f, start: f.start + offset + c.offset, end: f.end + offset + c.offset }));
      });
    const all = pieces(prose, CHUNK, 0).sort((a, b) => a.start - b.start);
    this.split.push(`note: ${file} was linted in ${parts} parts; rules over the whole document (conditional, consistency, metric) saw one part at a time`);
    const limits = new Map(compiled.rules.map((r) => [r.rule.id, r.rule.limit ?? 0]));
    const seen = new Map<string, number>();
    return all.filter((f) => {
      const n = (seen.get(f.rule) ?? 0) + 1;
      seen.set(f.rule, n);
      const limit = limits.get(f.rule) ?? 0;
      return !limit || n <= limit;
    });
  }

  private compiled(file: string) {
    const vale = this.setup ? valeRulesForFile(this.setup, file) : null;
    for (const u of vale?.unconverted ?? []) this.skipped.set(u.id, u.reason);
    const key = vale?.key ?? 'pack';
    let compiled = this.cache.get(key);
    if (!compiled) {
      compiled = compilePack(vale ? mergedPack(vale.rules, this.base) : this.base!);
      compiled.unsupported.forEach((id) => this.unchecked.add(id));
      this.cache.set(key, compiled);
    }
    return compiled;
  }

  notes(): string[] {
    const out = [...this.skipped].map(([id, reason]) => `note: ${id} not checked: ${reason}`);
    out.push(...this.split);
    if (this.unchecked.size) out.push(`note: not checked, the rule engine does not run these rules yet: ${[...this.unchecked].join(', ')}`);
    return out;
  }
}
