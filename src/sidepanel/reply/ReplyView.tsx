import type { TabState } from '../../messages';
import type { DraftView, QueueItem } from '../../message-views';
import { t } from '../../browser/i18n';
import { ToneMeter } from '../../ui/ToneMeter';
import { TabGate } from '../TabGate';
import { ReplyingTo } from './ReplyingTo';
import { EscalationBanner } from './EscalationBanner';
import { Guidance } from './Guidance';
import { Findings, type WhyTarget } from './Findings';
import { Templates } from './Templates';
import { DraftAnnouncer } from './DraftAnnouncer';

interface Props {
  tab: TabState | null;
  draft: DraftView | null;
  onWhy: (finding: WhyTarget) => void;
}

export function ReplyView({ tab, draft, onWhy }: Props) {
  return <TabGate tab={tab}>{(state) => <Reply tab={state} draft={draft} onWhy={onWhy} />}</TabGate>;
}

function Reply({ tab, draft, onWhy }: Omit<Props, 'tab'> & { tab: TabState }) {
  const composer = draft?.composer ?? tab.composer;
  const replyToId = composer?.replyTo ?? null;
  const item: QueueItem | null = draft?.replyingTo ?? (replyToId ? (tab.queue.find((q) => q.comment.id === replyToId) ?? null) : null);
  return (
    <>
      {!composer && (
        <div class="card state" data-testid="no-composer">
          <strong>{t('noComposerTitle')}</strong>
          <p>{t('noComposerExplain')}</p>
        </div>
      )}
      {composer && <p class="muted small" data-testid="composer-label">{composer.label}</p>}
      {item?.understanding.escalations.map((route) => <EscalationBanner key={route.id} item={item} route={route} />)}
      {item && <ReplyingTo item={item} />}
      <Guidance item={item} discloseAffiliation={draft?.discloseAffiliation ?? false} tips={draft?.tips ?? []} />
      {draft && (
        <>
          <DraftAnnouncer draft={draft} />
          <h2>{t('toneHeading')}</h2>
          <div class="meters">
            {draft.meters.map((m) => (
              <ToneMeter key={m.dimension} meter={m} />
            ))}
          </div>
          <h2>{t('findingsHeading')}</h2>
          <Findings tabId={tab.tabId} draftText={draft.text} findings={draft.findings} onWhy={onWhy} />
        </>
      )}
      <h2>{t('templatesHeading')}</h2>
      <Templates tabId={tab.tabId} replyTo={replyToId} />
    </>
  );
}
