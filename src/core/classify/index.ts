/** Comment understanding: public API. */
export { normaliseSocial, sourceRange, MAX_CHARS, type SocialText, type SocialToken, type TokenKind } from './normalise';
export { detectLanguage, type Language, type LanguageGuess } from './language';
export {
  classifyComment,
  compileUnderstanding,
  INTENT_ORDER,
  type CompiledUnderstanding,
  type Evidence,
  type Understanding,
  type UnderstandingEscalation,
} from './understand';
export { compileEscalations, matchEscalations, type CompiledEscalations, type EscalationHit } from './escalation';
export { evaluate, formatReport, parseJsonl, type EvalItem, type EvalReport, type IntentScore } from './evaluate';
