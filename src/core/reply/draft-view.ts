import type { Composer } from '../comment';
import type { Finding } from '../lint/types';
import { TONE_METERS, type DraftView, type FindingView, type QueueItem, type ReadinessBadge, type ToneMeter } from '../../message-views';
import type { Analysis } from './analyze';

export interface DraftViewInput {
  composer: Composer;
  text: string;
  analysis: Analysis;
  replyingTo: QueueItem | null;
  discloseAffiliation: boolean;
  /** Epoch milliseconds, from the caller's clock. */
  analysedAt: number;
}

const METER_WORDS = 5;
const METERS: ReadonlySet<string> = new Set(TONE_METERS);

/** What the panel shows about a draft, from one analysis. */
export function draftView({ composer, text, analysis, replyingTo, discloseAffiliation, analysedAt }: DraftViewInput): DraftView {
  const { tone, target, guidance } = analysis;
  const meters: ToneMeter[] = TONE_METERS.map((dimension) => ({
    dimension,
    value: dimension === 'readability' ? tone.readability.level01 : tone[dimension],
    band: dimension === 'formality' ? (target.formality ?? null) : dimension === 'warmth' ? (target.warmth ?? null) : null,
    words: strongestWords(tone.evidence[dimension]),
    tip: guidance.find((g) => g.dimension === dimension)?.tip ?? null,
  }));
  return {
    composer,
    text,
    locale: analysis.locale,
    readiness: analysis.readiness,
    findings: analysis.findings.map(findingView),
    meters,
    tips: guidance.filter((g) => !METERS.has(g.dimension)).map((g) => g.tip),
    readability: { measure: tone.readability.measure, score: tone.readability.score },
    characters: tone.stats.characters,
    replyingTo,
    discloseAffiliation,
    analysedAt,
  };
}

/** The badge's summary of an analysis. */
export function readinessBadge(analysis: Pick<Analysis, 'readiness' | 'findings'>): ReadinessBadge {
  const counts = { error: 0, warning: 0, suggestion: 0 };
  for (const f of analysis.findings) counts[f.level]++;
  return { readiness: analysis.readiness, counts };
}

function findingView(f: Finding): FindingView {
  return {
    start: f.start,
    end: f.end,
    rule: f.rule,
    level: f.level,
    message: f.message,
    why: f.why,
    ...(f.lesson ? { lesson: f.lesson } : {}),
    ...(f.link ? { link: f.link } : {}),
    match: f.match,
    suggestions: f.suggestions,
  };
}

/** The words that moved a meter most, each once. */
function strongestWords(evidence: ReadonlyArray<{ word: string; weight: number }>): string[] {
  const words: string[] = [];
  for (const e of [...evidence].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))) {
    if (!words.includes(e.word)) words.push(e.word);
    if (words.length === METER_WORDS) break;
  }
  return words;
}
