import type { Escalation, Pack } from '../pack/schema';
import { matches, tokenRegex } from '../lint/pattern';

export interface EscalationHit {
  route: Escalation;
  /** The words in the comment that triggered the route. */
  words: string[];
}

export interface CompiledEscalations {
  routes: Array<{ route: Escalation; re: RegExp }>;
}

export function compileEscalations(pack: Pack): CompiledEscalations {
  return { routes: pack.escalations.map((route) => ({ route, re: tokenRegex(route.triggers, { ignorecase: true }) })) };
}

/** Which escalation routes a comment triggers; routes in other languages are included, since comments mix languages. */
export function matchEscalations(compiled: CompiledEscalations, text: string): EscalationHit[] {
  const hits: EscalationHit[] = [];
  for (const { route, re } of compiled.routes) {
    const words = [...matches(re, text)].map((m) => m[0]);
    if (words.length) hits.push({ route, words });
  }
  return hits;
}
