import { toJsRegex } from '../text/regex';

export interface TokenOptions {
  ignorecase?: boolean;
  nonword?: boolean;
}

/** Vale's construction: tokens joined into one group wrapped in word boundaries. */
export function tokenRegex(tokens: readonly string[], opts: TokenOptions, raw: readonly string[] = [], append = false): RegExp {
  let ignoreCase = !!opts.ignorecase;
  const parts = tokens.map((t) => {
    const js = mustTranslate(t);
    ignoreCase ||= js.ignoreCase;
    return js.source;
  });
  const rawSource = raw.map((r) => mustTranslate(r).source).join('');
  let source = parts.length ? `(?:${parts.join('|')})` : '';
  if (parts.length && !opts.nonword) source = `\\b${source}\\b`;
  source = append ? source + rawSource : rawSource + source;
  return compile(source, ignoreCase);
}

export function singleRegex(pattern: string, ignorecase = false): RegExp {
  const js = mustTranslate(pattern);
  return new RegExp(js.source, 'gu' + (ignorecase || js.ignoreCase ? 'i' : ''));
}

function compile(source: string, ignoreCase: boolean): RegExp {
  const js = mustTranslate(source);
  return new RegExp(js.source, 'gu' + (ignoreCase ? 'i' : ''));
}

function mustTranslate(pattern: string) {
  const js = toJsRegex(pattern);
  if ('error' in js) throw new Error(js.error);
  return js;
}

/** All matches, skipping empty ones so a pattern like "a*" cannot loop forever. */
export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    yield m;
  }
}

export function isException(match: string, exceptions: readonly string[] | undefined, ignoreCase: boolean): boolean {
  if (!exceptions?.length) return false;
  return exceptions.some((e) => {
    if (ignoreCase ? e.toLowerCase() === match.toLowerCase() : e === match) return true;
    const js = toJsRegex(`^(?:${e})$`);
    return !('error' in js) && new RegExp(js.source, 'u' + (ignoreCase ? 'i' : '')).test(match);
  });
}

/** Vale's printf-style `%s` substitution; slots without an argument stay as they are. */
export function formatMessage(message: string, ...args: string[]): string {
  let i = 0;
  return message.replace(/%s/g, (slot) => (i < args.length ? args[i++]! : slot));
}
