import type { Intent, Level, Pack, Platform, Rule } from '../pack/schema';

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

export interface Finding {
  rule: string;
  level: Level;
  message: string;
  why: string;
  lesson?: string;
  /** UTF-16 offsets into the exact draft string. */
  start: number;
  end: number;
  match: string;
  /** Replacements for [start, end) that can be applied. */
  suggestions: string[];
}

/** A rule turned into a function over the draft; built once per pack. */
export interface CompiledRule {
  rule: Rule;
  check(text: string, ctx: LintContext): RawFinding[];
}

/** A finding before the rule's level, why and limit are applied. */
export interface RawFinding {
  start: number;
  end: number;
  message: string;
  suggestions?: string[];
}

export interface CompiledPack {
  pack: Pack;
  rules: CompiledRule[];
}
