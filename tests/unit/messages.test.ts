import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { id: 'parley-id' } } }));
const { accept } = await import('../../src/messages');

const handlers = { 'tab/get': () => Promise.reject(new Error('not called')) };
const ours = { id: 'parley-id' };

describe('message acceptance', () => {
  it('accepts a well-formed message from our own extension', () => {
    expect(accept({ parley: 1, kind: 'tab/get', payload: { tabId: 7 } }, ours, handlers, 'parley-id')).toEqual({ kind: 'tab/get', payload: { tabId: 7 } });
  });

  it('drops messages from other extensions without answering', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(accept({ parley: 1, kind: 'tab/get', payload: { tabId: 7 } }, { id: 'evil' }, handlers, 'parley-id')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('foreign sender'), 'evil');
    warn.mockRestore();
  });

  it('drops a malformed payload with a warning naming the field', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(accept({ parley: 1, kind: 'tab/get', payload: { tabId: 'seven' } }, ours, handlers, 'parley-id')).toEqual({ parleyError: 'malformed "tab/get" message' });
    expect(warn.mock.calls[0]?.[0]).toContain('tabId');
    warn.mockRestore();
  });

  it('ignores messages that are not Parley envelopes and kinds this context does not handle', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(accept('hello', ours, handlers, 'parley-id')).toBeNull();
    expect(accept({ parley: 1, kind: 'pack/status', payload: {} }, ours, handlers, 'parley-id')).toBeNull();
    expect(accept({ parley: 1, kind: 'no/such', payload: {} }, ours, handlers, 'parley-id')).toEqual({ parleyError: 'unknown message kind "no/such"' });
    warn.mockRestore();
  });
});
