import { send } from '../../messages';
import { Settings } from '../../message-views';
import { t } from '../../browser/i18n';

const CHOICES = Settings.shape.uiLanguage.options;

/** The panel's language; "" follows the browser. */
export function LanguageSelect({ settings }: { settings: Settings }) {
  return (
    <label class="form">
      {t('uiLanguage')}
      <select
        value={settings.uiLanguage}
        onChange={(e) => void send('settings/set', { uiLanguage: e.currentTarget.value as Settings['uiLanguage'] })}
        data-testid="ui-language"
      >
        {CHOICES.map((l) => (
          <option key={l} value={l}>
            {l ? t(`language_${l}`) : t('languageBrowser')}
          </option>
        ))}
      </select>
    </label>
  );
}
