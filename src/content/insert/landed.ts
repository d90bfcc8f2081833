/**
 * Did an insertion land as intended? Compared on what a reader sees: runs of spaces count as one
 * space and runs of line breaks as one break, because editors differ in how they write blank
 * lines and trailing spaces, but losing a paragraph break or inserting twice is a failure.
 */
export function normalise(text: string): string {
  return text.replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n[\n ]*/g, '\n').trim();
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

export function landed(before: string, after: string, text: string, mode: 'caret' | 'replace' | 'range'): boolean {
  const wanted = normalise(text);
  if (mode === 'replace') return normalise(after) === wanted;
  if (!wanted) return true;
  return occurrences(normalise(after), wanted) === occurrences(normalise(before), wanted) + 1;
}
