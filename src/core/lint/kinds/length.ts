import type { z } from 'zod';
import type { LengthRule } from '../../pack/schema';
import { formatMessage } from '../pattern';
import type { KindResult } from '../kind';

/**
 * Reply-specific: at most `max` characters (code points, which is what most sites count), or the
 * platform's own limit from `perPlatform`. The finding covers the part beyond the limit, so the
 * panel can show what to cut. `%s` #1 is the length, #2 the limit.
 */
export function compileLength(rule: z.infer<typeof LengthRule>): KindResult {
  return {
    run(state) {
      const text = state.full;
      const max = rule.perPlatform?.[state.ctx.platform] ?? rule.max;
      const trimmed = text.trim();
      if (trimmed.length <= max) return [];
      let length = 0;
      for (let i = 0; i < trimmed.length; i++) {
        const c = trimmed.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < trimmed.length) i++;
        length++;
      }
      if (length <= max) return [];
      const lead = text.length - text.trimStart().length;
      let cut = lead;
      for (let n = 0; n < max && cut < text.length; n++) {
        const c = text.charCodeAt(cut);
        cut += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      }
      return [{ start: cut, end: text.trimEnd().length, message: formatMessage(rule.message, String(length), String(max)) }];
    },
  };
}
