/**
 * Tone profile of a draft (or of the comment being answered), the resolved voice target, and
 * guidance comparing the two. Pure TypeScript: no DOM, no extension API, no clock.
 *
 * This entry point registers the English, German and Swedish lexicons up front (≈ 25 KB gzip of
 * data). A bundle with a tight budget (the content script) should import `./lazy` instead and
 * `await loadToneLexicon(locale)` before profiling.
 */
import { registerToneLexicon } from './lexicon';
import { de } from './lexicons/de';
import { en } from './lexicons/en';
import { sv } from './lexicons/sv';

registerToneLexicon(en);
registerToneLexicon(de);
registerToneLexicon(sv);

export * from './api';
