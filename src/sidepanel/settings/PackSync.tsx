import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send, type PackLayerStatus, type PackStatus } from '../../messages';
import { t, uiLanguage } from '../../browser/i18n';
import { PackSummary } from '../../ui/PackSummary';
import { useNow } from '../../ui/use-now';
import { failureText } from '../../ui/failure-text';
import { formatAgo } from '../../core/time';

/** Which packs are in force, how fresh each is, what changed, and "Sync now". */
export function PackSync({ status }: { status: PackStatus }) {
  const [syncError, setSyncError] = useState<string | null>(null);
  const [asked, setAsked] = useState(false);
  const syncing = status.syncing || asked;
  const sync = () => {
    setAsked(true);
    setSyncError(null);
    void send('pack/sync', {})
      .catch((e: unknown) => setSyncError(e instanceof Error ? e.message : String(e)))
      .finally(() => setAsked(false));
  };
  const latest = status.changelog[0];
  return (
    <>
      <PackSummary status={status} />
      {status.source === 'built-in' && !status.layers.some((l) => l.origin !== 'built-in') && (
        <p class="muted" data-testid="starter-note">
          {t('starterInUse')}
        </p>
      )}
      {status.layers.length > 0 && (
        <ul class="layers" data-testid="pack-layers">
          {status.layers.map((layer) => (
            <LayerLine key={layer.source} layer={layer} />
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" onClick={sync} disabled={syncing} data-testid="sync-now">
          {syncing ? t('syncing') : t('syncNow')}
        </button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openPackEditor')}
        </button>
      </div>
      {syncError && (
        <p class="banner error" role="alert">
          {t('syncFailed', syncError)}
        </p>
      )}
      {latest && (
        <details class="changelog" data-testid="changelog">
          <summary>{t('whatChanged', latest.version)}</summary>
          <ul>
            {latest.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function LayerLine({ layer }: { layer: PackLayerStatus }) {
  const now = useNow();
  const name = [layer.name ?? layer.source, layer.version].filter(Boolean).join(' ');
  return (
    <li class={layer.error ? 'layer failed' : 'layer'}>
      <span>{name}</span>
      {' · '}
      {layer.error ? (
        <span class="error-text">{failureText(layer.error)}</span>
      ) : layer.syncedAt ? (
        <span class="muted">{t('syncedAgo', formatAgo(layer.syncedAt, now, uiLanguage()))}</span>
      ) : (
        <span class="muted">{t(layer.origin === 'built-in' ? 'builtIn' : 'neverSynced')}</span>
      )}
    </li>
  );
}
