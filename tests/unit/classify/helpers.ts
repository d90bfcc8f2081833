import type { Escalation } from '../../../src/core/pack/schema';
import { compileUnderstanding, type CompiledUnderstanding } from '../../../src/core/classify';
import { starterPackJson } from '../../../src/core/pack/starter';
import { formatProblems, validatePack } from '../../../src/core/pack/validate';

function route(id: string, kind: Escalation['kind'], locale: string, triggers: string[], severity: Escalation['severity'] = 'high'): Escalation {
  return {
    id,
    name: `${kind} (${locale})`,
    kind,
    locale,
    team: `${kind} team`,
    contact: `${kind}@example.org`,
    triggers,
    guidance: 'Hand over.',
    severity,
    examples: { trigger: [triggers[0]!], ignore: ['nothing to see'] },
  };
}

/** A small, fixed set of routes so these tests do not move when the starter pack is edited. */
export const testRoutes: Escalation[] = [
  route('en.legal', 'legal', 'en', ['lawyers?', 'sue (?:you|your)', 'legal action']),
  route('en.safety', 'safety', 'en', ['caught fire', 'hospital', 'allergic reaction', 'food poisoning']),
  route('en.privacy', 'privacy', 'en', ['data breach', 'someone else[\'’]s (?:order|address|account)', 'my data']),
  route('en.press', 'press', 'en', ['journalist', 'reporter'], 'medium'),
  route('en.harassment', 'harassment', 'en', ['I know where you live', 'kill yourself']),
  route('de.recht', 'legal', 'de', ['\\p{L}*anw[aä]lt\\p{L}*', 'verklag\\p{L}*']),
  route('de.sicherheit', 'safety', 'de', ['Brand', 'Notaufnahme', 'Stromschlag']),
  route('de.presse', 'press', 'de', ['Journalist(?:in)?'], 'medium'),
  route('sv.juridik', 'legal', 'sv', ['advokat\\p{L}*', 'stämma er']),
  route('sv.sakerhet', 'safety', 'sv', ['började brinna', 'akuten']),
  route('sv.trakasserier', 'harassment', 'sv', ['vet var (?:du|ni) bor']),
];

let small: CompiledUnderstanding | undefined;
export function compiledTestPack(): CompiledUnderstanding {
  return (small ??= compileUnderstanding({ escalations: testRoutes }));
}

let starter: CompiledUnderstanding | undefined;
export function compiledStarterPack(): CompiledUnderstanding {
  if (!starter) {
    const result = validatePack(starterPackJson);
    if (!result.ok) throw new Error(formatProblems(result.problems));
    starter = compileUnderstanding(result.pack);
  }
  return starter;
}
