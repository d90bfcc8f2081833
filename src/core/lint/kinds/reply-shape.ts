import type { CapsRule, CountRule, LengthRule, PunctuationRunRule } from '../../pack/schema';
import type { z } from 'zod';
import type { CompiledRule, RawFinding } from '../types';
import { formatMessage, matches } from '../pattern';
import { charLength } from '../../text/segment';

export function compileLength(rule: z.infer<typeof LengthRule>): CompiledRule['check'] {
  return (text, ctx) => {
    const max = rule.perPlatform?.[ctx.platform] ?? rule.max;
    const length = charLength(text.trim());
    if (length <= max) return [];
    // Point at the part beyond the limit, so the panel can show what to cut.
    let cut = 0;
    let n = 0;
    for (const ch of text) {
      if (n++ === max) break;
      cut += ch.length;
    }
    return [{ start: cut, end: text.trimEnd().length, message: formatMessage(rule.message, String(length), String(max)) }];
  };
}

const COUNTED: Record<z.infer<typeof CountRule>['what'], RegExp> = {
  emoji: /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*/gu,
  hashtag: /(?<![\p{L}\p{N}_&])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu,
  link: /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu,
  mention: /(?<![\p{L}\p{N}_.])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?/gu,
};

export function compileCount(rule: z.infer<typeof CountRule>): CompiledRule['check'] {
  const re = COUNTED[rule.what];
  return (text) => {
    const found = [...matches(re, text)];
    const count = found.length;
    const out: RawFinding[] = [];
    if (rule.max !== undefined && count > rule.max) {
      for (const m of found.slice(rule.max)) {
        out.push({ start: m.index, end: m.index + m[0].length, message: formatMessage(rule.message, String(count), String(rule.max)), suggestions: [''] });
      }
    } else if (rule.min !== undefined && count < rule.min) {
      out.push({ start: 0, end: text.trimEnd().length, message: formatMessage(rule.message, String(count), String(rule.min)) });
    }
    return out;
  };
}

export function compileCaps(rule: z.infer<typeof CapsRule>): CompiledRule['check'] {
  const minLetters = rule.minLetters ?? 12;
  return (text) => {
    let letters = 0;
    let upper = 0;
    for (const ch of text) {
      if (/\p{L}/u.test(ch)) {
        letters++;
        if (/\p{Lu}/u.test(ch)) upper++;
      }
    }
    if (letters < minLetters || upper / letters <= rule.maxRatio) return [];
    const words = [...matches(/\p{Lu}{2,}(?:[\s\p{P}]+\p{Lu}{2,})*/gu, text)];
    const longest = words.sort((a, b) => b[0].length - a[0].length)[0];
    const start = longest?.index ?? 0;
    const end = longest ? start + longest[0].length : text.length;
    return [{ start, end, message: formatMessage(rule.message, `${Math.round((upper / letters) * 100)}%`), suggestions: longest ? [sentenceCase(longest[0])] : [] }];
  };
}

function sentenceCase(s: string): string {
  const lower = s.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export function compilePunctuationRun(rule: z.infer<typeof PunctuationRunRule>): CompiledRule['check'] {
  const chars = (rule.chars ?? '!?').replace(/[\\\]^-]/g, '\\$&');
  const re = new RegExp(`[${chars}]{${rule.max + 1},}`, 'gu');
  return (text) =>
    [...matches(re, text)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: formatMessage(rule.message, m[0]),
      suggestions: [m[0].slice(0, rule.max)],
    }));
}
