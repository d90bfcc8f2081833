/**
 * Words for people as a UI string key (`_locales/<lang>/messages.json`) and its substitutions.
 * The worker describes what happened this way; the panel and options page say it in the
 * language the user chose.
 */
export interface Phrase {
  key: string;
  /** A substitution may be a phrase itself ("was refused: <why>"). */
  subs: Array<string | Phrase>;
}

export const phrase = (key: string, ...subs: Array<string | Phrase>): Phrase => ({ key, subs });

/** Turns a key and its substitutions into text in one language. */
export type Say = (key: string, ...subs: string[]) => string;

export function sayPhrase(p: Phrase, say: Say): string {
  return say(p.key, ...p.subs.map((s) => (typeof s === 'string' ? s : sayPhrase(s, say))));
}

export interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type LocaleMessages = Record<string, LocaleEntry>;

/** chrome.i18n's substitution: `$NAME$` → the named placeholder, whose `$1`…`$9` are the arguments; `$$` → `$`. */
export function formatMessage(entry: LocaleEntry, subs: readonly string[]): string {
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name: string | undefined) => {
    if (name === undefined) return '$';
    const content = named.get(name.toLowerCase());
    return content === undefined ? whole : positional(content);
  });
}

/** A `Say` over one locale's messages (tools and tests; the extension goes through chrome.i18n). */
export function sayFrom(messages: LocaleMessages): Say {
  return (key, ...subs) => {
    const entry = messages[key];
    return entry ? formatMessage(entry, subs) : key;
  };
}
