import type { PackProblem } from '../core/pack/validate';
import { validatePackText } from '../core/pack/validate';
import { verifyPack, type PublicKeyLine } from '../core/pack/signature';
import { compareVersions, retryDelayMinutes, syncInterval } from '../core/pack/sync-schedule';
import { phrase, type Phrase } from '../core/phrase';
import type { PackCopy, Refusal, SourceRecord } from './db';
import { fetchPack, fetchSignature, type FetchLimits } from './sync-fetch';
import { rememberValid } from './validated';

export interface CheckContext {
  /** Keys pinned by policy or settings; when any are, unsigned or wrongly signed packs are refused. */
  trustedKeys: readonly PublicKeyLine[];
  allowRollback: boolean;
  now: () => Date;
  limits?: FetchLimits;
}

export interface CheckResult {
  record: SourceRecord;
  /** Whether the pack in force for this source changed. */
  changed: boolean;
  /** Set when a pack was refused for its content, with each problem to show. */
  refusal: Refusal | null;
}

/**
 * Check one URL source: fetch (conditionally), validate, verify, and decide whether the new pack
 * replaces the one in force. Nothing is stored here; the caller writes the result in one
 * transaction, so a worker stopped half way leaves the old pack in force.
 */
export async function checkSource(record: SourceRecord, ctx: CheckContext): Promise<CheckResult> {
  const at = ctx.now().toISOString();
  const current = record.current;
  // A copy stored before keys were pinned (or signed by a key no longer trusted) must be fetched and verified again.
  const verified = !ctx.trustedKeys.length || ctx.trustedKeys.some((k) => k.keyId === current?.signedBy);
  const validators = current && verified ? { etag: current.etag, lastModified: current.lastModified } : null;
  const outcome = await fetchPack(record.source, validators, ctx.limits);

  const fail = (what: Phrase, problems?: PackProblem[]): CheckResult => {
    const failures = record.failures + 1;
    const nextTry = new Date(Date.parse(at) + retryDelayMinutes(failures, record.intervalMinutes) * 60_000).toISOString();
    return {
      record: { ...record, failures, error: { what, at }, nextTry },
      changed: false,
      refusal: problems ? { source: record.source, at, problems: problems.slice(0, 50) } : null,
    };
  };
  const fine = (patch: Partial<SourceRecord>, changed: boolean): CheckResult => ({
    record: { ...record, ...patch, checkedAt: at, failures: 0, error: null, nextTry: null },
    changed,
    refusal: null,
  });

  if (outcome.kind === 'failed') return fail(outcome.what);
  if (outcome.kind === 'unchanged') return fine({}, false);
  // Same bytes under a new ETag (a redeploy): nothing to do beyond remembering the validators.
  if (current && verified && outcome.text === current.text) {
    return fine({ current: { ...current, etag: outcome.etag, lastModified: outcome.lastModified } }, false);
  }

  const result = validatePackText(outcome.text);
  if (!result.ok) {
    const broken = result.problems[0]?.path === '(file)';
    const what = broken
      ? phrase('failBrokenJson', result.problems[0]!.message.replace(/^not valid JSON: /, ''))
      : result.problems.length === 1
        ? phrase('failOneProblem')
        : phrase('failProblems', String(result.problems.length));
    return fail(what, result.problems);
  }
  const pack = result.pack;

  let signedBy: string | null = null;
  if (ctx.trustedKeys.length) {
    const signature = await fetchSignature(record.source, ctx.limits);
    if (signature.kind === 'failed') return fail(signature.what);
    const check = await verifyPack(outcome.bytes, signature.text, ctx.trustedKeys);
    if (!check.ok) return fail(phrase('failRefused', check.reason));
    signedBy = check.keyId;
  }

  if (current && !ctx.allowRollback && compareVersions(pack.version, current.version) < 0) {
    return fail(phrase('failOlder', pack.version, current.version));
  }

  const copy: PackCopy = {
    text: outcome.text,
    name: pack.name,
    version: pack.version,
    etag: outcome.etag,
    lastModified: outcome.lastModified,
    fetchedAt: at,
    signedBy,
  };
  rememberValid(record.source, copy, pack);
  return fine({ current: copy, previous: current, intervalMinutes: syncInterval(pack.sync?.intervalMinutes) }, true);
}
