import type { z } from 'zod';
import type { Intent, Platform, Voice, VoiceTarget } from '../pack/schema';
import type { ResolvedTarget, TargetField } from './types';

export type VoiceConfig = z.infer<typeof Voice>;

/**
 * When a comment carries several intents, the more sensitive one wins: its target is applied
 * last. (Unknown intents rank lowest.)
 */
const INTENT_PRIORITY: readonly Intent[] = [
  'crisis',
  'abuse',
  'complaint',
  'help_request',
  'question',
  'praise',
  'neutral',
  'spam',
];


/**
 * An intent's band applies within the platform's: a complaint on Reddit is answered warmly but
 * still in Reddit's register. Where the two bands do not overlap, the intent's wins.
 */
function narrow(prev: [number, number] | undefined, prevOrigin: string | undefined, next: readonly [number, number], origin: string): [number, number] {
  if (!prev || !prevOrigin?.startsWith('platform:') || !origin.startsWith('intent:')) return [next[0], next[1]];
  const lo = Math.max(prev[0], next[0]);
  const hi = Math.min(prev[1], next[1]);
  return lo <= hi ? [lo, hi] : [next[0], next[1]];
}

function layer(out: ResolvedTarget, t: VoiceTarget | undefined, origin: string): void {
  if (!t) return;
  if (t.formality) {
    out.formality = narrow(out.formality, out.origin.formality, t.formality, origin);
    out.origin.formality = origin;
  }
  if (t.warmth) {
    out.warmth = narrow(out.warmth, out.origin.warmth, t.warmth, origin);
    out.origin.warmth = origin;
  }
  if (t.length) {
    // Field by field: a platform's max keeps the default's min.
    const len = { ...(out.length ?? {}) };
    if (t.length.min !== undefined) len.min = t.length.min;
    if (t.length.max !== undefined) len.max = t.length.max;
    out.length = len;
    out.origin.length = origin;
  }
  if (t.emoji) {
    out.emoji = { max: t.emoji.max };
    out.origin.emoji = origin;
  }
  if (t.greeting) {
    out.greeting = [...t.greeting];
    out.origin.greeting = origin;
  }
  if (t.signOff) {
    out.signOff = [...t.signOff];
    out.origin.signOff = origin;
  }
  if (t.address) {
    out.address = t.address;
    out.origin.address = origin;
  }
  if (t.notes) out.notes.push(t.notes);
}

/**
 * The voice target for a reply: default ← platform ← intent (the intent wins, then the platform).
 * With several intents, the most sensitive (crisis > abuse > complaint > help_request > question >
 * praise > neutral > spam) is applied last and so wins. A length whose min ends up above its max
 * keeps the max and drops the min to it.
 */
export function voiceTarget(
  voice: VoiceConfig | undefined,
  platform: Platform | string | undefined,
  intents: ReadonlyArray<Intent | string> | Intent | string | undefined,
): ResolvedTarget {
  const out: ResolvedTarget = { notes: [], origin: {} };
  if (!voice) return out;
  layer(out, voice.default, 'default');
  if (platform) {
    const p = voice.platforms?.[platform as Platform];
    layer(out, p, `platform:${platform}`);
  }
  const list = intents === undefined ? [] : typeof intents === 'string' ? [intents] : [...intents];
  const rank = (i: string): number => {
    const r = INTENT_PRIORITY.indexOf(i as Intent);
    return r < 0 ? INTENT_PRIORITY.length : r;
  };
  const ordered = [...new Set(list)].sort((a, b) => rank(b) - rank(a));
  for (const intent of ordered) layer(out, voice.intents?.[intent as Intent], `intent:${intent}`);
  if (out.length && out.length.min !== undefined && out.length.max !== undefined && out.length.min > out.length.max) {
    out.length.min = out.length.max;
  }
  return out;
}

export type { TargetField };
