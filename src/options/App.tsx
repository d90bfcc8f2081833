import { useState } from 'preact/hooks';
import { send, type PackSources } from '../messages';
import { t } from '../browser/i18n';
import { PackSummary } from '../ui/PackSummary';
import { useWorkerState } from '../ui/use-message';
import { LayerList } from './LayerList';
import { SourcesForm } from './SourcesForm';

export function App() {
  const pack = useWorkerState(() => send('pack/status', {}), []);
  const loaded = useWorkerState(() => send('pack/sources', {}), []);
  const [sources, setSources] = useState<PackSources | null>(null);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [syncing, setSyncing] = useState(false);

  const importText = async (body: string, source: string) => {
    const result = await send('pack/import', { text: body, source });
    setMessage(result.ok ? t('packImported') : null);
  };
  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (file) await importText(await file.text(), file.name);
  };
  const syncNow = async () => {
    setSyncing(true);
    try {
      await send('pack/sync', {});
    } finally {
      setSyncing(false);
    }
  };
  const shownSources = sources ?? loaded.value;

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <h2>{t('packInUse')}</h2>
      {pack.value ? <PackSummary status={pack.value} /> : <p class="muted">{pack.error ?? '…'}</p>}

      <h2>{t('packLayers')}</h2>
      <p class="muted">{t('packLayersExplain')}</p>
      {pack.value && <LayerList layers={pack.value.layers} />}
      <p>
        <button class="primary" disabled={syncing || !!pack.value?.syncing} onClick={() => void syncNow()} data-testid="sync-now">
          {syncing || pack.value?.syncing ? t('syncing') : t('syncNow')}
        </button>
      </p>

      <h2>{t('packSources')}</h2>
      {shownSources ? <SourcesForm sources={shownSources} onChanged={setSources} /> : <p class="muted">{loaded.error ?? '…'}</p>}

      <h2>{t('importPack')}</h2>
      <p class="muted">{t('importPackExplain')}</p>
      <p>
        <input type="file" accept=".json,application/json" onChange={onFile} data-testid="pack-file" />
      </p>
      <textarea rows={8} value={text} onInput={(e) => setText(e.currentTarget.value)} placeholder='{ "id": "acme", … }' data-testid="pack-text" />
      <p>
        <button class="primary" onClick={() => void importText(text, t('pastedPack'))} data-testid="pack-import">
          {t('importPasted')}
        </button>{' '}
        <button onClick={() => void send('pack/reset', {}).then(() => setMessage(null))} data-testid="pack-reset">
          {t('resetUserPacks')}
        </button>
      </p>
      {message && <p role="status">{message}</p>}
    </main>
  );
}
