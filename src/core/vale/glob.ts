/**
 * A `.vale.ini` section glob as a regular expression (gobwas/glob without separators, as Vale
 * compiles them): `*` and `**` match any run of characters, `?` one, `[abc]`/`[!abc]` a class,
 * `{md,txt}` alternatives.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      while (glob[i + 1] === '*') i++;
      out += '.*';
    } else if (c === '?') out += '.';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) {
        out += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, end);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      out += `[${body.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (c === '{') {
      depth++;
      out += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
    } else if (c === ',' && depth > 0) out += '|';
    else if (c === '\\' && i + 1 < glob.length) out += escape(glob[++i]!);
    else out += escape(c);
  }
  return new RegExp(`^${out}${')'.repeat(depth)}$`);
}

function escape(c: string): string {
  return /[.+^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/** Whether a section glob matches a file: tried on the path as given, relative to the ini, and the bare name. */
export function globMatches(glob: string, paths: readonly string[]): boolean {
  const re = globToRegExp(glob);
  return paths.some((p) => re.test(p.replace(/\\/g, '/')));
}
