import type { SubstitutionRule } from '../../pack/schema';
import type { z } from 'zod';
import type { CompiledRule, RawFinding } from '../types';
import { formatMessage, isException, matches, singleRegex, tokenRegex } from '../pattern';

export function compileSubstitution(rule: z.infer<typeof SubstitutionRule>): CompiledRule['check'] {
  const entries = Object.entries(rule.swap).map(([observed, preferred]) => ({
    test: singleRegex(`^(?:${observed})$`, rule.ignorecase),
    preferred,
  }));
  const re = tokenRegex(Object.keys(rule.swap), rule);
  return (text) => {
    const out: RawFinding[] = [];
    for (const m of matches(re, text)) {
      const found = m[0];
      const entry = entries.find((e) => e.test.test(found));
      if (!entry || isException(found, rule.exceptions, !!rule.ignorecase)) continue;
      const options = entry.preferred.split('|').map((p) => adapt(p, found, !!rule.capitalize));
      if (options.includes(found)) continue;
      out.push({
        start: m.index,
        end: m.index + found.length,
        message: formatMessage(rule.message, options.join("' or '"), found),
        suggestions: options,
      });
    }
    return out;
  };
}

function adapt(preferred: string, found: string, capitalize: boolean): string {
  if (capitalize && /^\p{Lu}/u.test(found)) return preferred.charAt(0).toUpperCase() + preferred.slice(1);
  return preferred;
}
