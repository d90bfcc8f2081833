import { readFileSync, writeFileSync } from 'node:fs';
import { parsePublicKey, signPack, verifyPack, type PrivateKeyFile } from '../../src/core/pack/signature';
import { validatePackText, formatProblems } from '../../src/core/pack/validate';
import { EXIT, UsageError } from './errors';
import { readTextFile, type Io } from './io';
import { inEnglish } from './english';

function readBytes(path: string, what: string): Uint8Array<ArrayBuffer> {
  readTextFile(path, what);
  const buf = readFileSync(path);
  return new Uint8Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
}

/** `pack sign FILE --key KEY`: checks the pack, then writes FILE.sig over its exact bytes. */
export async function packSign(file: string, keyPath: string, io: Io): Promise<number> {
  const bytes = readBytes(file, 'pack file');
  const result = validatePackText(new TextDecoder().decode(bytes));
  if (!result.ok) {
    io.err(`${file}: invalid pack, not signed\n${formatProblems(result.problems)}`);
    return EXIT.failed;
  }
  let key: PrivateKeyFile;
  try {
    key = JSON.parse(readTextFile(keyPath, 'key file')) as PrivateKeyFile;
    if (typeof key.keyId !== 'string' || typeof key.jwk !== 'object') throw new Error();
  } catch {
    throw new UsageError(`${keyPath} is not a private key from "pack keygen"`);
  }
  writeFileSync(`${file}.sig`, await signPack(bytes, key));
  io.out(`signed ${result.pack.name} ${result.pack.version} with key ${key.keyId}: ${file}.sig (upload it next to the pack)`);
  return EXIT.ok;
}

/** `pack verify FILE --pub KEY [--sig FILE.sig]`: what the extension checks before using a signed pack. */
export async function packVerify(file: string, pubPath: string, sigPath: string | undefined, io: Io): Promise<number> {
  const bytes = readBytes(file, 'pack file');
  const pub = parsePublicKey(readTextFile(pubPath, 'public key file').trim());
  if (!pub) throw new UsageError(`${pubPath} is not a public key from "pack keygen" ("<keyId>:<base64>")`);
  const check = await verifyPack(bytes, readTextFile(sigPath ?? `${file}.sig`, 'signature file'), [pub]);
  if (!check.ok) {
    io.err(`${file}: ${inEnglish(check.reason)}`);
    return EXIT.failed;
  }
  io.out(`ok: ${file} is signed with key ${check.keyId}`);
  return EXIT.ok;
}
