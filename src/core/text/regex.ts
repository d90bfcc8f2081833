/**
 * Vale patterns follow Go/.NET regex syntax. JavaScript differs in a few places; this turns a
 * pattern into a JavaScript one with Unicode-aware word boundaries (so "\bmöchte\b" works in
 * German and Swedish), or says which feature cannot be translated.
 */
export interface JsRegex {
  source: string;
  ignoreCase: boolean;
}

const WORD = '[\\p{L}\\p{N}_]';
export const WORD_START = `(?<!${WORD})`;
export const WORD_END = `(?!${WORD})`;

export function toJsRegex(pattern: string): JsRegex | { error: string } {
  let source = pattern;
  let ignoreCase = false;
  const flags = /^\(\?([imsU]+)\)/.exec(source);
  if (flags) {
    ignoreCase = flags[1]!.includes('i');
    source = source.slice(flags[0].length);
  }
  if (/\(\?[imsU-]+[:)]/.test(source)) return { error: `inline flag groups like "(?i:…)" inside "${pattern}" are not supported; put "(?i)" at the start or use ignorecase` };
  if (/\\[AzZ]/.test(source)) source = source.replace(/\\A/g, '^').replace(/\\[zZ]/g, '$');
  if (/\(\?P</.test(source)) source = source.replace(/\(\?P</g, '(?<');
  if (/\[\[:(\w+):\]\]/.test(source)) {
    source = source.replace(/\[\[:(\w+):\]\]/g, (m, cls: string) => POSIX[cls] ?? m);
  }
  if (/\\[pP]\{[A-Z][a-z]?\}/.test(source) === false && /\\p[A-Z]/.test(source)) {
    source = source.replace(/\\p([A-Z])/g, '\\p{$1}');
  }
  source = replaceWordBoundaries(source);
  try {
    new RegExp(source, 'gu' + (ignoreCase ? 'i' : ''));
  } catch (err) {
    // Go allows escapes such as "\'" that the "u" flag rejects: retry after removing them.
    const relaxed = source.replace(/\\([^\\\w\s\[\](){}.*+?^$|\/-])/g, '$1');
    try {
      new RegExp(relaxed, 'gu' + (ignoreCase ? 'i' : ''));
      source = relaxed;
    } catch {
      return { error: `"${pattern}" is not a valid regular expression: ${(err as Error).message}` };
    }
  }
  return { source, ignoreCase };
}

const POSIX: Record<string, string> = {
  alpha: '\\p{L}',
  digit: '\\d',
  alnum: '[\\p{L}\\p{N}]',
  upper: '\\p{Lu}',
  lower: '\\p{Ll}',
  space: '\\s',
  punct: '\\p{P}',
};

/** `\b` outside character classes becomes a Unicode-aware boundary; `\B` likewise. */
function replaceWordBoundaries(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1];
      if (!inClass && next === 'b') {
        out += `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
      } else if (!inClass && next === 'B') {
        out += `(?:(?<=${WORD})(?=${WORD})|(?<!${WORD})(?!${WORD}))`;
      } else {
        out += c + (next ?? '');
      }
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}
