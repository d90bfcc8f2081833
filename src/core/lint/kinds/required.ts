import type { z } from 'zod';
import type { RequiredRule } from '../../pack/schema';
import type { RawFinding } from '../types';
import { formatMessage, tokenRegex } from '../pattern';
import { unsupportedOf, type KindResult } from '../kind';

/**
 * Reply-specific: each element must appear at least once (any of its tokens, word-bounded,
 * case-insensitive unless `ignorecase: false`). One finding per missing element, on the whole
 * draft; `%s` is the element's name. An empty draft is not judged.
 */
export function compileRequired(rule: z.infer<typeof RequiredRule>): KindResult {
  let elements: Array<{ name: string; re: RegExp }>;
  try {
    elements = rule.elements.map((el) => ({ name: el.name, re: tokenRegex(el.tokens, { ignorecase: rule.ignorecase ?? true }) }));
  } catch (err) {
    return unsupportedOf(err);
  }
  return {
    run(state) {
      const text = state.text;
      if (!text.trim()) return [];
      const out: RawFinding[] = [];
      const lead = text.length - text.trimStart().length;
      for (const el of elements) {
        el.re.lastIndex = 0;
        if (!el.re.test(text)) out.push({ start: lead, end: text.trimEnd().length, message: formatMessage(rule.message, el.name) });
      }
      return out;
    },
  };
}
