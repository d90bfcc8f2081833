import { Settings, type SiteSwitches } from '../message-views';
import { readStoredSettings, writeStoredSettings } from '../browser/settings-store';

export const DEFAULT_SETTINGS: Settings = {
  agent: { name: '', initials: '', signOff: '', language: '' },
  uiLanguage: '',
  sites: {},
  templateUsage: {},
};

const ALL_ON: SiteSwitches = { enabled: true, badge: true, highlights: true };

/** The stored settings; anything unreadable (older shape, hand-edited) falls back to the defaults field by field. */
export async function loadSettings(): Promise<Settings> {
  const raw = await readStoredSettings();
  const parsed = Settings.partial().safeParse(raw ?? {});
  if (!parsed.success) return DEFAULT_SETTINGS;
  return { ...DEFAULT_SETTINGS, ...parsed.data };
}

/** Merge a change into the stored settings (one storage write) and return the result. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next: Settings = { ...(await loadSettings()), ...change };
  await writeStoredSettings(next);
  return next;
}

/** One template pick more, for ranking what this communicator uses most. */
export async function recordTemplateUse(templateId: string): Promise<void> {
  const current = await loadSettings();
  const count = current.templateUsage[templateId] ?? 0;
  await updateSettings({ templateUsage: { ...current.templateUsage, [templateId]: count + 1 } });
}

/** Switches for a platform key ("x", "generic"…); a site nobody switched is all on. */
export function switchesFor(settings: Settings, site: string): SiteSwitches {
  return settings.sites[site] ?? ALL_ON;
}
