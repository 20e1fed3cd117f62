// docker's table layout: Go's text/tabwriter as docker/cli configures it for tables
// (minwidth 10, padding 3, spaces), and for `docker version` (minwidth 20, padding 1).
// Every cell but the last in a row is padded to its column's width; the last is written as is.

export interface TabwriterOptions {
  minWidth: number;
  padding: number;
}

export const TABLE_LAYOUT: TabwriterOptions = { minWidth: 10, padding: 3 };
export const VERSION_LAYOUT: TabwriterOptions = { minWidth: 20, padding: 1 };

/** Display width in runes, as tabwriter counts it. */
function width(text: string): number {
  return [...text].length;
}

/**
 * Lays out rows of cells. Like tabwriter, a column block spans consecutive rows that have a cell
 * in that column; a row with fewer cells ends the blocks to its right.
 */
export function formatColumns(rows: string[][], layout: TabwriterOptions = TABLE_LAYOUT): string {
  const widths = rows.map((row) => row.map(() => 0));

  for (let column = 0; ; column++) {
    let any = false;
    let start = 0;
    while (start < rows.length) {
      if (rows[start]!.length - 1 <= column) {
        start++;
        continue;
      }
      any = true;
      let end = start;
      let blockWidth = layout.minWidth;
      while (end < rows.length && rows[end]!.length - 1 > column) {
        blockWidth = Math.max(blockWidth, width(rows[end]![column]!) + layout.padding);
        end++;
      }
      for (let row = start; row < end; row++) widths[row]![column] = blockWidth;
      start = end;
    }
    if (!any) break;
  }

  return rows
    .map((row, r) =>
      row
        .map((cell, c) =>
          c === row.length - 1 ? cell : cell + ' '.repeat(widths[r]![c]! - width(cell)),
        )
        .join(''),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** docker/cli's Ellipsis: cut to `max` runes, the last of them `…`. */
export function ellipsis(text: string, max: number): string {
  const runes = [...text];
  if (runes.length <= max) return text;
  return `${runes.slice(0, max - 1).join('')}…`;
}
