/** Writes the pack's JSON Schema (zod's own export) so editors can autocomplete pack files. */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { Pack } from '../src/core/pack/schema';

const schema = z.toJSONSchema(Pack, { io: 'input', unrepresentable: 'any' });
const out = {
  ...schema,
  $id: 'https://parley.invalid/pack.schema.json',
  title: 'Parley guideline pack',
};
writeFileSync(new URL('../public/pack.schema.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
console.log('wrote public/pack.schema.json');
