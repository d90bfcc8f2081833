import type { PackStatus } from '../../../src/messages';
import type { DraftView, QueueItem, Settings, TabState, UnderstandingView } from '../../../src/message-views';

/** Made-up view models, shaped like the worker's, for panel component tests. */
export const NOW = Date.parse('2026-11-23T12:00:00Z');
export const minutesAgo = (m: number) => new Date(NOW - m * 60_000).toISOString();

export function understanding(over: Partial<UnderstandingView> = {}): UnderstandingView {
  return {
    language: 'en',
    intents: ['neutral'],
    sentiment: 0,
    urgency: 0.1,
    escalations: [],
    evidence: {},
    flags: { sarcasm: false, shouting: false, elongated: false, truncated: false },
    ...over,
  };
}

export function item(id: string, over: { text?: string; author?: string; handle?: string; time?: string; own?: boolean } & Partial<Omit<QueueItem, 'comment'>> = {}): QueueItem {
  const { text, author, handle, time, own, ...rest } = over;
  return {
    comment: {
      id,
      author: { name: author ?? `Author ${id}`, ...(handle ? { handle } : {}) },
      text: text ?? `Comment ${id}`,
      permalink: `https://x.com/someone/status/${id}`,
      ...(time ? { time } : {}),
      depth: 1,
      own: own ?? false,
    },
    understanding: understanding(),
    needsAnswer: false,
    answered: false,
    responseMinutes: null,
    moderation: null,
    ...rest,
  };
}

export const maria = item('2', {
  author: 'Maria L.',
  handle: '@maria_l',
  text: 'My parcel has been stuck for 9 days. Where is it??',
  time: minutesAgo(190),
  needsAnswer: true,
  responseMinutes: 240,
  understanding: understanding({ intents: ['complaint', 'question'], sentiment: -0.7, urgency: 0.8 }),
});

export const lawyer = item('5', {
  author: 'Tom K.',
  handle: '@tomk',
  text: 'I will sue you if my money is not back by Friday.',
  time: minutesAgo(13),
  needsAnswer: true,
  responseMinutes: 60,
  understanding: understanding({
    intents: ['complaint'],
    sentiment: -0.8,
    urgency: 0.95,
    escalations: [
      { id: 'legal-threat', name: 'Legal threat', kind: 'legal', team: 'Legal', contact: 'legal@acme.example', guidance: 'Do not admit liability; acknowledge and move to a private message.', severity: 'high', words: ['sue'] },
    ],
  }),
});

export function tabState(over: Partial<TabState> = {}): TabState {
  return {
    tabId: 7,
    url: 'https://x.com/AcmeSupport/status/1',
    platform: 'x',
    active: true,
    restricted: false,
    enableableOrigin: null,
    adapter: { id: 'x', status: 'ok', failed: [] },
    queue: [],
    composer: null,
    updatedAt: minutesAgo(0),
    spotlight: null,
    ...over,
  };
}

export function draftView(over: Partial<DraftView> = {}): DraftView {
  return {
    composer: { key: 'c1', editor: 'draft', replyTo: '2', label: 'Reply to @maria_l' },
    text: 'We apologise for any inconvenience caused.',
    locale: 'en',
    readiness: 'check',
    findings: [],
    meters: [],
    tips: [],
    readability: { measure: 'flesch', score: 60 },
    characters: 42,
    replyingTo: maria,
    discloseAffiliation: false,
    analysedAt: NOW,
    ...over,
  };
}

export function packStatus(over: Partial<PackStatus> = {}): PackStatus {
  return {
    id: 'acme',
    name: 'ACME house voice',
    version: '2026.11.3',
    source: 'https://acme.example/pack.json',
    counts: { rules: 40, templates: 12, escalations: 3, lessons: 5 },
    error: null,
    layers: [],
    syncing: false,
    changelog: [],
    crisisMode: false,
    ...over,
  };
}

export const settings = (over: Partial<Settings> = {}): Settings => ({
  agent: { name: 'Anna Berg', initials: 'AB', signOff: '', language: '' },
  uiLanguage: '',
  sites: {},
  templateUsage: {},
  ...over,
});
