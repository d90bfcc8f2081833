import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileEscalations, matchEscalations } from '../../../src/core/classify';
import { matchEscalationSpans, type CompiledEscalations } from '../../../src/core/classify/escalation';
import type { Pack } from '../../../src/core/pack/schema';
import { testRoutes } from './helpers';

const compiled = compileEscalations({ escalations: testRoutes } as Pack);

describe('matchEscalations', () => {
  it('keeps its original shape: every route with the words that triggered it', () => {
    const hits = matchEscalations(compiled, 'My lawyer and my other LAWYER say we will sue you');
    expect(hits.map((h) => h.route.id)).toEqual(['en.legal']);
    // Repeated words are reported once (case-insensitively), in order of appearance.
    expect(hits[0]!.words).toEqual(['lawyer', 'sue you']);
  });

  it('includes routes of every language unless told otherwise', () => {
    expect(matchEscalations(compiled, 'I love this brand').map((h) => h.route.id)).toEqual(['de.sicherheit']);
    expect(matchEscalations(compiled, 'I love this brand', { languages: new Set(['en']) })).toEqual([]);
  });

  it('caps the words reported per route', () => {
    const hits = matchEscalations(compiled, Array.from({ length: 30 }, (_, i) => `lawyer${'s'.repeat(i % 2)} ${i}`).join(' '), { maxWords: 3 });
    expect(hits[0]!.words.length).toBeLessThanOrEqual(3);
  });
});

describe('matchEscalationSpans', () => {
  // Without the sticky twins the matcher scans route by route: the reference behaviour.
  const plain: CompiledEscalations = { routes: compiled.routes.map(({ route, re, lang }) => ({ route, re, lang })) };
  const pieces = ['lawyer', 'lawyers', 'sue you', 'my data', 'data breach', 'hospital', 'Brand', 'Anwalt', 'Rechtsanwältin', 'advokaten',
    'I know where you live', 'akuten', ' ', ', ', 'x', 'my', 'sue', '\n', 'é', '😀', 'LAWYER', 'caught fire', 'stämma er'];
  it('finds the same routes and words as scanning each route', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.boolean(), (parts, english) => {
        const text = parts.join('');
        const opts = english ? { languages: new Set(['en']) } : {};
        expect(matchEscalationSpans(compiled, text, opts)).toEqual(matchEscalationSpans(plain, text, opts));
      }),
      { numRuns: 300 },
    );
  });
});
