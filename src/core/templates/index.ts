/** Templates: ranking a pack's templates for a comment or query, and filling their placeholders. */
export { BUILTIN_VARIABLES, isBuiltinVariable, parsePlaceholders, placeholderKeys, replacePlaceholders } from './placeholders';
export type { BuiltinVariable, PlaceholderToken } from './placeholders';
export { cleanDisplayName, cleanHandle, initialsOf, mentionFor, MENTION_STYLE, PLATFORM_NAMES } from './names';
export { missingMarker, renderTemplate } from './render';
export type { FilledSpan, RenderOptions, RenderResult, RenderValues } from './render';
export { compileTemplates } from './template-index';
export type { TemplateIndex } from './template-index';
export { rankTemplates, WEIGHTS } from './rank';
export type { RankedTemplate, RankOptions } from './rank';
