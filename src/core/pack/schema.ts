import { z } from 'zod';
import { SCOPE_NAMES } from '../lint/scope';

/** Sites Parley knows; `generic` is any other page with a reply box. */
export const PLATFORMS = [
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'youtube',
  'reddit',
  'mastodon',
  'xing',
  'generic',
] as const;
export const Platform = z.enum(PLATFORMS);
export type Platform = z.infer<typeof Platform>;

/** Fixed intent vocabulary for comments (multi-label). */
export const INTENTS = [
  'question',
  'complaint',
  'praise',
  'help_request',
  'crisis',
  'spam',
  'abuse',
  'neutral',
] as const;
export const Intent = z.enum(INTENTS);
export type Intent = z.infer<typeof Intent>;

export const LEVELS = ['suggestion', 'warning', 'error'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'use letters, digits, "-", "_" or "." (e.g. "Parley.NoComment")');
const Locale = z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'use a language code such as "en", "de" or "sv"');
const Text = z.string().min(1, 'must not be empty');
const Band = z
  .tuple([z.number().min(0).max(1), z.number().min(0).max(1)])
  .refine(([lo, hi]) => lo <= hi, 'the lower bound must not exceed the upper bound');

/** When a rule, template or route applies. Absent lists mean "everywhere". */
export const When = z
  .object({
    platforms: z.array(Platform).min(1).optional(),
    intents: z.array(Intent).min(1).optional(),
    locales: z.array(Locale).min(1).optional(),
    /** true: only while an escalation route is triggered; false: only when none is. */
    escalation: z.boolean().optional(),
    /** true: only in crisis mode; false: only outside it. */
    crisis: z.boolean().optional(),
  })
  .strict();
export type When = z.infer<typeof When>;

/** Vale's text scopes that make sense for replies (Markdown adds headings, lists, quotes and tables). */
export const TextScope = z.enum(SCOPE_NAMES);
export type TextScope = z.infer<typeof TextScope>;

const scopeName = `(?:${SCOPE_NAMES.map((n) => n.replace('.', '\\.')).join('|')})`;
/** A scope as Vale writes it: a name, `~name` (not), or names joined with `&`, e.g. "heading & ~heading.h1". */
export const ScopeExpr = z
  .string()
  .regex(new RegExp(`^\\s*~?\\s*${scopeName}\\s*(?:&\\s*~?\\s*${scopeName}\\s*)*$`), 'use a scope such as "sentence", "heading.h2", "~heading" or "heading & ~heading.h1"')
  .meta({ description: 'Where the rule looks (Vale scopes; "~" negates, "&" combines).', examples: [...SCOPE_NAMES, '~heading', 'heading & ~heading.h1'] });

const ruleBase = {
  id: Id,
  level: Level.default('warning'),
  /** Vale-style message; `%s` slots are filled per rule kind. */
  message: Text,
  /** Why the rule exists: shown with every finding and in the lessons. */
  why: Text,
  link: z.string().url().optional(),
  /** Lesson that explains this rule in depth. */
  lesson: Id.optional(),
  when: When.optional(),
  scope: z.union([ScopeExpr, z.array(ScopeExpr).min(1)]).optional(),
  /** At most this many findings per draft (0 = no limit). */
  limit: z.number().int().min(0).optional(),
  examples: z
    .object({
      bad: z.array(Text).min(1, 'give at least one draft that breaks the rule'),
      good: z.array(Text).min(1, 'give at least one draft that follows the rule'),
    })
    .strict(),
};

type RuleCheck = (rule: { id: string; kind: string }) => Array<{ path: Array<string | number>; message: string }>;
let ruleCheck: RuleCheck | null = null;

/**
 * The regex analysis behind these checks is registered by pack/regex-check.ts when it is loaded
 * (validate.ts and the rule engine load it), so pages that only need a type or an enum from
 * this file — the content script — do not carry a regex parser.
 */
export function registerRuleCheck(check: RuleCheck): void {
  ruleCheck = check;
}

/** Patterns the pack validator does not look at itself (exceptions, case patterns, sequence tokens, formulas). */
function checkPatterns(rule: { id: string; kind: string }, ctx: z.RefinementCtx): void {
  for (const p of ruleCheck?.(rule) ?? []) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
}

const matchOptions = {
  ignorecase: z.boolean().optional(),
  nonword: z.boolean().optional(),
  exceptions: z.array(z.string()).optional(),
};

export const ExistenceRule = z
  .object({
    ...ruleBase,
    kind: z.literal('existence'),
    tokens: z.array(Text).optional(),
    raw: z.array(z.string()).optional(),
    append: z.boolean().optional(),
    ...matchOptions,
  })
  .strict()
  .refine((r) => (r.tokens?.length ?? 0) + (r.raw?.length ?? 0) > 0, {
    message: 'an existence rule needs "tokens" or "raw"',
    path: ['tokens'],
  })
  .superRefine(checkPatterns);

export const SubstitutionRule = z
  .object({
    ...ruleBase,
    kind: z.literal('substitution'),
    swap: z.record(z.string(), z.string()).refine((s) => Object.keys(s).length > 0, 'add at least one entry'),
    capitalize: z.boolean().optional(),
    ...matchOptions,
  })
  .strict()
  .superRefine(checkPatterns);

export const OccurrenceRule = z
  .object({
    ...ruleBase,
    kind: z.literal('occurrence'),
    token: Text,
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(0).optional(),
    ignorecase: z.boolean().optional(),
  })
  .strict()
  .refine((r) => (r.min ?? 0) > 0 || (r.max ?? 0) > 0, { message: 'set "min" or "max"', path: ['max'] });

export const RepetitionRule = z
  .object({
    ...ruleBase,
    kind: z.literal('repetition'),
    tokens: z.array(Text).min(1),
    alpha: z.boolean().optional(),
    max: z.number().int().min(0).optional(),
    ignorecase: z.boolean().optional(),
    exceptions: z.array(z.string()).optional(),
  })
  .strict()
  .superRefine(checkPatterns);

export const CapitalizationRule = z
  .object({
    ...ruleBase,
    kind: z.literal('capitalization'),
    match: Text,
    style: z.enum(['AP', 'Chicago']).optional(),
    exceptions: z.array(z.string()).optional(),
    indicators: z.array(z.string()).optional(),
    threshold: z.number().min(0).max(1).optional(),
    prefix: z.string().optional(),
  })
  .strict()
  .superRefine(checkPatterns);

export const ConditionalRule = z
  .object({
    ...ruleBase,
    kind: z.literal('conditional'),
    first: Text,
    second: Text,
    exceptions: z.array(z.string()).optional(),
    ignorecase: z.boolean().optional(),
  })
  .strict()
  .superRefine(checkPatterns);

export const ConsistencyRule = z
  .object({
    ...ruleBase,
    kind: z.literal('consistency'),
    either: z.record(z.string(), z.string()).refine((s) => Object.keys(s).length > 0, 'add at least one pair'),
    nonword: z.boolean().optional(),
    ignorecase: z.boolean().optional(),
  })
  .strict();

export const MetricRule = z
  .object({
    ...ruleBase,
    kind: z.literal('metric'),
    formula: Text,
    condition: z.string().regex(/^\s*(<|<=|>|>=|==|!=)\s*-?\d+(\.\d+)?\s*$/, 'write a comparison such as "> 8.0"'),
  })
  .strict()
  .superRefine(checkPatterns);

export const SequenceRule = z
  .object({
    ...ruleBase,
    kind: z.literal('sequence'),
    tokens: z
      .array(
        z
          .object({
            pattern: z.string().optional(),
            tag: z.string().optional(),
            negate: z.boolean().optional(),
            skip: z.number().int().min(0).optional(),
          })
          .strict(),
      )
      .min(1),
    ignorecase: z.boolean().optional(),
  })
  .strict()
  .superRefine(checkPatterns);

/** Reply-specific: maximum length in characters, optionally per platform. */
export const LengthRule = z
  .object({
    ...ruleBase,
    kind: z.literal('length'),
    max: z.number().int().positive(),
    perPlatform: z.partialRecord(Platform, z.number().int().positive()).optional(),
  })
  .strict();

/** Reply-specific: how many emoji / hashtags / links / mentions a reply may carry. */
export const CountRule = z
  .object({
    ...ruleBase,
    kind: z.literal('count'),
    what: z.enum(['emoji', 'hashtag', 'link', 'mention']),
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(0).optional(),
  })
  .strict()
  .refine((r) => r.min !== undefined || r.max !== undefined, { message: 'set "min" or "max"', path: ['max'] });

/** Reply-specific: share of letters in capitals (shouting). */
export const CapsRule = z
  .object({
    ...ruleBase,
    kind: z.literal('caps'),
    maxRatio: z.number().min(0).max(1),
    /** Drafts with fewer letters are not judged. */
    minLetters: z.number().int().min(1).optional(),
  })
  .strict();

/** Reply-specific: runs of "!" or "?" longer than `max`. */
export const PunctuationRunRule = z
  .object({
    ...ruleBase,
    kind: z.literal('punctuation-run'),
    chars: z.string().min(1).optional(),
    max: z.number().int().min(1),
  })
  .strict();

/** Reply-specific: elements a reply must contain (e.g. an acknowledgement and a next step). */
export const RequiredRule = z
  .object({
    ...ruleBase,
    kind: z.literal('required'),
    elements: z
      .array(
        z
          .object({
            name: Text,
            tokens: z.array(Text).min(1),
          })
          .strict(),
      )
      .min(1),
    ignorecase: z.boolean().optional(),
  })
  .strict();

export const PERSONAL_DATA_KINDS = ['email', 'phone', 'order', 'account', 'card', 'iban', 'address'] as const;
/** Reply-specific: personal data that belongs in a private message, not a public reply. */
export const PersonalDataRule = z
  .object({
    ...ruleBase,
    kind: z.literal('personal-data'),
    detect: z.array(z.enum(PERSONAL_DATA_KINDS)).min(1),
    /**
     * The organisation's own public contacts that may appear in replies: an address
     * ("press@example.org"), a domain ("example.org" allows every address there), a phone number
     * (compared by its digits) or a pattern the whole finding must match.
     */
    exceptions: z.array(Text).optional(),
  })
  .strict()
  .superRefine(checkPatterns);

export const Rule = z.discriminatedUnion('kind', [
  ExistenceRule,
  SubstitutionRule,
  OccurrenceRule,
  RepetitionRule,
  CapitalizationRule,
  ConditionalRule,
  ConsistencyRule,
  MetricRule,
  SequenceRule,
  LengthRule,
  CountRule,
  CapsRule,
  PunctuationRunRule,
  RequiredRule,
  PersonalDataRule,
]);
export type Rule = z.infer<typeof Rule>;
export type RuleKind = Rule['kind'];

/** Tone targets for one platform or intent; bands are 0…1 on the tone profile's scale. */
export const VoiceTarget = z
  .object({
    formality: Band.optional(),
    warmth: Band.optional(),
    /** Ideal reply length in characters. */
    length: z
      .object({ min: z.number().int().min(0).optional(), max: z.number().int().positive().optional() })
      .strict()
      .optional(),
    emoji: z.object({ max: z.number().int().min(0) }).strict().optional(),
    greeting: z.array(z.string()).optional(),
    signOff: z.array(z.string()).optional(),
    /** Address people formally (Sie / ni) or informally (du). */
    address: z.enum(['formal', 'informal']).optional(),
    notes: z.string().optional(),
  })
  .strict();
export type VoiceTarget = z.infer<typeof VoiceTarget>;

export const Voice = z
  .object({
    default: VoiceTarget,
    platforms: z.partialRecord(Platform, VoiceTarget).optional(),
    intents: z.partialRecord(Intent, VoiceTarget).optional(),
  })
  .strict();

export const Account = z
  .object({
    platform: Platform,
    handle: Text,
    name: z.string().optional(),
    /** Staff who reply from personal accounts must disclose their affiliation. */
    personal: z.boolean().optional(),
  })
  .strict();

export const Placeholder = z
  .object({
    key: z.string().regex(/^[a-z][A-Za-z0-9_.]*$/, 'use a key such as "order.id"'),
    label: Text,
    required: z.boolean().optional(),
    /** Used when nobody fills the variable (same as an inline `{{key | "default"}}`). */
    default: z.string().optional(),
  })
  .strict();

export const Template = z
  .object({
    id: Id,
    name: Text,
    locale: Locale,
    intents: z.array(Intent).min(1),
    platforms: z.array(Platform).min(1).optional(),
    /** Text with placeholders such as {{author.name}} and {{agent.name}}. */
    body: Text,
    shortcut: z
      .string()
      .regex(/^[;/][a-z0-9-]+$/, 'start with ";" or "/" followed by lowercase letters, digits or "-"')
      .optional(),
    placeholders: z.array(Placeholder).optional(),
    tags: z.array(z.string()).optional(),
    /** An approved holding statement for crisis mode. */
    holding: z.boolean().optional(),
  })
  .strict();
export type Template = z.infer<typeof Template>;

export const ESCALATION_KINDS = ['legal', 'safety', 'privacy', 'press', 'harassment', 'other'] as const;
export const Escalation = z
  .object({
    id: Id,
    name: Text,
    kind: z.enum(ESCALATION_KINDS),
    locale: Locale,
    team: Text,
    contact: Text,
    /** Words or phrases (regular expressions allowed) that trigger this route in a comment. */
    triggers: z.array(Text).min(1),
    guidance: Text,
    severity: z.enum(['low', 'medium', 'high']).default('high'),
    examples: z
      .object({ trigger: z.array(Text).min(1), ignore: z.array(Text).min(1) })
      .strict(),
  })
  .strict();
export type Escalation = z.infer<typeof Escalation>;

export const Scenario = z
  .object({
    id: Id,
    platform: Platform,
    comment: z.object({ author: Text, text: Text }).strict(),
    task: Text,
    modelReply: Text,
    /** Feedback points a trainee's reply is judged on. */
    feedback: z.array(Text).min(1),
  })
  .strict();

export const Lesson = z
  .object({
    id: Id,
    title: Text,
    locale: Locale,
    summary: Text,
    body: Text,
    rules: z.array(Id).optional(),
    examples: z
      .object({ good: z.array(Text).min(1), bad: z.array(Text).min(1) })
      .strict(),
    scenarios: z.array(Scenario).optional(),
  })
  .strict();
export type Lesson = z.infer<typeof Lesson>;

/**
 * Field-by-field fixes for a built-in site adapter, published in a pack when a site changes its
 * markup: CSS selectors and attribute names only (never code).
 */
export const EDITOR_KINDS = ['textarea', 'draft', 'lexical', 'quill', 'prosemirror', 'contenteditable'] as const;
export const EditorKind = z.enum(EDITOR_KINDS);
export type EditorKind = z.infer<typeof EditorKind>;

const Selector = z.string().min(1).max(1000).optional();
export const SiteOverride = z
  .object({
    comment: Selector,
    text: Selector,
    authorName: Selector,
    authorHandle: Selector,
    authorAttribute: Selector,
    permalink: Selector,
    time: Selector,
    truncation: Selector,
    composer: Selector,
    replyButton: Selector,
    sendButton: Selector,
    counter: Selector,
    editor: EditorKind.optional(),
  })
  .strict();
export type SiteOverride = z.infer<typeof SiteOverride>;

/** What to do about comments that bait or abuse: answering is not always right. */
export const Moderation = z
  .object({
    action: z.enum(['answer', 'hide', 'leave', 'report']),
    advice: Text,
  })
  .strict();

export const ChangelogEntry = z
  .object({
    version: z.string(),
    date: z.string().optional(),
    changes: z.array(Text).min(1),
  })
  .strict();

export const Pack = z
  .object({
    $schema: z.string().optional(),
    id: Id,
    name: Text,
    version: z
      .string()
      .regex(/^\d+(\.\d+){1,3}([-+][0-9A-Za-z.-]+)?$/, 'use a version such as "1.2.0" or "2026.11.2"'),
    description: z.string().optional(),
    locales: z.array(Locale).min(1),
    organisation: z.string().optional(),
    /** A brand lead switches this on during an incident. */
    crisisMode: z.boolean().optional(),
    accounts: z.array(Account).default([]),
    voice: Voice,
    /** Minutes within which a comment of this intent should be answered. */
    responseTime: z.partialRecord(Intent, z.number().int().positive()).optional(),
    rules: z.array(Rule).default([]),
    templates: z.array(Template).default([]),
    escalations: z.array(Escalation).default([]),
    lessons: z.array(Lesson).default([]),
    /** Advice per intent on whether to answer at all (spam, abuse, bait). */
    moderation: z.partialRecord(Intent, Moderation).optional(),
    /** Selector fixes for built-in site adapters, by platform. */
    sites: z.partialRecord(Platform, SiteOverride).optional(),
    /** How often browsers check for a new version of this pack (minutes, 15…1440; default 60). */
    sync: z.object({ intervalMinutes: z.number().int().min(15).max(1440) }).strict().optional(),
    /** When layered over other packs: ids of rules, templates, escalations or lessons to switch off. */
    disable: z.array(Id).optional(),
    /** What changed, newest first. */
    changelog: z.array(ChangelogEntry).optional(),
  })
  .strict();
export type Pack = z.infer<typeof Pack>;
export type PackInput = z.input<typeof Pack>;
