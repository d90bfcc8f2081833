import { useState } from 'preact/hooks';
import { send, type PackSources, type Request } from '../messages';
import { t } from '../browser/i18n';

type Tier = PackSources['userPacks'][number]['tier'];

/** Pack URLs and trusted keys: the administrator's (read only) and the user's own where policy allows. */
export function SourcesForm({ sources, onChanged }: { sources: PackSources; onChanged: (s: PackSources) => void }) {
  const [url, setUrl] = useState('');
  const [tier, setTier] = useState<Tier>('personal');
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (change: Request<'pack/sources/set'>) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await send('pack/sources/set', change));
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message.replace(/^pack\/sources\/set: /, '') : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const addUrl = async () => {
    if (await save({ packs: [...sources.userPacks, { url: url.trim(), tier }] })) setUrl('');
  };
  const addKey = async () => {
    if (await save({ keys: [...sources.userKeys, key.trim()] })) setKey('');
  };

  return (
    <>
      <h3>{t('sourcesPacks')}</h3>
      <ul data-testid="pack-sources">
        {sources.policyPacks.map((p) => (
          <li key={p.url}>
            <code>{p.url}</code> <span class="muted">· {t(p.tier === 'organisation' ? 'tierOrganisation' : 'tierTeam')} · {t('setByAdministrator')}</span>
          </li>
        ))}
        {sources.userPacks.map((p) => (
          <li key={p.url} data-testid="user-source">
            <code>{p.url}</code> <span class="muted">· {t(p.tier === 'team' ? 'tierTeam' : 'tierPersonal')}</span>{' '}
            <button disabled={busy} onClick={() => void save({ packs: sources.userPacks.filter((q) => q.url !== p.url) })} data-testid="source-remove">
              {t('remove')}
            </button>
          </li>
        ))}
        {sources.userFiles.map((name) => (
          <li key={name}>
            <code>{name}</code> <span class="muted">· {t('tierPersonal')} · {t('importedFile')}</span>
          </li>
        ))}
      </ul>
      {sources.allowUserPacks ? (
        <p>
          <input type="url" size={50} placeholder="https://example.com/pack.json" value={url} onInput={(e) => setUrl(e.currentTarget.value)} data-testid="source-url" />{' '}
          <select value={tier} onChange={(e) => setTier(e.currentTarget.value as Tier)} data-testid="source-tier">
            <option value="team">{t('tierTeam')}</option>
            <option value="personal">{t('tierPersonal')}</option>
          </select>{' '}
          <button disabled={busy || !url.trim()} onClick={() => void addUrl()} data-testid="source-add">
            {t('addSource')}
          </button>
        </p>
      ) : (
        <p class="muted">{t('userPacksNotAllowed')}</p>
      )}

      <h3>{t('trustedKeys')}</h3>
      <p class="muted">{t('trustedKeysExplain')}</p>
      <ul data-testid="trusted-keys">
        {sources.policyKeys.map((k) => (
          <li key={k}>
            <code>{keyId(k)}</code> <span class="muted">· {t('setByAdministrator')}</span>
          </li>
        ))}
        {sources.userKeys.map((k) => (
          <li key={k} data-testid="user-key">
            <code>{keyId(k)}</code>{' '}
            <button disabled={busy} onClick={() => void save({ keys: sources.userKeys.filter((q) => q !== k) })} data-testid="key-remove">
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      {sources.allowUserKeys ? (
        <p>
          <input size={50} placeholder="acme-2026:MFkwEwYHKoZIzj0CAQ…" value={key} onInput={(e) => setKey(e.currentTarget.value)} data-testid="key-input" />{' '}
          <button disabled={busy || !key.trim()} onClick={() => void addKey()} data-testid="key-add">
            {t('addKey')}
          </button>
        </p>
      ) : (
        <p class="muted">{t('userKeysNotAllowed')}</p>
      )}
      {busy && <p class="muted" role="status">{t('syncing')}</p>}
      {error && (
        <p class="banner error" role="alert" data-testid="sources-error">
          {error}
        </p>
      )}
    </>
  );
}

function keyId(line: string): string {
  return line.split(':')[0] ?? line;
}
