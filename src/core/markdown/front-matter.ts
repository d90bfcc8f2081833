export interface FrontMatter {
  format: 'yaml' | 'toml';
  /** Offsets of the whole front matter, delimiters included. */
  start: number;
  end: number;
  /** The text between the delimiters. */
  body: string;
}

/** YAML (`---` … `---` or `...`) or TOML (`+++` … `+++`) front matter at the very start. */
export function findFrontMatter(source: string): FrontMatter | null {
  const start = source.startsWith('\uFEFF') ? 1 : 0;
  const open = /^(---|\+\+\+)[ \t]*(\r\n|\n|\r)/.exec(source.slice(start));
  if (!open) return null;
  const fence = open[1]!;
  const bodyStart = start + open[0].length;
  const close = fence === '---' ? /^(?:---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/;
  const lineRe = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  lineRe.lastIndex = bodyStart;
  for (let m = lineRe.exec(source); m && m.index < source.length; m = lineRe.exec(source)) {
    if (close.test(m[1]!)) {
      return {
        format: fence === '---' ? 'yaml' : 'toml',
        start,
        end: m.index + m[1]!.length,
        body: source.slice(bodyStart, m.index),
      };
    }
    if (!m[2]) break;
  }
  return null;
}
