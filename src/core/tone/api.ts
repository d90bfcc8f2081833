/** The tone API without any lexicon data (shared by the eager and the lazy entry points). */
export { toneProfile, lexiconInfo, MAX_ANALYSED_CHARS, MAX_EVIDENCE } from './profile';
export { voiceTarget, type VoiceConfig } from './target';
export { toneGuidance, DEFAULT_THRESHOLDS, type GuidanceThresholds } from './guidance';
export { resolveToneLocale, registerToneLexicon, hasToneLexicon } from './lexicon';
export { readabilityFrom, syllablesDe, syllablesEn } from './readability';
export type { LexiconSource } from './lexicons/source';
export * from './types';
