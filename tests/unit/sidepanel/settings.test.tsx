// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fake } from './fake-browser';
import { App } from '../../../src/sidepanel/App';
import { chooseLanguage } from '../../../src/browser/i18n';
import type { Settings } from '../../../src/message-views';
import { NOW, maria, minutesAgo, packStatus, settings, tabState } from './views';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).browser }));

let stored: Settings;
beforeEach(() => {
  fake.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  stored = settings();
  fake.worker['tab/get'] = () => tabState({ queue: [maria], adapter: { id: 'x', status: 'ok', failed: ['time'] } });
  fake.worker['draft/get'] = () => null;
  fake.worker['pack/status'] = () => packStatus();
  fake.worker['settings/get'] = () => stored;
  fake.worker['settings/set'] = (change: Partial<Settings>) => (stored = { ...stored, ...change });
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await chooseLanguage('');
});

async function openSettings() {
  render(<App />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Settings' }));
  await screen.findByTestId('profile-form');
}

describe('settings view', () => {
  it('saves the agent profile', async () => {
    await openSettings();
    fireEvent.input(screen.getByLabelText('Sign-off'), { target: { value: '/AB' } });
    fireEvent.change(screen.getByLabelText('Reply language'), { target: { value: 'de' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.sentOf('settings/set')).toEqual([{ agent: { name: 'Anna Berg', initials: 'AB', signOff: '/AB', language: 'de' } }]));
  });

  it('switches badge and highlights per site', async () => {
    await openSettings();
    expect(screen.getByRole('heading', { name: 'On X' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Readiness badge by the reply box'));
    await waitFor(() => expect(fake.sentOf('settings/set')).toEqual([{ sites: { x: { enabled: true, badge: false, highlights: true } } }]));
  });

  it('shows each pack with its sync status in plain words, syncs on request and lists what changed', async () => {
    fake.worker['pack/status'] = () =>
      packStatus({
        layers: [
          { source: 'https://acme.example/pack.json', origin: 'policy', name: 'ACME house voice', version: '2026.11.3', syncedAt: minutesAgo(4), error: null, nextTry: null },
          { source: 'https://acme.example/team.json', origin: 'user', name: 'Care team', version: '1.2.0', syncedAt: minutesAgo(90), error: { source: 'https://acme.example/team.json', what: { key: 'failAnswered', subs: ['503'] }, at: '2026-11-23T09:42:00Z', inForce: { version: '1.2.0', fetchedAt: '2026-11-22T09:00:00Z' }, nextTry: null }, nextTry: null },
        ],
        changelog: [{ version: '2026.11.3', changes: ['New holding statement for the outage.'] }],
      });
    fake.worker['pack/sync'] = () => packStatus();
    await openSettings();
    const layers = screen.getByTestId('pack-layers').textContent!;
    expect(layers).toContain('ACME house voice 2026.11.3 · synced 4 minutes ago');
    expect(layers).toContain('Care team 1.2.0 · acme.example/team.json answered 503');
    expect(screen.getByTestId('changelog').textContent).toContain('What changed in 2026.11.3New holding statement for the outage.');
    fireEvent.click(screen.getByTestId('sync-now'));
    expect(fake.sentOf('pack/sync')).toEqual([{}]);
    fireEvent.click(screen.getByRole('button', { name: 'Open the pack editor' }));
    expect(fake.sentOf('openOptionsPage')).toHaveLength(1);
  });

  it('says when only the starter pack is in use', async () => {
    fake.worker['pack/status'] = () => packStatus({ source: 'built-in', name: 'Parley starter netiquette', version: '1.0.0' });
    await openSettings();
    expect(screen.getByTestId('starter-note').textContent).toContain('no organisation pack is configured');
  });

  it('builds a "broken here" report with site and adapter but no comment text', async () => {
    await openSettings();
    fireEvent.click(screen.getByTestId('broken-here'));
    const report = screen.getByTestId('site-report').textContent!;
    expect(report).toContain('broken here');
    expect(report).toContain('Site: x.com');
    expect(report).toContain('Adapter: x (ok)');
    expect(report).toContain('Selectors that matched nothing: time');
    expect(report).toContain('pack ACME house voice 2026.11.3');
    expect(report).not.toContain('parcel');
  });

  it('switches the panel language at run time from the chosen locale file', async () => {
    vi.stubGlobal('fetch', (url: string) => {
      const file = resolve(import.meta.dirname, '../../../public', url.replace(/^\//, ''));
      return Promise.resolve({ json: () => Promise.resolve(JSON.parse(readFileSync(file, 'utf8'))) });
    });
    await openSettings();
    fireEvent.change(screen.getByTestId('ui-language'), { target: { value: 'sv' } });
    await waitFor(() => expect(fake.sentOf('settings/set')).toEqual([{ uiLanguage: 'sv' }]));
    await act(() => fake.stateChanged(null, ['settings']));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Inställningar' })).toBeTruthy());
    expect(screen.getByRole('tab', { name: 'Kö' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('sv'));
  });
});
