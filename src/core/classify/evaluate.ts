/**
 * Evaluation of the comment classifier against a labelled set: precision, recall and F1 per
 * intent (multi-label: each intent is its own yes/no decision), macro and micro averages,
 * exact-match rate and language accuracy. Pure: the caller passes the predictor.
 */
import type { Intent } from '../pack/schema';
import type { Language } from './language';
import { INTENT_ORDER } from './understand';

export interface EvalItem {
  text: string;
  language: Language;
  intents: Intent[];
  /** Where the item came from (kept with the data, not used here). */
  source?: string;
}

export interface Prediction {
  language: Language;
  intents: readonly Intent[];
}

export interface IntentScore {
  intent: Intent;
  /** Items labelled with the intent. */
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalMistake {
  index: number;
  text: string;
  expected: Intent[];
  predicted: Intent[];
  language: Language;
  predictedLanguage: Language;
}

export interface EvalReport {
  items: number;
  perIntent: IntentScore[];
  /** Mean F1 over intents that occur in the labels or the predictions. */
  macroF1: number;
  microF1: number;
  /** Share of items whose predicted intent set equals the labelled one. */
  exactMatch: number;
  languageAccuracy: number;
  /** Per labelled language: items and accuracy of the language guess. */
  perLanguage: Record<string, { items: number; accuracy: number }>;
  mistakes: EvalMistake[];
}

export function evaluate(items: readonly EvalItem[], predict: (text: string) => Prediction): EvalReport {
  const counts = new Map<Intent, { tp: number; fp: number; fn: number; support: number }>();
  for (const intent of INTENT_ORDER) counts.set(intent, { tp: 0, fp: 0, fn: 0, support: 0 });
  let exact = 0;
  let languageHits = 0;
  const perLanguage: Record<string, { items: number; hits: number }> = {};
  const mistakes: EvalMistake[] = [];

  items.forEach((item, index) => {
    const p = predict(item.text);
    const expected = new Set(item.intents);
    const predicted = new Set(p.intents);
    let same = expected.size === predicted.size;
    for (const intent of INTENT_ORDER) {
      const c = counts.get(intent)!;
      const e = expected.has(intent);
      const q = predicted.has(intent);
      if (e) c.support++;
      if (e && q) c.tp++;
      else if (q) {
        c.fp++;
        same = false;
      } else if (e) {
        c.fn++;
        same = false;
      }
    }
    if (same) exact++;
    const lang = (perLanguage[item.language] ??= { items: 0, hits: 0 });
    lang.items++;
    if (p.language === item.language) {
      languageHits++;
      lang.hits++;
    }
    if (!same || p.language !== item.language) {
      mistakes.push({
        index,
        text: item.text,
        expected: INTENT_ORDER.filter((i) => expected.has(i)),
        predicted: INTENT_ORDER.filter((i) => predicted.has(i)),
        language: item.language,
        predictedLanguage: p.language,
      });
    }
  });

  const perIntent: IntentScore[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const intent of INTENT_ORDER) {
    const c = counts.get(intent)!;
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    perIntent.push({ intent, ...c, precision, recall, f1: f1(precision, recall) });
  }
  const scored = perIntent.filter((s) => s.support > 0 || s.fp > 0);
  const macroF1 = scored.length ? scored.reduce((a, s) => a + s.f1, 0) / scored.length : 0;
  const microP = ratio(tp, tp + fp);
  const microR = ratio(tp, tp + fn);
  return {
    items: items.length,
    perIntent,
    macroF1,
    microF1: f1(microP, microR),
    exactMatch: ratio(exact, items.length),
    languageAccuracy: ratio(languageHits, items.length),
    perLanguage: Object.fromEntries(
      Object.entries(perLanguage).map(([k, v]) => [k, { items: v.items, accuracy: ratio(v.hits, v.items) }]),
    ),
    mistakes,
  };
}

/** A plain-text table of the report, for test output and notes. */
export function formatReport(report: EvalReport, title = 'evaluation'): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const lines = [
    `${title}: ${report.items} items`,
    'intent        support    tp    fp    fn  precision  recall     F1',
  ];
  for (const s of report.perIntent) {
    lines.push(
      `${s.intent.padEnd(13)} ${String(s.support).padStart(7)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}     ${pct(s.precision)}  ${pct(s.recall)} ${pct(s.f1)}`,
    );
  }
  lines.push(
    `macro F1 ${pct(report.macroF1)} · micro F1 ${pct(report.microF1)} · exact match ${pct(report.exactMatch)} · language accuracy ${pct(report.languageAccuracy)}`,
    'language accuracy by label: ' +
      Object.entries(report.perLanguage)
        .map(([k, v]) => `${k} ${(v.accuracy * 100).toFixed(1)}% (${v.items})`)
        .join(', '),
  );
  return lines.join('\n');
}

/** Reads JSON Lines text into items; blank lines are skipped, a broken line throws with its number. */
export function parseJsonl(text: string): EvalItem[] {
  const out: EvalItem[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line) as EvalItem);
    } catch (err) {
      throw new Error(`line ${i + 1}: ${(err as Error).message}`);
    }
  });
  return out;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
