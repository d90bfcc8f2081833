import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listSources, readMeta, readRevision, reconcilePolicy, removeUserSources, saveCheck, saveFilePack, setUserPacks } from '../../../src/background/sources';
import { parsePolicy } from '../../../src/background/policy';
import type { PackCopy } from '../../../src/background/db';

const copy = (version: string): PackCopy => ({ text: '{}', name: 'Acme', version, etag: null, lastModified: null, fetchedAt: '2026-11-23T10:00:00.000Z', signedBy: null });

describe('stored pack sources', () => {
  it('follow the policy: added, re-tiered and removed, and a policy URL takes over a user source with the same URL', async () => {
    await setUserPacks([{ url: 'https://team.example/pack.json', tier: 'team' }]);
    await reconcilePolicy(parsePolicy({ organisationPacks: ['https://acme.example/org.json'], teamPacks: ['https://team.example/pack.json'] }));
    let sources = await listSources();
    expect(sources.map((s) => [s.source, s.origin, s.tier]).sort()).toEqual([
      ['https://acme.example/org.json', 'policy', 'organisation'],
      ['https://team.example/pack.json', 'policy', 'team'],
    ]);
    await reconcilePolicy(parsePolicy({ organisationPacks: [] }));
    sources = await listSources();
    expect(sources).toEqual([]);
  });

  it('bump the revision when what is in force changes, and keep a source removed during its sync removed', async () => {
    const before = (await readMeta()).revision;
    await setUserPacks([{ url: 'https://me.example/p.json', tier: 'personal' }]);
    const [record] = await listSources();
    await setUserPacks([]);
    await saveCheck({ record: { ...record!, current: copy('1.0.0') }, changed: true, refusal: null });
    expect(await listSources()).toEqual([]);
    expect((await readMeta()).revision).toBeGreaterThan(before);
  });

  it('answer the remembered revision between writes, and the new one after each write, also when read during it', async () => {
    const before = await readRevision();
    expect(await readRevision()).toBe(before);
    const during = readRevision();
    await saveFilePack('rev.json', copy('1.0.0'));
    expect([await during, await readRevision()]).toEqual([before, (await readMeta()).revision]);
    expect(await readRevision()).toBeGreaterThan(before);
    const racing = Promise.all([saveFilePack('rev.json', copy('1.1.0')), readRevision()]);
    await racing;
    expect(await readRevision()).toBe((await readMeta()).revision);
  });

  it('replace a file pack of the same name, keeping the earlier copy as previous; reset removes the user\'s own sources only', async () => {
    await reconcilePolicy(parsePolicy({ organisationPacks: ['https://acme.example/org.json'] }));
    await saveFilePack('mine.json', copy('1.0.0'));
    await saveFilePack('mine.json', copy('1.1.0'));
    const file = (await listSources()).find((s) => s.kind === 'file')!;
    expect([file.current!.version, file.previous!.version]).toEqual(['1.1.0', '1.0.0']);
    await removeUserSources();
    expect((await listSources()).map((s) => s.source)).toEqual(['https://acme.example/org.json']);
  });

  it('record a refusal with the sync result and clear it when that source recovers', async () => {
    const [org] = await listSources();
    await saveCheck({ record: { ...org!, error: { what: { key: 'failOneProblem', subs: [] }, at: 'x' } }, changed: false, refusal: { source: org!.source, at: 'x', problems: [{ path: 'version', message: 'bad' }] } });
    expect((await readMeta()).refusal?.source).toBe(org!.source);
    await saveCheck({ record: { ...org!, current: copy('2.0.0') }, changed: true, refusal: null });
    expect((await readMeta()).refusal).toBeNull();
  });
});

describe('policy', () => {
  it('ignores malformed entries one by one and defaults to user packs allowed, no rollback', () => {
    expect(parsePolicy({ organisationPacks: ['https://a.example/p.json', 'ftp://x', 42, 'http://evil.example/p.json', 'http://127.0.0.1:8080/p.json'], allowRollback: 'yes' })).toEqual({
      organisationPacks: ['https://a.example/p.json', 'http://127.0.0.1:8080/p.json'],
      teamPacks: [],
      trustedKeys: [],
      allowUserPacks: true,
      allowUserKeys: true,
      allowRollback: false,
    });
    expect(parsePolicy(undefined).allowUserPacks).toBe(true);
    expect(parsePolicy({ allowUserPacks: false, teamPacks: 'https://a.example/p.json' })).toMatchObject({ allowUserPacks: false, teamPacks: [] });
  });
});
