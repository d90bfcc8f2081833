import { existsSync, writeFileSync } from 'node:fs';
import { generateSigningKey } from '../../src/core/pack/signature';
import { EXIT, UsageError } from './errors';
import type { Io } from './io';

/** `pack keygen [--id KEYID] [--out NAME]`: NAME.key.json (secret) and NAME.pub (for policy or settings). */
export async function packKeygen(keyId: string | undefined, out: string, io: Io): Promise<number> {
  const privatePath = `${out}.key.json`;
  const publicPath = `${out}.pub`;
  for (const p of [privatePath, publicPath]) if (existsSync(p)) throw new UsageError(`${p} exists; choose another --out`);
  let key;
  try {
    key = await generateSigningKey(keyId);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  writeFileSync(privatePath, `${JSON.stringify(key.privateKey, null, 2)}\n`, { mode: 0o600 });
  writeFileSync(publicPath, `${key.publicKey}\n`);
  io.out(`key ${key.privateKey.keyId}: private key in ${privatePath} (keep it secret), public key in ${publicPath}`);
  return EXIT.ok;
}
