/**
 * The tone API with lexicons loaded on demand, one language per chunk, so a bundle only carries
 * the code (≈ 8 KB gzip) until a language is needed. Until `loadToneLexicon` resolves for a
 * language, `toneProfile` scores only structure and readability and sets `lexiconLoaded: false`.
 */
import { hasToneLexicon, registerToneLexicon, resolveToneLocale } from './lexicon';

export * from './api';

/** Load and register the lexicon for a locale (unknown locales load English). Resolves to the language loaded. */
export async function loadToneLexicon(locale: string): Promise<'en' | 'de' | 'sv'> {
  const lang = resolveToneLocale(locale).locale;
  if (hasToneLexicon(lang)) return lang;
  const mod =
    lang === 'de'
      ? (await import('./lexicons/de')).de
      : lang === 'sv'
        ? (await import('./lexicons/sv')).sv
        : (await import('./lexicons/en')).en;
  registerToneLexicon(mod);
  return lang;
}
