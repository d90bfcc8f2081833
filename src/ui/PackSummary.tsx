import type { PackStatus } from '../messages';
import { t } from '../browser/i18n';

/** The pack in force, and the last refused pack if there was one. */
export function PackSummary({ status }: { status: PackStatus }) {
  return (
    <>
      <div class="card" data-testid="pack">
        <div>
          <strong data-testid="pack-name">{status.name}</strong> <span data-testid="pack-version">{status.version}</span>
        </div>
        <div class="muted">
          {t('packSource', status.source === 'built-in' ? t('packSourceBuiltIn') : status.source)} ·{' '}
          {t('packCounts', String(status.counts.rules), String(status.counts.templates), String(status.counts.escalations), String(status.counts.lessons))}
        </div>
      </div>
      {status.error && <PackErrorBanner error={status.error} />}
    </>
  );
}

function PackErrorBanner({ error }: { error: NonNullable<PackStatus['error']> }) {
  const shown = error.problems.slice(0, 8);
  return (
    <div class="banner error" role="alert" data-testid="pack-error">
      <strong>{t('packRefused', error.source)}</strong>
      <div>{t('packRefusedKept')}</div>
      <ul>
        {shown.map((p) => (
          <li key={`${p.path}:${p.message}`}>
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
      {error.problems.length > shown.length && <div>{t('packMoreProblems', String(error.problems.length - shown.length))}</div>}
    </div>
  );
}
