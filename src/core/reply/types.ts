import type { Intent, Platform, Level } from '../pack/schema';
import type { Finding } from '../lint/types';

/** The comment being answered, as far as it is known. */
export interface ReplyComment {
  text: string;
  authorName?: string;
  authorHandle?: string;
  intents: readonly Intent[];
  /** −1…1 */
  sentiment?: number;
  /** Ids of the escalation routes the comment triggered. */
  escalations: readonly string[];
}

export interface ReplyCheckInput {
  draft: string;
  locale: string;
  platform: Platform;
  comment?: ReplyComment;
  /** What the organisation already posted in this thread (for repeated templates). */
  threadReplies?: readonly string[];
  /** Our own handles on this platform, which may be mentioned freely. */
  ownHandles?: readonly string[];
  /** The agent's name and whether the pack asks replies to be signed. */
  agentName?: string;
  signOffRequired?: boolean;
  /** −1…1 and 0…1 values of the draft's tone, when the tone profile is computed. */
  draftTone?: { sentiment: number; defensiveness: number; warmth: number };
}

export type ReplyCheck = (input: ReplyCheckInput) => Finding[];

export function finding(rule: string, level: Level, message: string, why: string, draft: string, start = 0, end = draft.trimEnd().length, suggestions: string[] = []): Finding {
  return { rule, level, message, why, start, end, match: draft.slice(start, end), suggestions };
}
