import { describe, expect, it } from 'vitest';
import { compareVersions, dueAt, syncInterval } from '../../../src/core/pack/sync-schedule';

describe('sync schedule', () => {
  it('uses the pack interval within 15…1440 minutes, 60 by default', () => {
    expect([syncInterval(undefined), syncInterval(5), syncInterval(90), syncInterval(5000)]).toEqual([60, 15, 90, 1440]);
  });

  it('is due at the retry time while failing, after the interval otherwise, and at once when never checked', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(dueAt({ checkedAt: null, nextTry: null, intervalMinutes: 60 }, now)).toBe(now);
    expect(dueAt({ checkedAt: '2026-11-23T09:30:00Z', nextTry: null, intervalMinutes: 60 }, now)).toBe(Date.parse('2026-11-23T10:30:00Z'));
    expect(dueAt({ checkedAt: '2026-11-23T09:30:00Z', nextTry: '2026-11-23T10:04:00Z', intervalMinutes: 60 }, now)).toBe(Date.parse('2026-11-23T10:04:00Z'));
  });

  it('orders versions numerically, pre-releases before their release', () => {
    expect(compareVersions('2026.11.10', '2026.11.2')).toBeGreaterThan(0);
    expect(compareVersions('1.2', '1.2.0')).toBe(0);
    expect(compareVersions('2.0.0-rc.1', '2.0.0')).toBeLessThan(0);
    expect(compareVersions('1.9.9', '2.0.0-rc.1')).toBeLessThan(0);
  });
});
