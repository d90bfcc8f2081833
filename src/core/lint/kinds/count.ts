import type { z } from 'zod';
import type { CountRule } from '../../pack/schema';
import type { RawFinding } from '../types';
import { formatMessage } from '../pattern';
import type { KindResult } from '../kind';

/**
 * Reply-specific: how many emoji, hashtags, links or mentions a reply may carry. Above `max`, each
 * item beyond the allowance is reported with the suggestion to remove it; below `min`, one finding
 * on the whole draft. `%s` #1 is the count, #2 the bound.
 *
 * Emoji are whole sequences (ZWJ families, flags, keycaps, skin tones count once); typographic
 * symbols such as ©, ® and ™ only count when followed by the emoji variation selector.
 */
const EMOJI =
  /\p{Regional_Indicator}\p{Regional_Indicator}|[#*0-9]\uFE0F?\u20E3|(?![\u00A9\u00AE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u24C2\u3030\u303D\u3297\u3299](?!\uFE0F))\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F\u20E3?|[\u{E0020}-\u{E007F}]+)*(?:\u200D\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)*)*/gu;

export const COUNTED: Record<z.infer<typeof CountRule>['what'], RegExp> = {
  emoji: EMOJI,
  hashtag: /(?<![\p{L}\p{N}_&#/])#[\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*/gu,
  link: /(?<![\p{L}\p{N}@])(?:https?:\/\/|www\.)[^\s<>"]+/giu,
  mention: /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?/gu,
};

/** Links end before trailing punctuation, and before a ")" they did not open. */
function linkEnd(m: string): number {
  let end = m.length;
  while (end > 0 && /[.,;:!?'"’”)\]]/.test(m[end - 1]!)) {
    if (m[end - 1] === ')' && (m.slice(0, end).match(/\(/g)?.length ?? 0) >= (m.slice(0, end).match(/\)/g)?.length ?? 0)) break;
    end--;
  }
  return end;
}

export function findCounted(what: z.infer<typeof CountRule>['what'], text: string): Array<[number, number]> {
  const re = COUNTED[what];
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const len = what === 'link' ? linkEnd(m[0]) : m[0].length;
    if (len > 0) out.push([m.index, m.index + len]);
    if (out.length > 10_000) break;
  }
  return out;
}

export function compileCount(rule: z.infer<typeof CountRule>): KindResult {
  return {
    run(state) {
      const text = state.text;
      const found = findCounted(rule.what, text);
      const count = found.length;
      const out: RawFinding[] = [];
      if (rule.max !== undefined && count > rule.max) {
        for (const [start, end] of found.slice(rule.max, rule.max + 200)) {
          // Removing an item also removes one space next to it, so no double space is left.
          let s = start;
          let e = end;
          if (text[e] === ' ' && (s === 0 || text[s - 1] === ' ' || text[s - 1] === '\n')) e++;
          else if (s > 0 && text[s - 1] === ' ') s--;
          out.push({ start: s, end: e, message: formatMessage(rule.message, String(count), String(rule.max)), suggestions: [''] });
        }
      } else if (rule.min !== undefined && count < rule.min && text.trim()) {
        const lead = text.length - text.trimStart().length;
        out.push({ start: lead, end: text.trimEnd().length, message: formatMessage(rule.message, String(count), String(rule.min)) });
      }
      return out;
    },
  };
}
