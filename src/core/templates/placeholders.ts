/**
 * Placeholder syntax shared by rendering, ranking and pack checks.
 *
 *   {{author.name}}                 a variable
 *   {{ ticket | "your case" }}      a variable with an inline default (also 'single', “curly”,
 *                                   „German“, ”Swedish” or «guillemet» quotes, or bare text)
 *   {{ pris.detaljer | "" }}        an empty default makes a variable optional
 *
 * Keys start with a letter and continue with letters, digits, "_" or "." (the pack schema's
 * placeholder keys are a subset). Defaults cannot contain braces or line breaks. Anything that
 * does not parse is plain text and is left exactly as written.
 *
 * The scanner is hand-written and linear in the length of the body, so a pathological body
 * (a megabyte of "{{a |") cannot stall the panel the way a backtracking regular expression could.
 */

/** Variables Parley fills itself; packs declare any others in a template's `placeholders`. */
export const BUILTIN_VARIABLES = [
  'author.name',
  'author.handle',
  'agent.name',
  'agent.initials',
  'org.name',
  'platform',
] as const;
export type BuiltinVariable = (typeof BUILTIN_VARIABLES)[number];

const BUILTIN_SET: ReadonlySet<string> = new Set(BUILTIN_VARIABLES);
export function isBuiltinVariable(key: string): key is BuiltinVariable {
  return BUILTIN_SET.has(key);
}

/** One `{{…}}` occurrence in a body. Offsets are UTF-16 indices into the body. */
export interface PlaceholderToken {
  key: string;
  /** The inline default, when one is written (may be ""). */
  fallback?: string;
  start: number;
  end: number;
}

/** Closing quote for each opening quote accepted around a default. */
const QUOTES: Record<string, string> = {
  '"': '"',
  "'": "'",
  '\u201C': '\u201D', // “…”
  '\u201E': '\u201C', // „…“
  '\u201D': '\u201D', // ”…” (Swedish)
  '\u00AB': '\u00BB', // «…»
  '\u00BB': '\u00AB', // »…« (German)
  '\u2018': '\u2019', // ‘…’
};

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}
function isKeyStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isKeyPart(c: number): boolean {
  return isKeyStart(c) || (c >= 48 && c <= 57) || c === 95 || c === 46;
}

/** Try to read a placeholder starting at `p` (which holds "{{"); null when it is not one. */
function readPlaceholder(body: string, p: number): PlaceholderToken | null {
  const n = body.length;
  let j = p + 2;
  while (j < n && isSpace(body.charCodeAt(j))) j++;
  if (j >= n || !isKeyStart(body.charCodeAt(j))) return null;
  const keyStart = j;
  while (j < n && isKeyPart(body.charCodeAt(j))) j++;
  let keyEnd = j;
  // A trailing dot is punctuation, not part of the key ("{{org.}}" is not a variable).
  while (keyEnd > keyStart && body.charCodeAt(keyEnd - 1) === 46) keyEnd--;
  if (keyEnd !== j) return null;
  const key = body.slice(keyStart, keyEnd);
  while (j < n && isSpace(body.charCodeAt(j))) j++;
  let fallback: string | undefined;
  if (body.charCodeAt(j) === 124 /* | */) {
    j++;
    while (j < n && isSpace(body.charCodeAt(j))) j++;
    const open = body[j];
    const close = open !== undefined ? QUOTES[open] : undefined;
    if (close !== undefined) {
      const from = ++j;
      while (j < n && body[j] !== close) {
        const c = body.charCodeAt(j);
        if (c === 123 || c === 125 || c === 10 || c === 13) return null;
        j++;
      }
      if (j >= n) return null;
      fallback = body.slice(from, j);
      j++;
      while (j < n && isSpace(body.charCodeAt(j))) j++;
    } else {
      const from = j;
      while (j < n) {
        const c = body.charCodeAt(j);
        if (c === 125 /* } */) break;
        if (c === 123 || c === 10 || c === 13) return null;
        j++;
      }
      fallback = body.slice(from, j).trim();
    }
  }
  if (body.charCodeAt(j) !== 125 || body.charCodeAt(j + 1) !== 125) return null;
  return fallback === undefined ? { key, start: p, end: j + 2 } : { key, fallback, start: p, end: j + 2 };
}

/** Every placeholder in `body`, in order. */
export function parsePlaceholders(body: string): PlaceholderToken[] {
  const out: PlaceholderToken[] = [];
  let p = body.indexOf('{{');
  while (p !== -1) {
    const token = readPlaceholder(body, p);
    if (token) {
      out.push(token);
      p = body.indexOf('{{', token.end);
    } else {
      p = body.indexOf('{{', p + 1);
    }
  }
  return out;
}

/** The distinct variable keys a body uses, in order of first use (defaults are not part of the key). */
export function placeholderKeys(body: string): string[] {
  return [...new Set(parsePlaceholders(body).map((t) => t.key))];
}

/** The body with every placeholder replaced by `replace(token)`; other text is copied as is. */
export function replacePlaceholders(body: string, replace: (token: PlaceholderToken) => string): string {
  let out = '';
  let last = 0;
  for (const t of parsePlaceholders(body)) {
    out += body.slice(last, t.start) + replace(t);
    last = t.end;
  }
  return out + body.slice(last);
}
