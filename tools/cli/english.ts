import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sayFrom, sayPhrase, type LocaleMessages, type Phrase } from '../../src/core/phrase';

const messages = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as LocaleMessages;

/** A phrase the extension shows in the user's language, in English for the terminal. */
export const inEnglish = (p: Phrase): string => sayPhrase(p, sayFrom(messages));
