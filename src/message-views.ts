import { z } from 'zod';
import { AdapterStatus, Composer, PageComment } from './core/comment';
import { ESCALATION_KINDS, Intent, Level, Platform, SiteOverride } from './core/pack/schema';

/**
 * The shapes the worker hands to the panel and content scripts: view models built from core
 * results, small enough to send on every keystroke and checked with zod on receipt.
 */

const Span = z.object({ start: z.number().int(), end: z.number().int() });

export const EscalationView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ESCALATION_KINDS),
  team: z.string(),
  contact: z.string(),
  guidance: z.string(),
  severity: z.enum(['low', 'medium', 'high']),
  /** The comment's words that triggered the route. */
  words: z.array(z.string()),
});
export type EscalationView = z.infer<typeof EscalationView>;

/** What Parley understood of a comment. */
export const UnderstandingView = z.object({
  language: z.string(),
  intents: z.array(Intent),
  sentiment: z.number(),
  urgency: z.number(),
  escalations: z.array(EscalationView),
  /** Words that made each intent, plus sentiment and urgency. */
  evidence: z.record(z.string(), z.array(z.string())),
  flags: z.object({ sarcasm: z.boolean(), shouting: z.boolean(), elongated: z.boolean(), truncated: z.boolean() }),
});
export type UnderstandingView = z.infer<typeof UnderstandingView>;

/** One comment of the page's queue. */
export const QueueItem = z.object({
  comment: PageComment,
  understanding: UnderstandingView,
  /** A question, complaint, help request, crisis or escalation that nobody from us answered yet. */
  needsAnswer: z.boolean(),
  /** One of our accounts replied to it. */
  answered: z.boolean(),
  /** Minutes the pack allows for an answer to this comment's intent, when it sets one. */
  responseMinutes: z.number().nullable(),
  /** What the pack advises for bait, spam and abuse ("leave", "hide"…), when it says. */
  moderation: z.object({ action: z.enum(['answer', 'hide', 'leave', 'report']), advice: z.string() }).nullable(),
});
export type QueueItem = z.infer<typeof QueueItem>;

export const FindingView = Span.extend({
  rule: z.string(),
  level: Level,
  message: z.string(),
  why: z.string(),
  lesson: z.string().optional(),
  link: z.string().optional(),
  match: z.string(),
  suggestions: z.array(z.string()),
});
export type FindingView = z.infer<typeof FindingView>;

export const TONE_METERS = ['formality', 'warmth', 'sentiment', 'defensiveness', 'jargon', 'promotional', 'assertiveness', 'hedging', 'readability'] as const;

export const ToneMeter = z.object({
  dimension: z.enum(TONE_METERS),
  /** 0…1 (sentiment −1…1). */
  value: z.number(),
  /** The pack's band for this platform and intent, when it sets one. */
  band: z.tuple([z.number(), z.number()]).nullable(),
  /** Words that moved it most. */
  words: z.array(z.string()),
  /** The tip that would move the draft into the band. */
  tip: z.string().nullable(),
});
export type ToneMeter = z.infer<typeof ToneMeter>;

/** Everything the panel shows about the draft being typed. */
export const DraftView = z.object({
  composer: Composer,
  text: z.string(),
  locale: z.string(),
  readiness: z.enum(['ready', 'check', 'stop']),
  findings: z.array(FindingView),
  meters: z.array(ToneMeter),
  /** Tips not tied to a meter (length, emoji, address form). */
  tips: z.array(z.string()),
  /** Readability in the language's own measure, for display ("Flesch 64"). */
  readability: z.object({ measure: z.enum(['flesch', 'amstad', 'lix']), score: z.number() }),
  characters: z.number().int(),
  /** The comment being answered, when known. */
  replyingTo: QueueItem.nullable(),
  /** When the pack says staff reply from personal accounts and must disclose their affiliation. */
  discloseAffiliation: z.boolean(),
  analysedAt: z.number(),
});
export type DraftView = z.infer<typeof DraftView>;

export const ReadinessBadge = z.object({
  readiness: z.enum(['ready', 'check', 'stop']),
  counts: z.object({ error: z.number().int(), warning: z.number().int(), suggestion: z.number().int() }),
});
export type ReadinessBadge = z.infer<typeof ReadinessBadge>;

/** Why a comment needs an answer, most pressing first: an escalation route, then its intent. */
export const MARK_KINDS = ['escalation', 'crisis', 'complaint', 'help_request', 'question'] as const;

/** What the page's in-page marker needs to know about a comment waiting for an answer (no text: the page has it). */
export const PageMark = z.object({
  id: z.string().min(1).max(500),
  kind: z.enum(MARK_KINDS),
  /** The route's kind when `kind` is "escalation". */
  escalation: z.enum(ESCALATION_KINDS).optional(),
  urgent: z.boolean(),
  /** When the comment was written (ISO), when the site shows it: the marker says how long it waits. */
  time: z.string().max(100).optional(),
});
export type PageMark = z.infer<typeof PageMark>;

/** Changes to the page's marked comments since the last message; `reset` replaces them all. */
export const PageMarks = z.object({
  reset: z.boolean(),
  set: z.array(PageMark).max(20_000),
  remove: z.array(z.string().max(500)).max(20_000),
});
export type PageMarks = z.infer<typeof PageMarks>;

/** A template ranked for the comment (or the search query), rendered with the real names. */
export const TemplateItem = z.object({
  id: z.string(),
  name: z.string(),
  shortcut: z.string().optional(),
  locale: z.string(),
  intents: z.array(Intent),
  holding: z.boolean(),
  /** The rendered text; missing variables appear as "[key]". */
  text: z.string(),
  missing: z.array(z.object({ key: z.string(), label: z.string() })),
  reasons: z.array(z.string()),
  /** Where the item came from when packs are layered ("ACME house voice"). */
  origin: z.string().optional(),
});
export type TemplateItem = z.infer<typeof TemplateItem>;

/** A lesson of the pack, for the Learn view and a finding's "Why?". */
export const LessonView = z.object({
  id: z.string(),
  title: z.string(),
  locale: z.string(),
  summary: z.string(),
  body: z.string(),
  /** Rule ids this lesson explains. */
  rules: z.array(z.string()),
  examples: z.object({ good: z.array(z.string()), bad: z.array(z.string()) }),
});
export type LessonView = z.infer<typeof LessonView>;

export const AgentProfile = z.object({
  name: z.string().max(200),
  initials: z.string().max(10),
  signOff: z.string().max(500),
  /** Preferred reply language; "" = follow the comment. */
  language: z.string().max(10),
});

export const SiteSwitches = z.object({ enabled: z.boolean(), badge: z.boolean(), highlights: z.boolean() });
export type SiteSwitches = z.infer<typeof SiteSwitches>;

export const Settings = z.object({
  agent: AgentProfile,
  /** Panel language; "" = the browser's. */
  uiLanguage: z.enum(['', 'en', 'de', 'sv']),
  /** Per platform (or host for other sites); absent = all on. */
  sites: z.record(z.string(), SiteSwitches),
  /** How often the communicator picked each template. */
  templateUsage: z.record(z.string(), z.number()),
});
export type Settings = z.infer<typeof Settings>;

/** What a content script needs from the worker: switches for its site and the pack's page data. */
export const ContentConfig = z.object({
  switches: SiteSwitches,
  /** The organisation's own handles on this platform, lower-case with "@". */
  ownHandles: z.array(z.string()),
  /** Selector fixes from the pack for this platform. */
  site: SiteOverride.nullable(),
});
export type ContentConfig = z.infer<typeof ContentConfig>;

export const TabState = z.object({
  tabId: z.number().int(),
  url: z.string().nullable(),
  platform: Platform.nullable(),
  /** Whether Parley's content script runs on this tab's site. */
  active: z.boolean(),
  /** chrome://, the web store and other pages no extension may touch. */
  restricted: z.boolean(),
  /** The page's host when Parley could run there once the user grants it. */
  enableableOrigin: z.string().nullable(),
  adapter: AdapterStatus.nullable(),
  /** Every comment on the page, classified; the panel filters and sorts. */
  queue: z.array(QueueItem),
  composer: Composer.nullable(),
  updatedAt: z.string().nullable(),
  /** The comment the user last asked to see from the page (a click on its mark), and when. */
  spotlight: z.object({ commentId: z.string(), at: z.string() }).nullable(),
});
export type TabState = z.infer<typeof TabState>;
