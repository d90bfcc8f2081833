/**
 * Detached pack signatures: ECDSA P-256 with SHA-256 over the exact bytes served, through
 * WebCrypto (the same code runs in Node, the CLI and the worker).
 *
 * A public key is written as one line, `<keyId>:<base64 SPKI>`, so it fits a policy string list.
 * A signature file (`<pack URL>.sig`) is JSON: `{ "keyId": "…", "signature": "<base64>" }`.
 */
import { phrase, type Phrase } from '../phrase';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;
const KEY_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export interface PublicKeyLine {
  keyId: string;
  /** base64 of the key's SubjectPublicKeyInfo. */
  spki: string;
}

export interface PrivateKeyFile {
  keyId: string;
  /** The private key as a JWK (keep this file secret). */
  jwk: JsonWebKey;
}

export type SignatureCheck = { ok: true; keyId: string } | { ok: false; reason: Phrase };

export async function generateSigningKey(keyId?: string): Promise<{ privateKey: PrivateKeyFile; publicKey: string }> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const spki = toBase64(new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)));
  const id = keyId ?? (await defaultKeyId(spki));
  if (!KEY_ID.test(id)) throw new Error(`key id "${id}": use letters, digits, "-", "_" or "." (at most 64)`);
  return { privateKey: { keyId: id, jwk: await crypto.subtle.exportKey('jwk', pair.privateKey) }, publicKey: `${id}:${spki}` };
}

/** The signature file's text for these bytes. */
export async function signPack(bytes: Uint8Array<ArrayBuffer>, key: PrivateKeyFile): Promise<string> {
  const privateKey = await crypto.subtle.importKey('jwk', key.jwk, ALGORITHM, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign(SIGN, privateKey, bytes));
  return `${JSON.stringify({ keyId: key.keyId, signature: toBase64(signature) })}\n`;
}

/** Read a `<keyId>:<base64 SPKI>` line; null when it is not one. */
export function parsePublicKey(line: string): PublicKeyLine | null {
  const match = /^\s*([^:\s]+):([A-Za-z0-9+/=]+)\s*$/.exec(line);
  if (!match || !KEY_ID.test(match[1]!)) return null;
  return { keyId: match[1]!, spki: match[2]! };
}

/** Check a detached signature against the trusted keys; the reasons are meant for people (UI string keys `sig…`). */
export async function verifyPack(bytes: Uint8Array<ArrayBuffer>, signatureText: string, trusted: readonly PublicKeyLine[]): Promise<SignatureCheck> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(signatureText);
  } catch {
    return { ok: false, reason: phrase('sigNotJson') };
  }
  if (!isSignatureFile(parsed)) return { ok: false, reason: phrase('sigShape') };
  const key = trusted.find((k) => k.keyId === parsed.keyId);
  if (!key) return { ok: false, reason: phrase('sigUntrusted', parsed.keyId) };
  let publicKey: CryptoKey;
  let signature: Uint8Array<ArrayBuffer>;
  try {
    publicKey = await crypto.subtle.importKey('spki', fromBase64(key.spki), ALGORITHM, false, ['verify']);
    signature = fromBase64(parsed.signature);
  } catch {
    return { ok: false, reason: phrase('sigUnreadable', key.keyId) };
  }
  const valid = await crypto.subtle.verify(SIGN, publicKey, signature, bytes);
  return valid ? { ok: true, keyId: key.keyId } : { ok: false, reason: phrase('sigMismatch', key.keyId) };
}

function isSignatureFile(value: unknown): value is { keyId: string; signature: string } {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as { keyId?: unknown }).keyId === 'string' &&
    typeof (value as { signature?: unknown }).signature === 'string'
  );
}

async function defaultKeyId(spki: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', fromBase64(spki)));
  return `key-${[...digest.slice(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
