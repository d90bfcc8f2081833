/** Variables Parley fills itself; packs declare any others in a template's `placeholders`. */
export const BUILTIN_VARIABLES = ['author.name', 'author.handle', 'agent.name', 'org.name', 'platform'] as const;

const PLACEHOLDER = /\{\{\s*([a-zA-Z][\w.]*)\s*\}\}/g;

export function placeholderKeys(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Fill placeholders; missing values stay visible as {{key}} so nothing is silently dropped. */
export function renderTemplate(body: string, values: Record<string, string | undefined>): string {
  return body.replace(PLACEHOLDER, (whole, key: string) => values[key] ?? whole);
}
