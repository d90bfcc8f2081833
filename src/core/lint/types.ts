import type { Intent, Level, Pack, Platform, Rule } from '../pack/schema';
import type { Block } from '../text/blocks';
import type { LintState } from './state';

/** What the draft is being written for. */
export interface LintContext {
  platform: Platform;
  locale: string;
  /** Intents of the comment being answered; empty when unknown. */
  intents: readonly Intent[];
  /** Whether the comment triggered an escalation route. */
  escalation: boolean;
  crisis?: boolean;
}

export interface LintOptions {
  /** The draft's blocks (Markdown headings, lists, code…). Without them plain text is split into paragraphs at blank lines. */
  blocks?: Block[];
  /** Stop starting new rules once this many milliseconds have passed (needs a clock: `now`, else `performance.now`). */
  budgetMs?: number;
  /** Clock for `budgetMs`, in milliseconds. */
  now?: () => number;
}

export interface Finding {
  rule: string;
  level: Level;
  message: string;
  why: string;
  lesson?: string;
  link?: string;
  /** UTF-16 offsets into the exact draft string. */
  start: number;
  end: number;
  match: string;
  /** Replacements for [start, end) that can be applied. */
  suggestions: string[];
  /**
   * The span the rule judged, when it is wider than [start, end): the sentence that is too long,
   * the heading in the wrong case, the draft a metric was computed over.
   */
  context?: { start: number; end: number };
}

/** A rule turned into a function over the draft; built once per pack. */
export interface CompiledRule {
  rule: Rule;
  /** Check this rule on its own (no shared matcher). */
  check(text: string, ctx: LintContext): RawFinding[];
  /** Check this rule with the state shared by one lint call (used by `lint`). */
  run?(state: LintState): RawFinding[];
}

/** A finding before the rule's level, why and limit are applied. */
export interface RawFinding {
  start: number;
  end: number;
  message: string;
  suggestions?: string[];
  context?: { start: number; end: number };
}

export interface CompiledPack {
  pack: Pack;
  rules: CompiledRule[];
  /** Ids of rules this engine cannot run (see `problems` for why). */
  unsupported?: string[];
  /** Why each unsupported rule cannot run. */
  problems?: Array<{ rule: string; reason: string }>;
  /** The shared matcher and bookkeeping built by compilePack. */
  shared?: import('./compile').SharedMatcher;
}

export interface LintReport {
  findings: Finding[];
  /** Rules not run because the time budget ran out. */
  skipped: string[];
  /** True when the draft was longer than the engine scans (pattern rules saw only the start). */
  truncated: boolean;
}
