/** GFM table rows: where the cell-separating pipes are. */

export const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** Offsets (within `row`) of the pipes that separate cells: not escaped, not inside code. */
export function pipePositions(row: string): number[] {
  const out: number[] = [];
  let code = 0;
  for (let i = 0; i < row.length; i++) {
    const ch = row[i];
    if (ch === '\\') i++;
    else if (ch === '`') {
      let n = 1;
      while (row[i + n] === '`') n++;
      code = code === 0 ? n : code === n ? 0 : code;
      i += n - 1;
    } else if (ch === '|' && code === 0) out.push(i);
  }
  return out;
}

/** Cell ranges of a table row (offset by `at`), without the optional outer pipes. */
export function splitCells(row: string, at: number): Array<[number, number]> {
  const pipes = pipePositions(row);
  const bounds = [-1, ...pipes, row.length];
  const cells: Array<[number, number]> = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const s = bounds[i]! + 1;
    const e = bounds[i + 1]!;
    const isOuter = (i === 0 && !row.slice(0, e).trim()) || (i === bounds.length - 2 && !row.slice(s).trim());
    if (isOuter && (i === 0 ? pipes[0] !== undefined : pipes.length > 0)) continue;
    cells.push([at + s, at + e]);
  }
  return cells;
}
