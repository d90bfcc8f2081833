import { useState } from 'preact/hooks';
import { sendToTab } from '../../messages';
import type { FindingView } from '../../message-views';
import { LEVELS } from '../../core/pack/schema';
import { t } from '../../browser/i18n';

export type WhyTarget = Pick<FindingView, 'rule' | 'lesson' | 'why' | 'message'>;

const BY_SEVERITY = [...LEVELS].reverse();

/** The draft's findings, most serious group first; suggestions apply through the site's editor. */
export function Findings({ tabId, draftText, findings, onWhy }: { tabId: number; draftText: string; findings: FindingView[]; onWhy: (finding: WhyTarget) => void }) {
  const [failure, setFailure] = useState<string | null>(null);
  const apply = (f: FindingView, text: string) =>
    sendToTab(tabId, 'editor/insert', { text, mode: 'range', range: { start: f.start, end: f.end }, expectDraft: draftText }).then(
      (r) => setFailure(r.ok ? null : (r.message ?? t('applyFailed'))),
      () => setFailure(t('applyFailed')),
    );
  if (!findings.length) return <p class="muted" data-testid="no-findings">{t('noFindings')}</p>;
  return (
    <div data-testid="findings">
      {failure && (
        <p class="banner warn" role="status">
          {failure}
        </p>
      )}
      {BY_SEVERITY.map((level) => {
        const group = findings.filter((f) => f.level === level);
        if (!group.length) return null;
        return (
          <section key={level} class={`findings level-${level}`} aria-label={t(`level_${level}`)}>
            <h3>
              {t(`level_${level}`)} <span class="muted">({group.length})</span>
            </h3>
            <ul>
              {group.map((f) => (
                <li key={`${f.rule}:${f.start}:${f.end}`} class="finding" data-testid="finding" data-rule={f.rule}>
                  <div>{f.message}</div>
                  {f.match && <q class="match">{f.match}</q>}
                  <div class="actions">
                    {f.suggestions.slice(0, 3).map((s) => (
                      <button type="button" key={s} onClick={() => void apply(f, s)} data-testid="apply">
                        {t('applySuggestion', s)}
                      </button>
                    ))}
                    <button type="button" class="link" onClick={() => onWhy(f)} data-testid="why">
                      {t('why')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
