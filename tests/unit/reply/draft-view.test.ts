import { describe, expect, it } from 'vitest';
import { starterPackJson } from '../../../src/core/pack/starter';
import { validatePack } from '../../../src/core/pack/validate';
import { analyze, compileAnalyzer } from '../../../src/core/reply/analyze';
import { draftView, readinessBadge } from '../../../src/core/reply/draft-view';
import { DraftView, TONE_METERS } from '../../../src/message-views';

const result = validatePack(starterPackJson);
if (!result.ok) throw new Error('starter pack invalid');
const analyzer = compileAnalyzer(result.pack);
const composer = { key: 'composer-1', editor: 'draft' as const, replyTo: '42', label: 'Reply to @maria_l: “Where is my parcel?”' };
const maria = { text: 'My parcel has been stuck for 9 days and nobody answers my emails. Where is it??', authorName: 'Maria' };

function view(draft: string) {
  const analysis = analyze(analyzer, draft, { platform: 'x', comment: maria });
  return { analysis, view: draftView({ composer, text: draft, analysis, replyingTo: null, discloseAffiliation: false, analysedAt: 1_700_000_000_000 }) };
}

describe('draftView', () => {
  it('is a valid DraftView that the panel accepts', () => {
    const { view: v } = view('It was our fault. 😊 Best, Sam');
    expect(DraftView.safeParse(v).success).toBe(true);
    expect(v.composer).toEqual(composer);
    expect(v.analysedAt).toBe(1_700_000_000_000);
  });

  it('carries every finding with its span, level and explanation, and the readiness', () => {
    const draft = 'Hi Maria, it was our fault.';
    const { analysis, view: v } = view(draft);
    expect(v.readiness).toBe('stop');
    expect(v.findings).toHaveLength(analysis.findings.length);
    const liability = v.findings.find((f) => f.rule === 'ParleyEN.NoLiabilityAdmission');
    expect(liability?.level).toBe('error');
    expect(draft.slice(liability!.start, liability!.end)).toBe(liability!.match);
    expect(liability?.why.length).toBeGreaterThan(0);
  });

  it('has one meter per tone dimension, with the pack band and tip where the pack sets one', () => {
    const { analysis, view: v } = view('OK 😀😀😀😀😀 lol gonna check');
    expect(v.meters.map((m) => m.dimension)).toEqual([...TONE_METERS]);
    const warmth = v.meters.find((m) => m.dimension === 'warmth')!;
    expect(warmth.band).toEqual(analysis.target.warmth ?? null);
    expect(warmth.value).toBe(analysis.tone.warmth);
    expect(analysis.guidance.some((g) => g.dimension === 'warmth')).toBe(true);
    expect(analysis.guidance.some((g) => !(TONE_METERS as readonly string[]).includes(g.dimension))).toBe(true);
    for (const tip of analysis.guidance) {
      const meter = v.meters.find((m) => m.dimension === tip.dimension);
      if (meter) expect(meter.tip).toBe(tip.tip);
      else expect(v.tips).toContain(tip.tip);
    }
    expect(v.meters.find((m) => m.dimension === 'readability')!.value).toBe(analysis.tone.readability.level01);
  });

  it('counts characters as people do (an emoji is one) and reports the readability measure', () => {
    const { view: v } = view('Danke 👍');
    expect(v.characters).toBe(7);
    expect(v.readability.measure).toMatch(/^(flesch|amstad|lix)$/);
  });

  it('lists the words that moved a meter most, each once', () => {
    const { view: v } = view('Thank you so much, thank you, we really appreciate your patience and kindness.');
    const warmth = v.meters.find((m) => m.dimension === 'warmth')!;
    expect(warmth.words.length).toBeGreaterThan(0);
    expect(new Set(warmth.words).size).toBe(warmth.words.length);
    expect(warmth.words.length).toBeLessThanOrEqual(5);
  });
});

describe('readinessBadge', () => {
  it('counts findings per level next to the readiness', () => {
    const { analysis } = view('It was our fault.');
    const badge = readinessBadge(analysis);
    expect(badge.readiness).toBe('stop');
    expect(badge.counts.error).toBe(analysis.findings.filter((f) => f.level === 'error').length);
    expect(badge.counts.error + badge.counts.warning + badge.counts.suggestion).toBe(analysis.findings.length);
  });

  it('is "check" with nothing counted for an empty draft', () => {
    expect(readinessBadge(analyze(analyzer, '', { platform: 'x' }))).toEqual({ readiness: 'check', counts: { error: 0, warning: 0, suggestion: 0 } });
  });
});
