import base from './base.json';
import en from './en.json';
import de from './de.json';
import sv from './sv.json';

/**
 * The built-in pack used when no organisation pack is configured. It is untrusted input like
 * any other pack: callers validate it before use, so a broken edit cannot break the extension.
 */
export const starterPackJson: unknown = {
  ...base,
  rules: [...en.rules, ...de.rules, ...sv.rules],
  templates: [...en.templates, ...de.templates, ...sv.templates],
  escalations: [...en.escalations, ...de.escalations, ...sv.escalations],
  lessons: [...en.lessons, ...de.lessons, ...sv.lessons],
};
