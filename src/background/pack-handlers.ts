import type { Handlers } from '../messages';
import { importPack, packStatus, resetToStarter } from './packs';
import { packSources, setPackSources } from './pack-sources';
import { announcePackChange, isSyncing, scheduleNext, syncPacks } from './sync';

/** Messages about the guideline pack and where it comes from. */
export const packHandlers: Handlers = {
  'pack/status': () => packStatus(isSyncing()),
  'pack/import': async ({ text, source }) => {
    const result = await importPack(text, source);
    await announcePackChange();
    return result;
  },
  'pack/reset': async () => {
    await resetToStarter();
    await scheduleNext();
    await announcePackChange();
    return { ok: true };
  },
  'pack/sync': async () => {
    await syncPacks('all');
    return packStatus(isSyncing());
  },
  'pack/sources': () => packSources(),
  'pack/sources/set': async (change) => {
    const result = await setPackSources(change);
    await announcePackChange();
    return result;
  },
};
