import browser from 'webextension-polyfill';
import { onManagedPolicyChanged } from '../browser/managed-storage';
import { bumpRevision } from './sources';
import { SYNC_ALARM, syncPacks } from './sync';

/** Install, browser start, the alarm and policy changes start a sync. Call at the worker's top level. */
export function registerSyncTriggers(): void {
  browser.runtime.onInstalled.addListener(() => void syncPacks('all'));
  browser.runtime.onStartup.addListener(() => void syncPacks('all'));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncPacks('due');
  });
  onManagedPolicyChanged(() => void bumpRevision().then(() => syncPacks('all')));
}
