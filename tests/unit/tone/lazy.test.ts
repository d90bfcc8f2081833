import { describe, expect, it } from 'vitest';
import { hasToneLexicon, loadToneLexicon, toneProfile } from '../../../src/core/tone/lazy';

// This file imports only the lazy entry point, so no lexicon is registered until loaded.
describe('lazy lexicon loading', () => {
  it('profiles structure only until the language is loaded, then everything', async () => {
    const text = 'Wir werden Ihr Anliegen zeitnah weiterleiten. Vielen Dank!';
    const before = toneProfile(text, 'de');
    expect(before.lexiconLoaded).toBe(false);
    expect(before.jargon).toBe(0);
    expect(before.readability.measure).toBe('amstad');
    expect(hasToneLexicon('sv')).toBe(false);

    expect(await loadToneLexicon('de-AT')).toBe('de');
    const after = toneProfile(text, 'de');
    expect(after.lexiconLoaded).toBe(true);
    expect(after.jargon).toBeGreaterThan(0.5);
    expect(after.readability).toEqual(before.readability);
    expect(hasToneLexicon('sv')).toBe(false);

    expect(await loadToneLexicon('fr')).toBe('en');
    expect(toneProfile('We value your feedback', 'fr')).toMatchObject({ fallback: true, lexiconLoaded: true });
  });
});
