import { classifyComment, compileUnderstanding } from '../../src/core/classify';
import { Intent, Platform, type Pack } from '../../src/core/pack/schema';
import { starterPackJson } from '../../src/core/pack/starter';
import { validatePack } from '../../src/core/pack/validate';
import { analyze, compileAnalyzer } from '../../src/core/reply/analyze';
import { compileTemplates, rankTemplates, renderTemplate } from '../../src/core/templates';
import { single, type ParsedArgs } from './args';
import { EXIT, UsageError } from './errors';
import { readTextFile, type Io } from './io';
import { loadPack } from './pack-commands';

function packFrom(args: ParsedArgs, io: Io): Pack | null {
  const file = single(args, 'pack');
  if (file) return loadPack(file, io);
  const starter = validatePack(starterPackJson);
  if (!starter.ok) throw new Error('the built-in starter pack is invalid');
  return starter.pack;
}

function platformFrom(args: ParsedArgs): Platform {
  const value = single(args, 'platform') ?? 'generic';
  const parsed = Platform.safeParse(value);
  if (!parsed.success) throw new UsageError(`unknown --platform "${value}"; use one of ${Platform.options.join(', ')}`);
  return parsed.data;
}

function inputs(args: ParsedArgs, io: Io): string[] {
  if (!args.positionals.length || args.positionals.includes('-')) {
    if (io.stdinIsTty && !args.positionals.includes('-')) throw new UsageError('give a FILE or pipe text in (use "-" for stdin)');
    return [io.readStdin()];
  }
  return args.positionals.map((p) => readTextFile(p));
}

/** `classify`: one comment per input line → one JSON line each. */
export function classifyCommand(args: ParsedArgs, io: Io): number {
  const format = single(args, 'format') ?? 'json';
  if (format !== 'json') throw new UsageError(`unknown --format "${format}"; classify prints json`);
  const pack = packFrom(args, io);
  if (!pack) return EXIT.failed;
  const compiled = compileUnderstanding(pack);
  for (const text of inputs(args, io)) {
    for (const line of text.split(/\r?\n/)) {
      if (!line.trim()) continue;
      const u = classifyComment(line, compiled);
      io.out(JSON.stringify({ language: u.language, intents: u.intents, sentiment: round(u.sentiment), urgency: round(u.urgency), escalations: u.escalations.map((e) => e.kind), evidence: u.evidence }));
    }
  }
  return EXIT.ok;
}

/** `analyze`: findings, tone and guidance for a draft answering --comment, as JSON. */
export function analyzeCommand(args: ParsedArgs, io: Io): number {
  const pack = packFrom(args, io);
  if (!pack) return EXIT.failed;
  const comment = single(args, 'comment');
  const analyzer = compileAnalyzer(pack);
  let worst: number = EXIT.ok;
  for (const draft of inputs(args, io)) {
    const a = analyze(analyzer, draft, { platform: platformFrom(args), ...(comment ? { comment: { text: comment } } : {}) });
    io.out(JSON.stringify({ locale: a.locale, readiness: a.readiness, findings: a.findings, tone: a.tone, target: a.target, guidance: a.guidance, comment: a.comment }));
    if (a.readiness === 'stop') worst = EXIT.failed;
  }
  return worst;
}

/** `templates`: the pack's templates ranked for --comment (and --query), rendered, as JSON. */
export function templatesCommand(args: ParsedArgs, io: Io): number {
  const pack = packFrom(args, io);
  if (!pack) return EXIT.failed;
  const comment = single(args, 'comment') ?? '';
  const platform = platformFrom(args);
  const understanding = classifyComment(comment, compileUnderstanding(pack));
  const intents = understanding.intents.filter((i): i is Intent => Intent.safeParse(i).success);
  const locale = single(args, 'locale') ?? (understanding.language !== 'other' ? understanding.language : pack.locales[0] ?? 'en');
  const query = single(args, 'query');
  const ranked = rankTemplates(compileTemplates(pack.templates), {
    intents,
    platform,
    locale,
    commentText: comment,
    crisis: !!pack.crisisMode,
    ...(query ? { query } : {}),
  });
  const author = single(args, 'author');
  io.out(
    JSON.stringify(
      ranked.map((r) => {
        const rendered = renderTemplate(r.template, author ? { author: { name: author } } : {}, { platform, locale });
        return { id: r.template.id, name: r.template.name, score: round(r.score), reasons: r.reasons, text: rendered.text, missing: rendered.missing };
      }),
    ),
  );
  return EXIT.ok;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
