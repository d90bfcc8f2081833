import { useState } from 'preact/hooks';
import { send } from '../messages';
import { t } from '../browser/i18n';
import { PackSummary } from '../ui/PackSummary';
import { useWorkerState } from '../ui/use-message';

export function App() {
  const pack = useWorkerState(() => send('pack/status', {}), []);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const importText = async (body: string, source: string) => {
    const result = await send('pack/import', { text: body, source });
    setMessage(result.ok ? t('packImported') : null);
  };
  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (file) await importText(await file.text(), file.name);
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <h2>{t('packInUse')}</h2>
      {pack.value ? <PackSummary status={pack.value} /> : <p class="muted">{pack.error ?? '…'}</p>}
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
        <button onClick={() => void send('pack/reset', {}).then(() => setMessage(null))}>{t('resetPack')}</button>
      </p>
      {message && <p role="status">{message}</p>}
    </main>
  );
}
