import { describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../../../src/core/phrase';
import { deadline, formatDuration, minutesSince } from '../../../src/core/time';
import { lessonFor } from '../../../src/sidepanel/learn/lesson-for';

vi.mock('webextension-polyfill', () => ({ default: {} }));

describe('locale message formatting (as chrome.i18n does it)', () => {
  it('fills named placeholders from positional arguments and keeps "$$" as a dollar', () => {
    const entry = { message: 'Answer within $P1$: $P2$ left ($$)', placeholders: { p1: { content: '$1' }, P2: { content: '$2' } } };
    expect(formatMessage(entry, ['1 hr', '47 min'])).toBe('Answer within 1 hr: 47 min left ($)');
  });
});

describe('comment age against the response time', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');
  it('counts whole minutes and knows when no time was shown', () => {
    expect(minutesSince('2026-11-23T11:13:30Z', now)).toBe(46);
    expect(minutesSince(undefined, now)).toBeNull();
    expect(minutesSince('yesterday', now)).toBeNull();
  });
  it('says how much is left or how late it is', () => {
    expect(deadline(13, 60)).toEqual({ state: 'left', target: 60, minutes: 47 });
    expect(deadline(75, 60)).toEqual({ state: 'overdue', target: 60, minutes: 15 });
    expect(deadline(null, 60)).toBeNull();
    expect(deadline(13, null)).toBeNull();
  });
  it('uses the largest whole unit in the UI language', () => {
    expect(formatDuration(47, 'en')).toBe('47 min');
    expect(formatDuration(190, 'en')).toBe('3 hr');
    expect(formatDuration(3 * 1440, 'de')).toBe('3 Tg.');
  });
});

describe('the lesson behind a finding', () => {
  const lessons = [
    { id: 'a', title: 'A', locale: 'en', summary: '', body: '', rules: ['R.one'], examples: { good: [], bad: [] } },
    { id: 'b', title: 'B', locale: 'en', summary: '', body: '', rules: ['R.two'], examples: { good: [], bad: [] } },
  ];
  it('prefers the lesson the rule names, else one listing the rule', () => {
    expect(lessonFor({ rule: 'R.two', lesson: 'a' }, lessons)?.id).toBe('a');
    expect(lessonFor({ rule: 'R.two' }, lessons)?.id).toBe('b');
    expect(lessonFor({ rule: 'R.none', lesson: 'gone' }, lessons)).toBeUndefined();
  });
});
