// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fake } from './fake-browser';
import { App } from '../../../src/sidepanel/App';
import { DraftAnnouncer } from '../../../src/sidepanel/reply/DraftAnnouncer';
import type { DraftView, FindingView } from '../../../src/message-views';
import { NOW, draftView, item, lawyer, maria, packStatus, settings, tabState } from './views';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).browser }));

const finding = (over: Partial<FindingView>): FindingView => ({
  rule: 'Acme.Rule',
  level: 'warning',
  message: 'A message',
  why: 'Because.',
  start: 0,
  end: 2,
  match: 'We',
  suggestions: [],
  ...over,
});

let draft: DraftView | null;
beforeEach(() => {
  fake.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  draft = null;
  fake.worker['tab/get'] = () => tabState({ queue: [lawyer, maria] });
  fake.worker['draft/get'] = () => draft;
  fake.worker['pack/status'] = () => packStatus();
  fake.worker['settings/get'] = () => settings();
  fake.worker['templates/list'] = () => ({ items: [], crisis: false });
  fake.worker['lessons/list'] = () => ({
    lessons: [
      { id: 'apologies', title: 'Apologise once, then act', locale: 'en', summary: 'Say sorry for the problem, not for feelings.', body: 'Long body.', rules: ['Acme.Inconvenience'], examples: { good: ['Sorry your parcel is late.'], bad: ['We apologise for any inconvenience.'] } },
      { id: 'privacy', title: 'Keep personal data private', locale: 'en', summary: 'Move to DMs.', body: 'Body.', rules: [], examples: { good: ['Send us a DM.'], bad: ['Your order 123 is…'] } },
    ],
  });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function openWithDraft(d: DraftView) {
  render(<App />);
  await screen.findByTestId('queue');
  draft = d;
  await act(() => fake.stateChanged(7, ['draft']));
  await screen.findByTestId('replying-to');
}

describe('reply view', () => {
  it('moves to the Reply view when a reply box opens, and shows who is answered', async () => {
    await openWithDraft(draftView());
    expect(screen.getByRole('tab', { name: 'Reply' }).getAttribute('aria-selected')).toBe('true');
    const replyingTo = screen.getByTestId('replying-to');
    expect(replyingTo.textContent).toContain('Maria L.');
    expect(replyingTo.textContent).toContain('EN');
    expect(within(replyingTo).getByText('complaint')).toBeTruthy();
    expect(screen.getByTestId('readiness').textContent).toBe('Check');
  });

  it('keeps the answer time in view', async () => {
    await openWithDraft(draftView());
    expect(screen.getByTestId('deadline').textContent).toBe('Answer within 4 hr: 50 min left');
  });

  it('shows the escalation route prominently and copies a handover note', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openWithDraft(draftView({ replyingTo: lawyer, composer: { key: 'c2', editor: 'draft', replyTo: '5', label: 'Reply to @tomk' } }));
    const banner = screen.getByTestId('escalation-banner');
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toContain('Legal: Legal threat');
    expect(banner.textContent).toContain('Do not admit liability');
    expect(banner.textContent).toContain('legal@acme.example');
    fireEvent.click(within(banner).getByTestId('copy-handover'));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const note = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(note).toContain('https://x.com/someone/status/5');
    expect(note).toContain('Tom K. (@tomk)');
    expect(note).toContain(lawyer.comment.time);
    expect(note).toContain('I will sue you if my money is not back by Friday.');
  });

  it('shows each tone meter against its band with the tip that moves it in', async () => {
    await openWithDraft(
      draftView({
        meters: [
          { dimension: 'formality', value: 0.9, band: [0.3, 0.6], words: ['apologise'], tip: 'Write as you would speak to the person.' },
          { dimension: 'warmth', value: 0.5, band: [0.4, 0.8], words: [], tip: 'unused' },
        ],
      }),
    );
    const formality = screen.getByTestId('meter-formality');
    expect(formality.textContent).toContain('above target');
    expect(formality.textContent).toContain('Write as you would speak to the person.');
    expect(within(formality).getByRole('meter').getAttribute('aria-valuenow')).toBe('90');
    expect(within(formality).getByRole('meter').getAttribute('aria-valuetext')).toBe('90, target 30 to 60, above target');
    const warmth = screen.getByTestId('meter-warmth');
    expect(warmth.textContent).toContain('on target');
    expect(warmth.textContent).not.toContain('unused');
  });

  it('groups findings by level, most serious first, and applies a suggestion through the editor', async () => {
    fake.tab['editor/insert'] = () => ({ ok: true, method: 'execCommand' });
    const text = 'We apologise for any inconvenience caused.';
    await openWithDraft(
      draftView({
        text,
        findings: [
          finding({ rule: 'Acme.Inconvenience', level: 'warning', message: 'Say what went wrong instead.', start: 3, end: 12, match: 'apologise', suggestions: ['are sorry'] }),
          finding({ rule: 'Acme.Liability', level: 'error', message: 'Do not admit fault in public.', match: 'our fault' }),
        ],
      }),
    );
    const groups = screen.getByTestId('findings').querySelectorAll('h3');
    expect([...groups].map((h) => h.textContent)).toEqual(['Must fix (1)', 'Should fix (1)']);
    fireEvent.click(screen.getByRole('button', { name: 'Use “are sorry”' }));
    expect(fake.sentOf('editor/insert')).toEqual([{ text: 'are sorry', mode: 'range', range: { start: 3, end: 12 }, expectDraft: text }]);
  });

  it('says so when the editor refused a suggestion', async () => {
    fake.tab['editor/insert'] = () => ({ ok: false, method: 'none', message: 'The reply box changed; the text is on the clipboard.' });
    await openWithDraft(draftView({ findings: [finding({ suggestions: ['We'] })] }));
    fireEvent.click(screen.getByRole('button', { name: 'Use “We”' }));
    await waitFor(() => expect(screen.getByTestId('findings').textContent).toContain('The reply box changed'));
  });

  it('"Why?" opens the lesson that lists the rule', async () => {
    await openWithDraft(draftView({ findings: [finding({ rule: 'Acme.Inconvenience', message: 'Say what went wrong instead.' })] }));
    fireEvent.click(screen.getByTestId('why'));
    const lesson = await waitFor(() => {
      const open = screen.getAllByTestId('lesson').find((l) => l.querySelector('details')?.open);
      if (!open) throw new Error('no lesson open');
      return open;
    });
    expect(lesson.getAttribute('data-lesson')).toBe('apologies');
    expect(screen.getByRole('tab', { name: 'Learn' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('why-card').textContent).toContain('Because.');
  });

  it('asks whether to answer at all for bait, and reminds personal accounts to disclose', async () => {
    const troll = item('8', { author: 'Bait', text: 'lol your company is a joke', moderation: { action: 'leave', advice: 'Do not feed trolls; note it and move on.' } });
    fake.worker['tab/get'] = () => tabState({ queue: [troll] });
    render(<App />);
    await screen.findByTestId('queue-empty');
    draft = draftView({ replyingTo: troll, discloseAffiliation: true, tips: ['Add a greeting.'] });
    await act(() => fake.stateChanged(7, ['draft']));
    const moderation = await screen.findByTestId('moderation');
    expect(moderation.textContent).toContain('Leave it unanswered, on purpose');
    expect(moderation.textContent).toContain('Do not feed trolls');
    expect(screen.getByTestId('disclose').textContent).toContain('personal account');
    expect(screen.getByTestId('tips').textContent).toBe('Add a greeting.');
  });

  it('shows a crisis banner when the pack switches crisis mode on', async () => {
    fake.worker['pack/status'] = () => packStatus({ crisisMode: true });
    render(<App />);
    expect((await screen.findByTestId('crisis-banner')).textContent).toContain('Crisis mode is on');
  });

  it('without a focused reply box, says how to start a reply', async () => {
    render(<App />);
    await screen.findByTestId('queue');
    fireEvent.click(screen.getByRole('tab', { name: 'Reply' }));
    expect(screen.getByTestId('no-composer').textContent).toContain('Click "Reply" under a comment');
  });
});

describe('tabs', () => {
  it('are reachable by keyboard: arrows move and select', async () => {
    render(<App />);
    const queueTab = await screen.findByRole('tab', { name: 'Queue' });
    fireEvent.keyDown(queueTab, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Reply' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Reply' }));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-settings');
  });
});

describe('draft announcements', () => {
  afterEach(() => vi.useRealTimers());

  it('announce readiness and findings once typing pauses, not on every keystroke', () => {
    vi.useFakeTimers();
    const { rerender } = render(<DraftAnnouncer draft={draftView({ readiness: 'ready', findings: [] })} />);
    const region = screen.getByTestId('draft-announcement');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('Ready: 0 findings');
    rerender(<DraftAnnouncer draft={draftView({ readiness: 'check', findings: [finding({})] })} />);
    act(() => {
      vi.advanceTimersByTime(300);
    });
    rerender(<DraftAnnouncer draft={draftView({ readiness: 'stop', findings: [finding({}), finding({ start: 5 })] })} />);
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(region.textContent).toBe('Ready: 0 findings');
    act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(region.textContent).toBe('Stop: 2 findings');
  });
});
