// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fake } from './fake-browser';
import { Templates } from '../../../src/sidepanel/reply/Templates';
import type { TemplateItem } from '../../../src/message-views';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).browser }));

const template = (id: string, name: string, text: string, missing: TemplateItem['missing'] = []): TemplateItem => ({ id, name, locale: 'en', intents: ['complaint'], holding: false, text, missing, reasons: [] });
const late = (vars: Record<string, string>) =>
  template('late', 'Late parcel', `Hi Maria, sorry your parcel is late. We will update you by ${vars['update.time'] ?? '[update.time]'}. Anna`, vars['update.time'] ? [] : [{ key: 'update.time', label: 'When we update' }]);
const thanks = template('thanks', 'Thanks for the praise', 'Thank you, Maria! Anna');

beforeEach(() => {
  fake.reset();
  fake.worker['templates/list'] = (p: { query: string; vars: Record<string, string> }) => ({
    items: [late(p.vars), thanks].filter((t) => t.name.toLowerCase().includes(p.query.toLowerCase())),
    crisis: false,
  });
  fake.worker['templates/used'] = () => ({ ok: true });
  fake.tab['editor/insert'] = () => ({ ok: true, method: 'execCommand' });
});
afterEach(cleanup);

describe('templates', () => {
  it('lists ranked templates for the comment and previews the first with real names', async () => {
    render(<Templates tabId={7} replyTo="2" />);
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    expect(screen.getByTestId('template-preview').textContent).toBe('Hi Maria, sorry your parcel is late. We will update you by [update.time]. Anna');
    expect(fake.sentOf('templates/list')[0]).toEqual({ tabId: 7, query: '', vars: {}, limit: 30 });
  });

  it('is keyboard first: typing filters, arrows choose, Enter inserts and the pick is recorded', async () => {
    render(<Templates tabId={7} replyTo="2" />);
    const search = screen.getByTestId('template-search');
    fireEvent.input(search, { target: { value: 'than' } });
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Thanks for the praise']));
    fireEvent.input(search, { target: { value: '' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(screen.getByRole('option', { selected: true }).textContent).toBe('Thanks for the praise');
    expect(search.getAttribute('aria-activedescendant')).toBe('template-thanks');
    fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect(fake.sentOf('templates/used')).toEqual([{ templateId: 'thanks' }]));
    expect(fake.sentOf('editor/insert')).toEqual([{ text: 'Thank you, Maria! Anna', mode: 'caret' }]);
    expect(screen.getByRole('status').textContent).toContain('“Thanks for the praise” inserted');
  });

  it('asks for missing variables before inserting, and fills them into the preview', async () => {
    render(<Templates tabId={7} replyTo="2" />);
    const search = screen.getByTestId('template-search');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    fireEvent.keyDown(search, { key: 'Enter' });
    const field = screen.getByLabelText('When we update');
    expect(document.activeElement).toBe(field);
    expect(fake.sentOf('editor/insert')).toEqual([]);
    fireEvent.input(field, { target: { value: '3 pm' } });
    await waitFor(() => expect(screen.getByTestId('template-preview').textContent).toContain('update you by 3 pm.'));
    expect(screen.getByLabelText('When we update')).toBeTruthy();
    fireEvent.keyDown(screen.getByLabelText('When we update'), { key: 'Enter' });
    await waitFor(() => expect(fake.sentOf('editor/insert')).toHaveLength(1));
    expect(fake.sentOf('editor/insert')[0]).toEqual({ text: 'Hi Maria, sorry your parcel is late. We will update you by 3 pm. Anna', mode: 'caret' });
  });

  it('replaces the whole draft on request, and reports a refused insertion', async () => {
    fake.tab['editor/insert'] = () => ({ ok: false, method: 'clipboard', message: 'Could not reach the reply box; the text is on the clipboard.' });
    render(<Templates tabId={7} replyTo="2" />);
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    fireEvent.click(screen.getAllByRole('option')[1]!);
    fireEvent.click(screen.getByTestId('template-replace'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Could not reach the reply box'));
    expect(fake.sentOf('editor/insert')).toEqual([{ text: 'Thank you, Maria! Anna', mode: 'replace' }]);
    expect(fake.sentOf('templates/used')).toEqual([]);
  });

  it('in crisis mode says only holding statements are offered', async () => {
    fake.worker['templates/list'] = () => ({ items: [{ ...thanks, holding: true }], crisis: true });
    render(<Templates tabId={7} replyTo="2" />);
    expect((await screen.findByText('Crisis mode: only approved holding statements are offered.'))).toBeTruthy();
    expect(screen.getByRole('option').textContent).toContain('holding statement');
  });
});
