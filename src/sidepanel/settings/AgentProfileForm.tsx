import { useState } from 'preact/hooks';
import { send } from '../../messages';
import type { Settings } from '../../message-views';
import { t } from '../../browser/i18n';

const REPLY_LANGUAGES = ['', 'en', 'de', 'sv'] as const;

/** Who is replying: the name and initials templates sign with, and the language replies default to. */
export function AgentProfileForm({ settings }: { settings: Settings }) {
  const [agent, setAgent] = useState(settings.agent);
  const [saved, setSaved] = useState(false);
  const edit = (key: keyof Settings['agent']) => (e: Event) => {
    setSaved(false);
    setAgent({ ...agent, [key]: (e.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  };
  const field = (key: keyof Settings['agent']) => ({ value: agent[key], onInput: edit(key) });
  const save = (e: Event) => {
    e.preventDefault();
    void send('settings/set', { agent }).then(() => setSaved(true));
  };
  return (
    <form class="form" onSubmit={save} data-testid="profile-form">
      <label>
        {t('agentName')}
        <input {...field('name')} maxLength={200} autoComplete="name" />
      </label>
      <label>
        {t('agentInitials')}
        <input {...field('initials')} maxLength={10} />
      </label>
      <label>
        {t('agentSignOff')}
        <input {...field('signOff')} maxLength={500} />
      </label>
      <label>
        {t('agentLanguage')}
        <select value={agent.language} onChange={edit('language')}>
          {REPLY_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(l ? `language_${l}` : 'languageFollowComment')}
            </option>
          ))}
        </select>
      </label>
      <div>
        <button type="submit" class="primary">
          {t('save')}
        </button>
        {saved && <span role="status" class="muted"> {t('saved')}</span>}
      </div>
    </form>
  );
}
