/** One Vale rule file: `<Style>/<Rule>.yml`. */
export interface ValeRuleFile {
  style: string;
  /** File name without `.yml`. */
  name: string;
  text: string;
}

/** A pack rule converted from Vale, before examples are attached (validated later by the pack schema). */
export interface RuleDraft {
  id: string;
  kind: string;
  message: string;
  why: string;
  [field: string]: unknown;
}

/** A converted rule and what only the Vale side needs to know about it. */
export interface ConvertedRule {
  rule: RuleDraft;
  /** Vale's `vocab` (default true): accepted vocabulary terms become exceptions of this rule. */
  vocab: boolean;
}

export interface Unconverted {
  /** `Style.Rule` */
  id: string;
  reason: string;
}

export const VALE_LEVELS = ['suggestion', 'warning', 'error'] as const;
export type ValeLevel = (typeof VALE_LEVELS)[number];
