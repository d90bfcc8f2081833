import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parsePageMarks } from '../../../src/content/highlight/marks-message';
import { markLabel } from '../../../src/content/highlight/mark-label';
import { formatMessage, type LocaleMessages } from '../../../src/core/phrase';
import { PageMarks } from '../../../src/message-views';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const GOOD = {
  reset: false,
  set: [
    { id: '1860000000000000003', kind: 'question', urgent: false, time: '2026-11-23T09:30:00.000Z' },
    { id: 't1_kabc05', kind: 'escalation', escalation: 'legal', urgent: true },
  ],
  remove: ['1860000000000000002'],
};

describe("the worker's 'page/marks' message, checked by hand in the content script", () => {
  it('is taken as sent, and agrees with the zod schema the worker sends by', () => {
    expect(parsePageMarks(GOOD)).toEqual(GOOD);
    expect(PageMarks.parse(GOOD)).toEqual(GOOD);
  });

  it('keeps only the fields it knows', () => {
    const extra = { ...GOOD, set: [{ ...GOOD.set[0], text: '<img src=x onerror=alert(1)>' }] };
    expect(parsePageMarks(extra)?.set[0]).toEqual(GOOD.set[0]);
  });

  it('is refused whole when any part is malformed', () => {
    const mark = GOOD.set[0]!;
    const bad: unknown[] = [
      null,
      'marks',
      { ...GOOD, reset: 'yes' },
      { ...GOOD, set: 'all' },
      { ...GOOD, remove: [42] },
      { ...GOOD, remove: [''] },
      { ...GOOD, set: [{ ...mark, id: 'x'.repeat(501) }] },
      { ...GOOD, set: [{ ...mark, kind: 'praise' }] },
      { ...GOOD, set: [{ ...mark, kind: 'toString' }] },
      { ...GOOD, set: [{ ...mark, escalation: 'hasOwnProperty' }] },
      { ...GOOD, set: [{ ...mark, urgent: 1 }] },
      { ...GOOD, set: [{ ...mark, time: 5 }] },
      { ...GOOD, set: [null] },
      { ...GOOD, remove: Array.from({ length: 20_001 }, (_, i) => String(i)) },
    ];
    for (const raw of bad) expect(parsePageMarks(raw)).toBeNull();
  });
});

/** chrome.i18n.getMessage as the browser answers it, from the shipped messages.json. */
function wordsIn(language: string) {
  const messages = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${language}/messages.json`), 'utf8')) as LocaleMessages;
  return (key: string, ...subs: string[]) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no string "${key}" in ${language}`);
    return formatMessage(entry, subs);
  };
}

describe("a marker's label", () => {
  const now = Date.parse('2026-11-23T12:30:00.000Z');
  const complaint = { id: '6', kind: 'complaint', urgent: false, time: '2026-11-23T09:30:00.000Z' } as const;

  it('says why the comment is marked and how long it waits, in each UI language', () => {
    expect(markLabel(complaint, now, 'en', wordsIn('en'))).toBe('Parley: Complaint · 3 hr unanswered');
    expect(markLabel(complaint, now, 'de', wordsIn('de'))).toBe('Parley: Beschwerde · seit 3 Std. unbeantwortet');
    expect(markLabel(complaint, now, 'sv', wordsIn('sv'))).toBe('Parley: Klagomål · 3 tim utan svar');
  });

  it('names the escalation route, and says only that an answer is needed when the site showed no time', () => {
    const legal = { id: '7', kind: 'escalation', escalation: 'legal', urgent: true } as const;
    expect(markLabel(legal, now, 'en', wordsIn('en'))).toBe('Parley: Legal · needs an answer');
    expect(markLabel({ id: '8', kind: 'help_request', urgent: false }, now, 'sv', wordsIn('sv'))).toBe('Parley: Hjälpbegäran · behöver svar');
  });
});
