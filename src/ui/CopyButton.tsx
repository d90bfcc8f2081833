import { useState } from 'preact/hooks';
import { t } from '../browser/i18n';

/** Copies plain text (never markup) and says so. */
export function CopyButton({ text, label, testId }: { text: () => string; label: string; testId?: string }) {
  const [done, setDone] = useState<'copied' | 'failed' | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(text()).then(
      () => setDone('copied'),
      () => setDone('failed'),
    );
  return (
    <>
      <button type="button" onClick={() => void copy()} data-testid={testId}>
        {label}
      </button>
      {done && (
        <span class="muted" role="status">
          {' '}
          {t(done === 'copied' ? 'copied' : 'copyFailed')}
        </span>
      )}
    </>
  );
}
