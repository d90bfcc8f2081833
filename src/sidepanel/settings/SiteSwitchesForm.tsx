import { send } from '../../messages';
import type { Settings, SiteSwitches } from '../../message-views';
import { t } from '../../browser/i18n';

const SWITCHES = ['enabled', 'badge', 'highlights'] as const;
const ALL_ON: SiteSwitches = { enabled: true, badge: true, highlights: true };

/** What Parley does on this site (per platform; "generic" covers every other site). */
export function SiteSwitchesForm({ settings, site }: { settings: Settings; site: string }) {
  const current = settings.sites[site] ?? ALL_ON;
  const toggle = (key: keyof SiteSwitches) => send('settings/set', { sites: { ...settings.sites, [site]: { ...current, [key]: !current[key] } } });
  return (
    <fieldset class="switches" data-testid="site-switches">
      <legend class="sr-only">{t('siteSwitchesLabel')}</legend>
      {SWITCHES.map((key) => (
        <label key={key}>
          <input type="checkbox" checked={current[key]} onChange={() => void toggle(key)} />
          {t(`switch_${key}`)}
        </label>
      ))}
    </fieldset>
  );
}
