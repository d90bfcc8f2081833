import type { RequiredRule } from '../../pack/schema';
import type { z } from 'zod';
import type { CompiledRule, RawFinding } from '../types';
import { formatMessage, tokenRegex } from '../pattern';

/** Each element must appear at least once; one finding per missing element, on the whole draft. */
export function compileRequired(rule: z.infer<typeof RequiredRule>): CompiledRule['check'] {
  const elements = rule.elements.map((el) => ({ name: el.name, re: tokenRegex(el.tokens, { ignorecase: rule.ignorecase ?? true }) }));
  return (text) => {
    if (!text.trim()) return [];
    const out: RawFinding[] = [];
    for (const el of elements) {
      el.re.lastIndex = 0;
      if (!el.re.test(text)) out.push({ start: 0, end: text.trimEnd().length, message: formatMessage(rule.message, el.name) });
    }
    return out;
  };
}
