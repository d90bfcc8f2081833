// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fake } from './fake-browser';
import { QueueView } from '../../../src/sidepanel/queue/QueueView';
import { NOW, item, lawyer, maria, minutesAgo, tabState } from './views';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).browser }));

const praise = item('3', { author: 'Lena', text: 'Love the new tracker!', time: minutesAgo(30), understanding: { ...maria.understanding, intents: ['praise'], sentiment: 0.8, escalations: [] } });
const ours = item('4', { author: 'ACME Support', text: 'Thanks, we are on it.', own: true });
const answeredByUs = item('6', { author: 'Sam', text: 'When do you open?', answered: true, understanding: { ...maria.understanding, intents: ['question'], escalations: [] } });
const queue = [lawyer, maria, praise, ours, answeredByUs];

beforeEach(() => {
  fake.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const names = () => screen.queryAllByTestId('queue-item').map((li) => li.querySelector('.author')?.textContent);

describe('queue view', () => {
  it('shows the comments that need an answer first, with kind, mood, author and how long they wait', () => {
    render(<QueueView tab={tabState({ queue })} error={null} spotlight={null} />);
    expect(names()).toEqual(['Tom K.', 'Maria L.']);
    const mariaEntry = screen.getAllByTestId('queue-item')[1]!;
    expect(mariaEntry.textContent).toContain('@maria_l');
    expect(mariaEntry.textContent).toContain('3 hr unanswered');
    expect(within(mariaEntry).getByText('complaint')).toBeTruthy();
    expect(within(mariaEntry).getByText('question')).toBeTruthy();
    expect(within(mariaEntry).getByText('negative')).toBeTruthy();
    expect(within(screen.getAllByTestId('queue-item')[0]!).getByText('Legal')).toBeTruthy();
    expect(screen.getByTestId('needs-count').textContent).toBe('2 need an answer');
  });

  it('counts comments per intent at the top', () => {
    render(<QueueView tab={tabState({ queue })} error={null} spotlight={null} />);
    expect(screen.getByTestId('intent-count-complaint').textContent).toBe('complaint 2');
    expect(screen.getByTestId('intent-count-escalation').textContent).toBe('escalation 1');
    expect(screen.getByTestId('intent-count-praise').textContent).toBe('praise 1');
  });

  it('filters: all comments, or ours (written by our accounts or answered by them)', () => {
    render(<QueueView tab={tabState({ queue })} error={null} spotlight={null} />);
    fireEvent.click(screen.getByLabelText('All'));
    expect(names()).toEqual(['Tom K.', 'Maria L.', 'Lena', 'ACME Support', 'Sam']);
    fireEvent.click(screen.getByLabelText('Ours'));
    expect(names()).toEqual(['ACME Support', 'Sam']);
    expect(screen.getAllByText('answered')).toHaveLength(1);
  });

  it('shows and focuses the comment whose mark was clicked on the page, switching to a filter that lists it', async () => {
    render(<QueueView tab={tabState({ queue })} error={null} spotlight={{ commentId: '3', at: new Date(NOW).toISOString() }} />);
    await waitFor(() => expect(names()).toContain('Lena'));
    const lena = screen.getAllByTestId('queue-item').find((li) => li.textContent?.includes('Lena'))!;
    expect(lena.getAttribute('aria-current')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(within(lena).getByRole('button')));
    expect(screen.getAllByTestId('queue-item').filter((li) => li.getAttribute('aria-current'))).toHaveLength(1);
  });

  it('scrolls the page to a comment when it is clicked, and says so when it is gone', async () => {
    fake.tab['page/reveal'] = () => ({ found: false });
    render(<QueueView tab={tabState({ queue })} error={null} spotlight={null} />);
    fireEvent.click(within(screen.getAllByTestId('queue-item')[1]!).getByRole('button'));
    expect(fake.sentOf('page/reveal')).toEqual([{ commentId: '2' }]);
    expect(fake.sent[0]!.to).toBe(7);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('no longer on the page'));
  });

  it('renders hostile comment markup as inert text', () => {
    const hostile = item('9', { text: '<img src=x onerror="alert(1)"><b>bold</b><script>alert(2)</script>', needsAnswer: true });
    const { container } = render(<QueueView tab={tabState({ queue: [hostile] })} error={null} spotlight={null} />);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(screen.getByTestId('queue-text').textContent).toBe('<img src=x onerror="alert(1)"><b>bold</b><script>alert(2)</script>');
  });
});

describe('queue states', () => {
  it('explains a restricted page', () => {
    render(<QueueView tab={tabState({ active: false, restricted: true, url: 'chrome://settings', platform: null })} error={null} spotlight={null} />);
    expect(screen.getByTestId('restricted').textContent).toContain('cannot read this page');
  });

  it('offers to enable Parley on a site it does not run on yet', () => {
    render(<QueueView tab={tabState({ active: false, url: 'https://mastodon.social/@acme/1', platform: null, enableableOrigin: 'https://mastodon.social' })} error={null} spotlight={null} />);
    expect(screen.getByTestId('enable-site').textContent).toContain('mastodon.social');
    expect(screen.getByRole('button', { name: 'Enable Parley on this site' })).toBeTruthy();
  });

  it('says the site may have changed when a known site shows no comments', () => {
    render(<QueueView tab={tabState({ adapter: { id: 'x', status: 'missing', failed: ['comment'] } })} error={null} spotlight={null} />);
    const state = screen.getByTestId('no-comments');
    expect(state.textContent).toContain('No comments found on x.com');
    expect(state.textContent).toContain('may have changed');
  });

  it('on a site without an adapter, says reply checking still works', () => {
    render(<QueueView tab={tabState({ url: 'https://forum.example/t/1', platform: 'generic', adapter: { id: 'generic', status: 'generic', failed: [] } })} error={null} spotlight={null} />);
    expect(screen.getByTestId('no-comments').textContent).toContain('still checks what you type');
  });
});
