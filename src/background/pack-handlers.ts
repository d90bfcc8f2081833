import type { Handlers } from '../messages';
import { notify } from './notify';
import { importPack, packStatus, resetToStarter } from './packs';

/** Messages about the guideline pack. */
export const packHandlers: Handlers = {
  'pack/status': () => packStatus(),
  'pack/import': async ({ text, source }) => {
    const result = await importPack(text, source);
    notify(null, ['pack']);
    return result;
  },
  'pack/reset': async () => {
    await resetToStarter();
    notify(null, ['pack']);
    return { ok: true };
  },
};
