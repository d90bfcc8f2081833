import type { FileSettings } from './ini';
import type { ImportedRule } from './style';
import type { RuleDraft, Unconverted } from './types';

function enabled(id: string, settings: FileSettings): boolean {
  const explicit = settings.checks[id];
  if (explicit !== undefined) return explicit;
  return settings.styles.includes(id.slice(0, id.indexOf('.')));
}

/** The rules a file gets under its `.vale.ini` settings, with per-rule level overrides applied. */
export function selectRules(rules: readonly ImportedRule[], settings: FileSettings): RuleDraft[] {
  return rules
    .filter((r) => enabled(r.rule.id, settings))
    .map((r) => {
      const level = settings.levels[r.rule.id];
      return level ? { ...r.rule, level } : r.rule;
    });
}

/** Rules the settings turn on that could not be converted. */
export function selectUnconverted(unconverted: readonly Unconverted[], settings: FileSettings): Unconverted[] {
  return unconverted.filter((u) => enabled(u.id, settings));
}
