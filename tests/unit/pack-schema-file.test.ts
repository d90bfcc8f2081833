import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Pack } from '../../src/core/pack/schema';

it('public/pack.schema.json matches the zod schema (run "npm run schema" after changing it)', () => {
  const onDisk = JSON.parse(readFileSync(new URL('../../public/pack.schema.json', import.meta.url), 'utf8'));
  const { $id: _id, title: _title, ...rest } = onDisk;
  expect(rest).toEqual(z.toJSONSchema(Pack, { io: 'input', unrepresentable: 'any' }));
});
