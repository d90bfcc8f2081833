import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyComment, evaluate, formatReport, parseJsonl, type EvalItem } from '../../../src/core/classify';
import { INTENTS } from '../../../src/core/pack/schema';
import { compiledStarterPack } from './helpers';

const items = parseJsonl(readFileSync(fileURLToPath(new URL('../../fixtures/classify/eval.jsonl', import.meta.url)), 'utf8'));
/** Line n (1-based) is item n−1: odd lines are the held-out half. */
const heldOut = items.filter((_, i) => (i + 1) % 2 === 1);
const tuning = items.filter((_, i) => (i + 1) % 2 === 0);

describe('evaluation set', () => {
  it('is well formed and honest about its source', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    for (const lang of ['en', 'de', 'sv']) expect(items.filter((i) => i.language === lang).length).toBeGreaterThanOrEqual(50);
    for (const item of items) {
      expect(item.text.length).toBeGreaterThan(0);
      expect(['en', 'de', 'sv', 'other']).toContain(item.language);
      expect(item.intents.length).toBeGreaterThan(0);
      for (const intent of item.intents) expect(INTENTS).toContain(intent);
      if (item.intents.includes('neutral')) expect(item.intents).toEqual(['neutral']);
      expect(item.source).toBe('written by Parley for evaluation (not from a public dataset)');
    }
    expect(new Set(items.map((i) => i.text)).size).toBe(items.length);
  });

  const run = (name: string, set: EvalItem[]) => {
    const compiled = compiledStarterPack();
    const report = evaluate(set, (text) => classifyComment(text, compiled));
    console.log(formatReport(report, name));
    return report;
  };

  // Floors only: they catch regressions without pinning today's numbers.
  it('held-out half (odd lines, not inspected while tuning)', () => {
    const report = run('held-out half (odd lines)', heldOut);
    expect(report.macroF1).toBeGreaterThanOrEqual(0.6);
    expect(report.languageAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('tuning half (even lines)', () => {
    const report = run('tuning half (even lines)', tuning);
    expect(report.macroF1).toBeGreaterThanOrEqual(0.7);
    expect(report.languageAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('whole set', () => {
    const report = run('whole set', items);
    expect(report.macroF1).toBeGreaterThanOrEqual(0.65);
    expect(report.languageAccuracy).toBeGreaterThanOrEqual(0.9);
    for (const s of report.perIntent) {
      if (s.intent === 'neutral' || s.support < 5) continue;
      expect(s.f1, s.intent).toBeGreaterThanOrEqual(0.5);
    }
  });
});

describe('evaluate', () => {
  it('computes precision, recall and F1 per intent', () => {
    const set: EvalItem[] = [
      { text: 'a', language: 'en', intents: ['question'] },
      { text: 'b', language: 'de', intents: ['question', 'complaint'] },
      { text: 'c', language: 'sv', intents: ['praise'] },
    ];
    const answers: Record<string, { language: 'en' | 'de' | 'sv' | 'other'; intents: Array<(typeof INTENTS)[number]> }> = {
      a: { language: 'en', intents: ['question'] },
      b: { language: 'de', intents: ['complaint', 'praise'] },
      c: { language: 'en', intents: ['praise'] },
    };
    const report = evaluate(set, (t) => answers[t]!);
    const q = report.perIntent.find((s) => s.intent === 'question')!;
    expect(q).toMatchObject({ support: 2, tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(q.f1).toBeCloseTo(2 / 3);
    const p = report.perIntent.find((s) => s.intent === 'praise')!;
    expect(p).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(report.languageAccuracy).toBeCloseTo(2 / 3);
    // exact match is about the intent set; item c only got the language wrong
    expect(report.exactMatch).toBeCloseTo(2 / 3);
    expect(report.mistakes.map((m) => m.index)).toEqual([1, 2]);
    expect(formatReport(report)).toContain('question');
  });

  it('reports a broken JSON line by number', () => {
    expect(() => parseJsonl('{"text":"a","language":"en","intents":["neutral"]}\n{oops')).toThrow(/line 2/);
  });
});
