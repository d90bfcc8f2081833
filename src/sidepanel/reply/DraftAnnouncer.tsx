import type { DraftView } from '../../message-views';
import { t } from '../../browser/i18n';
import { useSettled } from '../../ui/use-settled';

/** Tells screen-reader users the readiness and finding count once typing pauses, not per keystroke. */
export function DraftAnnouncer({ draft }: { draft: DraftView }) {
  const summary = t('draftSummary', t(`readiness_${draft.readiness}`), String(draft.findings.length));
  const settled = useSettled(summary);
  return (
    <div class="sr-only" role="status" aria-live="polite" data-testid="draft-announcement">
      {settled}
    </div>
  );
}
