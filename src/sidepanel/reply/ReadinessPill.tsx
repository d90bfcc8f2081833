import type { DraftView } from '../../message-views';
import { t } from '../../browser/i18n';

/** The one state that matches the in-page badge: ready, check, or stop. */
export function ReadinessPill({ readiness }: { readiness: DraftView['readiness'] }) {
  return (
    <span class={`pill pill-${readiness}`} data-testid="readiness" data-readiness={readiness}>
      <span aria-hidden="true" class="pill-dot" />
      {t(`readiness_${readiness}`)}
    </span>
  );
}
