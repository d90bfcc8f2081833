import type { Pack, Platform } from '../pack/schema';
import { compilePack } from '../lint/compile';
import { lint } from '../lint/lint';
import type { CompiledPack, Finding } from '../lint/types';
import { classifyComment, compileUnderstanding, detectLanguage, type CompiledUnderstanding, type Understanding } from '../classify';
import { toneGuidance, toneProfile, voiceTarget, type ResolvedTarget, type ToneProfile, type ToneTip } from '../tone';
import { REPLY_CHECKS } from './checks';
import type { ReplyCheckInput } from './types';

/** Everything `analyze` needs from a pack, compiled once per pack version. */
export interface Analyzer {
  pack: Pack;
  lint: CompiledPack;
  understanding: CompiledUnderstanding;
  /** Comments already classified: the comment stays the same while its reply is typed. */
  readonly comments: Map<string, Understanding>;
}

export function compileAnalyzer(pack: Pack): Analyzer {
  return { pack, lint: compilePack(pack), understanding: compileUnderstanding(pack), comments: new Map() };
}

const MAX_CLASSIFIED = 64;

function understand(analyzer: Analyzer, text: string): Understanding {
  let u = analyzer.comments.get(text);
  if (!u) {
    u = classifyComment(text, analyzer.understanding);
    if (analyzer.comments.size >= MAX_CLASSIFIED) analyzer.comments.clear();
    analyzer.comments.set(text, u);
  }
  return u;
}

export interface AnalyzeContext {
  platform: Platform;
  /** The draft's language; detected from the draft (then the comment) when absent. */
  locale?: string;
  comment?: { text: string; authorName?: string; authorHandle?: string; understanding?: Understanding };
  crisis?: boolean;
  threadReplies?: readonly string[];
  ownHandles?: readonly string[];
  agentName?: string;
}

export type Readiness = 'ready' | 'check' | 'stop';

export interface Analysis {
  locale: string;
  findings: Finding[];
  tone: ToneProfile;
  target: ResolvedTarget;
  guidance: ToneTip[];
  comment: Understanding | null;
  readiness: Readiness;
}

/** One call for everything the panel shows about a draft: findings, tone, guidance, readiness. */
export function analyze(analyzer: Analyzer, draft: string, ctx: AnalyzeContext): Analysis {
  const { pack } = analyzer;
  const comment = ctx.comment ? (ctx.comment.understanding ?? understand(analyzer, ctx.comment.text)) : null;
  const locale = ctx.locale ?? draftLocale(draft, comment, pack.locales);
  const intents = comment?.intents ?? [];
  const crisis = ctx.crisis ?? !!pack.crisisMode;
  const target = voiceTarget(pack.voice, ctx.platform, intents);
  const tone = toneProfile(draft, locale, ctx.comment?.authorName ? { readerName: ctx.comment.authorName } : undefined);

  const checkInput: ReplyCheckInput = {
    draft,
    locale,
    platform: ctx.platform,
    ...(ctx.comment && comment
      ? {
          comment: {
            text: ctx.comment.text,
            ...(ctx.comment.authorName ? { authorName: ctx.comment.authorName } : {}),
            ...(ctx.comment.authorHandle ? { authorHandle: ctx.comment.authorHandle } : {}),
            intents,
            sentiment: comment.sentiment,
            escalations: comment.escalations.map((e) => e.name),
          },
        }
      : {}),
    ...(ctx.threadReplies ? { threadReplies: ctx.threadReplies } : {}),
    ...(ctx.ownHandles ? { ownHandles: ctx.ownHandles } : {}),
    ...(ctx.agentName ? { agentName: ctx.agentName } : {}),
    signOffRequired: !!target.signOff?.length,
    draftTone: { sentiment: tone.sentiment, defensiveness: tone.defensiveness, warmth: tone.warmth },
  };

  const findings = mergeFindings(
    draft,
    lint(analyzer.lint, draft, { platform: ctx.platform, locale, intents, escalation: !!comment?.escalations.length, crisis }),
    REPLY_CHECKS.flatMap((check) => check(checkInput)),
  );
  const guidance = toneGuidance(tone, target, locale);
  return { locale, findings, tone, target, guidance, comment, readiness: readiness(draft, findings, guidance) };
}

const RANK = { suggestion: 0, warning: 1, error: 2 } as const;

/**
 * Pack rules and reply checks often see the same words ("it was our fault"): show one finding
 * per spot, the more severe one, and the pack's own wording when they are equally severe.
 * Whole-draft findings (a missing element, an unanswered question) never hide others.
 */
function mergeFindings(draft: string, rules: Finding[], checks: Finding[]): Finding[] {
  const whole = draft.trimEnd().length;
  const clash = (a: Finding, b: Finding) =>
    a.start < b.end && b.start < a.end && !(a.start === 0 && a.end >= whole) && !(b.start === 0 && b.end >= whole);
  const keptChecks = checks.filter((c) => !rules.some((r) => clash(r, c) && RANK[r.level] >= RANK[c.level]));
  const keptRules = rules.filter((r) => !keptChecks.some((c) => clash(r, c) && RANK[c.level] > RANK[r.level]));
  return [...keptRules, ...keptChecks].sort((a, b) => a.start - b.start || a.end - b.end);
}

function draftLocale(draft: string, comment: Understanding | null, locales: readonly string[]): string {
  const guess = detectLanguage(draft);
  if (guess.language !== 'other' && guess.confidence >= 0.5 && locales.includes(guess.language)) return guess.language;
  if (comment && comment.language !== 'other' && locales.includes(comment.language)) return comment.language;
  return locales[0] ?? 'en';
}

/** stop: an error-level finding; check: a warning, a tone tip or an empty draft; ready otherwise. */
export function readiness(draft: string, findings: readonly Finding[], guidance: readonly ToneTip[]): Readiness {
  if (findings.some((f) => f.level === 'error')) return 'stop';
  if (!draft.trim() || guidance.length || findings.some((f) => f.level === 'warning')) return 'check';
  return 'ready';
}
