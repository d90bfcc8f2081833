/**
 * Figures for the understanding layer: a full analyse (lint + reply checks + tone + context) of a
 * 1,000-character draft, classifying a comment, and ranking 10,000 templates.
 */
import { performance } from 'node:perf_hooks';
import type { Pack } from '../src/core/pack/schema';
import { analyze, compileAnalyzer } from '../src/core/reply/analyze';
import { classifyComment, compileUnderstanding } from '../src/core/classify';
import { compileTemplates, rankTemplates } from '../src/core/templates';
import { generateTemplates } from '../tests/unit/templates/generate';
import { summarise, type Stats } from './measure';
import type { Draft } from './corpus';

/** Comments the drafts answer, per language: questions, complaints, praise, a legal threat. */
const COMMENTS: Record<string, string[]> = {
  en: [
    'My parcel is 9 days late and nobody answers my emails. Where is it?? 😡',
    'Does the new tracker work for orders to Austria too?',
    'Love the new app, finally something that works!',
    'If this is not fixed by Friday my lawyer will hear from me.',
  ],
  de: [
    'Meine Lieferung ist seit 9 Tagen unterwegs und niemand antwortet. Wo bleibt sie??',
    'Funktioniert die Sendungsverfolgung auch für Bestellungen nach Österreich?',
    'Danke, die neue App ist richtig gut geworden!',
    'Wenn das bis Freitag nicht geklärt ist, schalte ich meinen Anwalt ein.',
  ],
  sv: [
    'Mitt paket är nio dagar försenat och ingen svarar på mejl. Var är det??',
    'Fungerar spårningen även för beställningar till Finland?',
    'Tack, nya appen är riktigt bra!',
    'Om det här inte är löst till fredag kontaktar jag en advokat.',
  ],
};

function time(calls: number, fn: (i: number) => unknown): Stats {
  for (let i = 0; i < Math.min(200, calls); i++) fn(i);
  const durations: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    fn(i);
    durations.push(performance.now() - t);
  }
  return summarise(durations);
}

export interface UnderstandingFigures {
  analyze: Stats;
  analyze2000: Stats | null;
  classify: Stats;
  rank10000: Stats;
}

export function measureUnderstanding(starter: Pack, big: Pack | null, drafts: readonly Draft[], quick: boolean): UnderstandingFigures {
  const n = quick ? 300 : 1500;
  const cases = drafts.map((d, i) => {
    const list = COMMENTS[d.locale] ?? COMMENTS.en!;
    return { draft: d, comment: list[i % list.length]! };
  });
  const runAnalyze = (pack: Pack) => {
    const analyzer = compileAnalyzer(pack);
    return time(n, (i) => {
      const c = cases[i % cases.length]!;
      return analyze(analyzer, c.draft.text, { platform: c.draft.platform, locale: c.draft.locale, comment: { text: c.comment, authorName: 'Maria' } });
    });
  };
  const understanding = compileUnderstanding(starter);
  const comments = Object.values(COMMENTS).flat();
  const index = compileTemplates(generateTemplates(10_000, starter.templates));
  return {
    analyze: runAnalyze(starter),
    analyze2000: big ? runAnalyze({ ...big, templates: starter.templates, escalations: starter.escalations, voice: starter.voice }) : null,
    classify: time(n * 4, (i) => classifyComment(comments[i % comments.length]!, understanding)),
    rank10000: time(quick ? 100 : 400, (i) =>
      rankTemplates(index, { intents: ['complaint', 'question'], platform: 'x', locale: (['en', 'de', 'sv'] as const)[i % 3] ?? 'en', commentText: comments[i % comments.length]!, limit: 20 }),
    ),
  };
}
