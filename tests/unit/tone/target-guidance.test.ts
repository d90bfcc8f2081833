import { describe, expect, it } from 'vitest';
import { starterPackJson } from '../../../src/core/pack/starter';
import { toneGuidance, toneProfile, voiceTarget, type VoiceConfig } from '../../../src/core/tone';

/** A copy of the starter pack's voice (kept here so these tests do not move when the pack is tuned). */
const VOICE: VoiceConfig = {
  default: { formality: [0.35, 0.7], warmth: [0.5, 1], length: { min: 40, max: 600 }, emoji: { max: 1 }, notes: 'default' },
  platforms: {
    linkedin: { formality: [0.6, 0.9], warmth: [0.45, 0.9], emoji: { max: 0 }, length: { min: 60, max: 1250 }, address: 'formal' },
    x: { formality: [0.15, 0.5], warmth: [0.5, 1], emoji: { max: 1 }, length: { max: 280 }, address: 'informal' },
  },
  intents: {
    complaint: { warmth: [0.65, 1], formality: [0.35, 0.75], notes: 'complaint' },
    crisis: { warmth: [0.6, 1], formality: [0.5, 0.85], emoji: { max: 0 } },
    praise: { warmth: [0.7, 1], formality: [0.1, 0.6] },
  },
};

describe('voiceTarget', () => {
  it('merges default ← platform ← intent; an intent band narrows the platform band it overlaps', () => {
    const t = voiceTarget(VOICE, 'linkedin', ['complaint']);
    expect(t.formality).toEqual([0.6, 0.75]);
    expect(t.warmth).toEqual([0.65, 0.9]);
    expect(voiceTarget(VOICE, undefined, ['complaint']).formality).toEqual([0.35, 0.75]);
    expect(t.emoji).toEqual({ max: 0 });
    expect(t.length).toEqual({ min: 60, max: 1250 });
    expect(t.address).toBe('formal');
    expect(t.notes).toEqual(['default', 'complaint']);
    expect(t.origin).toMatchObject({
      formality: 'intent:complaint',
      warmth: 'intent:complaint',
      emoji: 'platform:linkedin',
      address: 'platform:linkedin',
    });
  });

  it("keeps the default's length min when a platform only sets max", () => {
    expect(voiceTarget(VOICE, 'x', ['praise']).length).toEqual({ min: 40, max: 280 });
  });

  it('lets the most sensitive intent win whatever the order', () => {
    expect(voiceTarget(VOICE, 'x', ['praise', 'crisis']).formality).toEqual([0.5, 0.85]);
    expect(voiceTarget(VOICE, 'x', ['crisis', 'praise']).formality).toEqual([0.5, 0.85]);
    expect(voiceTarget(VOICE, 'x', ['crisis']).emoji).toEqual({ max: 0 });
  });

  it('copes with unknown platforms, no intents, no voice and min > max', () => {
    expect(voiceTarget(VOICE, 'myspace', []).formality).toEqual([0.35, 0.7]);
    expect(voiceTarget(VOICE, undefined, undefined).origin.formality).toBe('default');
    expect(voiceTarget(undefined, 'x', ['praise'])).toEqual({ notes: [], origin: {} });
    const odd = voiceTarget({ default: { length: { min: 500 } }, platforms: { x: { length: { max: 280 } } } }, 'x', []);
    expect(odd.length).toEqual({ min: 280, max: 280 });
  });

  it('does not share arrays with the pack', () => {
    const t = voiceTarget(VOICE, 'linkedin', ['complaint']);
    t.formality![0] = 0;
    expect(VOICE.intents!.complaint!.formality![0]).toBe(0.35);
  });

  it('resolves the real starter pack voice', () => {
    const voice = (starterPackJson as { voice: VoiceConfig }).voice;
    const t = voiceTarget(voice, 'linkedin', ['complaint']);
    for (const b of [t.formality, t.warmth]) {
      expect(b).toBeDefined();
      expect(b![0]).toBeGreaterThanOrEqual(0);
      expect(b![1]).toBeLessThanOrEqual(1);
    }
  });
});

const linkedinComplaint = voiceTarget(VOICE, 'linkedin', ['complaint']);
const xPraise = voiceTarget(VOICE, 'x', ['praise']);
const dims = (tips: { dimension: string; direction: string }[]): string[] => tips.map((t) => `${t.dimension}:${t.direction}`);

describe('toneGuidance', () => {
  it('gives the documented warmth tip in each language', () => {
    const cold = 'Your request has been forwarded to the relevant department. Please note that processing may take 14 days.';
    const p = toneProfile(cold, 'en');
    const tip = (loc: string): string | undefined =>
      toneGuidance(p, linkedinComplaint, loc).find((t) => t.dimension === 'warmth')?.tip;
    expect(tip('en')).toBe('Warmer: acknowledge the frustration before the facts');
    expect(tip('de')).toBe('Wärmer: zeigen Sie zuerst Verständnis für den Ärger, dann die Fakten');
    expect(tip('sv')).toBe('Varmare: visa förståelse för irritationen innan du kommer till fakta');
    expect(tip('fr')).toBe('Warmer: acknowledge the frustration before the facts');
  });

  it('German: a chummy, salesy draft against a LinkedIn complaint target', () => {
    const p = toneProfile('Hey, sorry! Schau dir unseren Shop an 😊😊', 'de');
    const tips = toneGuidance(p, linkedinComplaint, 'de');
    expect(dims(tips)).toEqual(
      expect.arrayContaining(['address:up', 'promotional:down', 'formality:up', 'length:up', 'emoji:down']),
    );
    const byDim = Object.fromEntries(tips.map((t) => [t.dimension, t.tip]));
    expect(byDim.address).toBe('Förmliche Anrede: „Sie“ statt „du“');
    expect(byDim.emoji).toBe('Keine Emojis hier: 2 entfernen');
    expect(byDim.length).toBe('Länger: nennen Sie den nächsten Schritt oder einen Kontakt (mind. 60 Zeichen)');
    expect(byDim.promotional).toMatch(/^Keine Werbung: .*„unseren Shop“/);
    expect(byDim.formality).toBe('Förmlicher: keine Umgangssprache, keine Emojis, ganze Sätze');
  });

  it('German: a stiff letter against an X praise target', () => {
    const p = toneProfile(
      'Sehr geehrte Damen und Herren, wir danken Ihnen für Ihre Rückmeldung bezüglich unseres Produktes. Mit freundlichen Grüßen',
      'de',
    );
    const tips = toneGuidance(p, xPraise, 'de');
    expect(dims(tips)).toEqual(expect.arrayContaining(['warmth:up', 'address:down', 'formality:down']));
    const byDim = Object.fromEntries(tips.map((t) => [t.dimension, t.tip]));
    expect(byDim.address).toBe('Vertraute Anrede: „du“ statt „Sie“');
    expect(byDim.formality).toBe('Lockerer: kürzere Sätze und Alltagswörter');
  });

  it('Swedish: LinkedIn complaint vs X praise', () => {
    const chummy = toneProfile('Tjena! Kolla in vår webbshop, du hittar rabattkod där 😊', 'sv');
    const tipsL = toneGuidance(chummy, linkedinComplaint, 'sv');
    expect(dims(tipsL)).toEqual(expect.arrayContaining(['address:up', 'promotional:down', 'emoji:down', 'warmth:up']));
    expect(tipsL.find((t) => t.dimension === 'address')?.tip).toBe('Formellt tilltal: skriv ”ni” i stället för ”du”');

    const stiff = toneProfile(
      'Beträffande ert ärende ber vi er vänligen att notera att vi återkommer. Med vänliga hälsningar',
      'sv',
    );
    const tipsX = toneGuidance(stiff, xPraise, 'sv');
    expect(dims(tipsX)).toEqual(expect.arrayContaining(['warmth:up', 'address:down', 'formality:down', 'jargon:down']));
    expect(tipsX.find((t) => t.dimension === 'jargon')?.tip).toContain('”vi återkommer”');
  });

  it('English: jargon, defensiveness, hedging, length and emoji tips name the words', () => {
    const p = toneProfile(
      'As we already said, we value your feedback and will leverage synergies going forward. Maybe we could possibly look into it. 😂😂',
      'en',
    );
    const tips = toneGuidance(p, xPraise, 'en');
    const byDim = Object.fromEntries(tips.map((t) => [t.dimension, t]));
    expect(byDim.defensiveness?.tip).toBe('Less defensive: drop “As we already said” and restate the answer kindly');
    expect(byDim.jargon?.tip).toMatch(/^Plainer: say “we value your feedback”, “synergies” in everyday words$/);
    expect(byDim.hedging?.tip).toMatch(/^More direct: say what you will do and when, instead of “(Maybe|possibly)”/);
    expect(byDim.emoji?.tip).toBe('Fewer emoji: at most 1 here (now 2)');
    expect(byDim.jargon?.words).toEqual(['we value your feedback', 'synergies']);
    // an English draft has no Sie/du, so no address tip
    expect(byDim.address).toBeUndefined();

    const long = toneProfile('Thanks! '.repeat(60), 'en');
    expect(toneGuidance(long, xPraise, 'en').find((t) => t.dimension === 'length')?.tip).toBe(
      'Shorter: cut to 280 characters or fewer (now 480)',
    );
  });

  it('flags hard-to-read drafts in the measure of the draft language', () => {
    const p = toneProfile('Die Bearbeitung Ihrer Reklamation erfordert zusätzliche Informationen bezüglich Ihrer Bestellung.', 'de');
    const tip = toneGuidance(p, linkedinComplaint, 'de').find((t) => t.dimension === 'readability');
    expect(tip?.tip).toMatch(/^Einfacher: kürzere Sätze und kürzere Wörter \(Amstad -?\d+\)$/);
    expect(toneGuidance(p, linkedinComplaint, 'en').find((t) => t.dimension === 'readability')?.tip).toMatch(
      /^Simpler: .*\(Amstad -?\d+\)$/,
    );
  });

  it('gives no tips for an empty draft and none for a draft on target', () => {
    expect(toneGuidance(toneProfile('', 'en'), linkedinComplaint, 'en')).toEqual([]);
    const good = toneProfile(
      "Hi Sam, thank you so much for the kind words! I'm really glad the new app helps you every day. Have a lovely week.",
      'en',
    );
    expect(toneGuidance(good, xPraise, 'en')).toEqual([]);
  });

  it('accepts custom thresholds', () => {
    const p = toneProfile('Thanks, we will leverage that.', 'en');
    expect(toneGuidance(p, {notes: [], origin: {}}, 'en', { jargon: 0.99 }).some((t) => t.dimension === 'jargon')).toBe(false);
    expect(toneGuidance(p, {notes: [], origin: {}}, 'en', { jargon: 0.1 }).some((t) => t.dimension === 'jargon')).toBe(true);
  });
});
