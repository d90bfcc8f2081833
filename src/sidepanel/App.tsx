import { useEffect, useState } from 'preact/hooks';
import { send } from '../messages';
import { chooseLanguage, t, uiLanguage } from '../browser/i18n';
import { useWorkerState } from '../ui/use-message';
import { Tabs, tabPanelProps } from '../ui/Tabs';
import { useActiveTabId } from './active-tab';
import { QueueView } from './queue/QueueView';
import { ReplyView } from './reply/ReplyView';
import { LearnView } from './learn/LearnView';
import { SettingsView } from './settings/SettingsView';
import { CrisisBanner } from './reply/CrisisBanner';
import { PackNotice } from './PackNotice';
import { ReadinessPill } from './reply/ReadinessPill';
import type { WhyTarget } from './reply/Findings';
import { useSpotlight } from './queue/use-spotlight';

type View = 'queue' | 'reply' | 'learn' | 'settings';

export function App() {
  const tabId = useActiveTabId();
  const tab = useWorkerState(() => (tabId === null ? Promise.resolve(null) : send('tab/get', { tabId })), [tabId], tabId, ['queue']);
  const draft = useWorkerState(() => (tabId === null ? Promise.resolve(null) : send('draft/get', { tabId })), [tabId], tabId, ['draft']);
  const pack = useWorkerState(() => send('pack/status', {}), [], null, ['pack']);
  const settings = useWorkerState(() => send('settings/get', {}), [], null, ['settings']);
  const [view, setView] = useState<View>('queue');
  const [why, setWhy] = useState<WhyTarget | null>(null);
  const [language, setLanguage] = useState(uiLanguage());

  const chosen = settings.value?.uiLanguage;
  useEffect(() => {
    if (chosen === undefined) return;
    void chooseLanguage(chosen).then(() => setLanguage(uiLanguage()));
  }, [chosen]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // Opening a reply box on the page is the cue to help with the reply.
  const composerKey = draft.value?.composer.key ?? tab.value?.composer?.key ?? null;
  useEffect(() => {
    if (composerKey) setView('reply');
  }, [composerKey]);

  // A click on a comment's mark on the page: show that comment in the queue.
  const spotlight = useSpotlight(tab.value?.spotlight ?? null);
  useEffect(() => {
    if (spotlight) setView('queue');
  }, [spotlight?.at]);

  const openLesson = (finding: WhyTarget) => {
    setWhy(finding);
    setView('learn');
  };

  const readiness = draft.value?.readiness;
  return (
    <main lang={language}>
      <header class="top">
        <h1>Parley</h1>
        {readiness && <ReadinessPill readiness={readiness} />}
      </header>
      {pack.value?.crisisMode && <CrisisBanner />}
      {pack.value && view !== 'settings' && <PackNotice status={pack.value} onDetails={() => setView('settings')} />}
      <Tabs<View>
        label={t('viewsLabel')}
        selected={view}
        onSelect={(v) => {
          if (v === 'learn') setWhy(null);
          setView(v);
        }}
        tabs={[
          { key: 'queue', label: t('viewQueue') },
          { key: 'reply', label: t('viewReply') },
          { key: 'learn', label: t('viewLearn') },
          { key: 'settings', label: t('viewSettings') },
        ]}
      />
      <section {...tabPanelProps(view)}>
        {view === 'queue' && <QueueView tab={tab.value} error={tab.error} spotlight={spotlight} />}
        {view === 'reply' && <ReplyView tab={tab.value} draft={draft.value} onWhy={openLesson} />}
        {view === 'learn' && <LearnView why={why} />}
        {view === 'settings' && <SettingsView tab={tab.value} pack={pack.value} packError={pack.error} settings={settings.value} />}
      </section>
    </main>
  );
}
