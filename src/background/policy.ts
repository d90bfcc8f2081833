import { z } from 'zod';

/**
 * What an administrator can set (public/managed_schema.json has the same keys). Unknown keys and
 * malformed entries are ignored one by one, so one typo does not switch the whole policy off.
 */
export interface Policy {
  organisationPacks: string[];
  teamPacks: string[];
  /** `<keyId>:<base64 SPKI>` lines. */
  trustedKeys: string[];
  allowUserPacks: boolean;
  allowUserKeys: boolean;
  allowRollback: boolean;
}

const urls = z.array(z.unknown()).catch([]).transform((items) => items.filter(isPackUrl));
const strings = z.array(z.unknown()).catch([]).transform((items) => items.filter((s): s is string => typeof s === 'string'));
const flag = (fallback: boolean) => z.boolean().catch(fallback).default(fallback);

const PolicySchema = z.object({
  organisationPacks: urls.default([]),
  teamPacks: urls.default([]),
  trustedKeys: strings.default([]),
  allowUserPacks: flag(true),
  allowUserKeys: flag(true),
  allowRollback: flag(false),
});

export function parsePolicy(raw: unknown): Policy {
  const parsed = PolicySchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : PolicySchema.parse({});
}

/** Packs come over HTTPS; plain HTTP only from this machine (local testing with `pack serve`). */
export function isPackUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
}
