import type { z } from 'zod';
import type { CapsRule } from '../../pack/schema';
import { formatMessage } from '../pattern';
import { COUNTED } from './count';
import type { KindResult } from '../kind';

/**
 * Reply-specific: share of capitals among the letters (shouting). Letters inside links, mentions
 * and hashtags are not counted; drafts with fewer than `minLetters` letters are not judged. The
 * finding sits on the longest run of capitalised words, with a sentence-case suggestion.
 * `%s` is the share as a percentage.
 */
const LETTER = /^\p{L}$/u;
const CAPITAL = /^[\p{Lu}\p{Lt}]$/u;

export function compileCaps(rule: z.infer<typeof CapsRule>): KindResult {
  const minLetters = rule.minLetters ?? 12;
  return {
    run(state) {
      const text = state.text;
      const skip: Array<[number, number]> = [];
      if (/[@#]|https?:|www\./i.test(text)) {
        for (const what of ['link', 'mention', 'hashtag'] as const) {
          const re = COUNTED[what];
          re.lastIndex = 0;
          for (let m = re.exec(text); m; m = re.exec(text)) skip.push([m.index, m.index + m[0].length]);
        }
        skip.sort((a, b) => a[0] - b[0]);
      }
      let letters = 0;
      let upper = 0;
      let k = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        let kind: 0 | 1 | 2; // 0 not a letter, 1 lower/other letter, 2 capital
        if (c < 128) kind = c >= 65 && c <= 90 ? 2 : c >= 97 && c <= 122 ? 1 : 0;
        else {
          const ch = String.fromCodePoint(text.codePointAt(i)!);
          kind = LETTER.test(ch) ? (CAPITAL.test(ch) ? 2 : 1) : 0;
          if (ch.length === 2) i++;
        }
        if (kind === 0) continue;
        while (k < skip.length && skip[k]![1] <= i) k++;
        if (k < skip.length && skip[k]![0] <= i) continue;
        letters++;
        if (kind === 2) upper++;
      }
      if (letters < minLetters || upper / letters <= rule.maxRatio) return [];
      let best: RegExpExecArray | null = null;
      for (const m of text.matchAll(/\p{Lu}{2,}(?:[\s\p{P}\p{N}]+\p{Lu}{2,})*/gu)) {
        if (!best || m[0].length > best[0].length) best = m as RegExpExecArray;
      }
      const start = best?.index ?? text.length - text.trimStart().length;
      const end = best ? start + best[0].length : text.trimEnd().length;
      return [
        {
          start,
          end,
          message: formatMessage(rule.message, `${Math.round((upper / letters) * 100)}%`),
          suggestions: best ? [sentenceCase(best[0], start === 0 || /[.!?]\s*$/.test(text.slice(0, start)))] : [],
        },
      ];
    },
  };
}

function sentenceCase(s: string, capitaliseFirst: boolean): string {
  const lower = s.toLowerCase().replace(/([.!?]\s+)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  if (!capitaliseFirst) return lower;
  const first = String.fromCodePoint(lower.codePointAt(0)!);
  return first.toUpperCase() + lower.slice(first.length);
}
