// How GNU ls lays out names: `-l` rows (mode, links, owner, group, size, date, name) with a
// `total` in 1K blocks, and the column grid it uses on a terminal, filled top to bottom.

import { isWithin } from '../fs/path.ts';
import type { FileStat } from '../types.ts';

export interface Entry {
  /** The name to print. */
  name: string;
  /** Absolute path, for ownership. */
  path: string;
  stat: FileStat;
  /** Subdirectory count, for a directory's link count. */
  subdirectories: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** GNU ls shows the year instead of the time for files more than six months old. */
const SIX_MONTHS_MS = (365.2425 * 24 * 60 * 60 * 1000) / 2;
const LEARNER_TREES = ['/home/learner', '/workspace', '/tmp'];

function modeString(stat: FileStat): string {
  const bits = 'rwxrwxrwx';
  let text = stat.kind === 'directory' ? 'd' : '-';
  for (let i = 0; i < 9; i++) text += stat.mode & (1 << (8 - i)) ? bits[i] : '-';
  return text;
}

/** Disk usage in 1K blocks on a 4K-block filesystem, as `total` and `du` count it. */
export function blocksOf(stat: FileStat): number {
  if (stat.kind === 'directory') return 4;
  return Math.ceil(stat.size / 4096) * 4;
}

/** `-h` sizes: 1023, 1.0K, 4.0K, 12K, 1.5M; always rounded up, as coreutils does. */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  let value = bytes;
  let unit = 0;
  const units = ['K', 'M', 'G', 'T'];
  do {
    value /= 1024;
    unit++;
  } while (value >= 1024 && unit < units.length);
  const text = value < 10 ? (Math.ceil(value * 10) / 10).toFixed(1) : String(Math.ceil(value));
  return text + units[unit - 1];
}

function formatDate(mtimeMs: number, nowMs: number): string {
  const date = new Date(mtimeMs);
  const head = `${MONTHS[date.getUTCMonth()]} ${String(date.getUTCDate()).padStart(2)}`;
  const recent = mtimeMs <= nowMs && nowMs - mtimeMs < SIX_MONTHS_MS;
  if (!recent) return `${head}  ${date.getUTCFullYear()}`;
  const hours = String(date.getUTCHours()).padStart(2, '0');
  const minutes = String(date.getUTCMinutes()).padStart(2, '0');
  return `${head} ${hours}:${minutes}`;
}

function ownerOf(path: string): string {
  return LEARNER_TREES.some((tree) => isWithin(path, tree)) ? 'learner' : 'root';
}

export function formatLong(entries: Entry[], nowMs: number, human: boolean): string {
  const rows = entries.map((entry) => ({
    mode: modeString(entry.stat),
    links: String(entry.stat.kind === 'directory' ? 2 + entry.subdirectories : 1),
    owner: ownerOf(entry.path),
    size: human ? humanSize(entry.stat.size) : String(entry.stat.size),
    date: formatDate(entry.stat.mtimeMs, nowMs),
    name: entry.name,
  }));
  const width = (key: 'links' | 'owner' | 'size') =>
    Math.max(0, ...rows.map((row) => row[key].length));
  const [links, owner, size] = [width('links'), width('owner'), width('size')];
  return rows
    .map(
      (row) =>
        `${row.mode} ${row.links.padStart(links)} ${row.owner.padEnd(owner)} ` +
        `${row.owner.padEnd(owner)} ${row.size.padStart(size)} ${row.date} ${row.name}\n`,
    )
    .join('');
}

export function formatTotal(entries: Entry[], human: boolean): string {
  const blocks = entries.reduce((sum, entry) => sum + blocksOf(entry.stat), 0);
  return `total ${human ? humanSize(blocks * 1024) : blocks}\n`;
}

/**
 * GNU ls's `-C` layout: the most columns whose total width stays under the terminal width,
 * names filled down each column, two spaces between columns.
 */
export function formatColumns(names: string[], lineWidth: number): string {
  if (names.length === 0) return '';
  const lengths = names.map((name) => [...name].length);
  let best = { columns: 1, rows: names.length, widths: [Math.max(...lengths)] };
  const maxColumns = Math.min(names.length, Math.max(1, Math.floor(lineWidth / 3)));
  for (let columns = 2; columns <= maxColumns; columns++) {
    const rows = Math.ceil(names.length / columns);
    const widths = new Array<number>(columns).fill(0);
    lengths.forEach((length, index) => {
      const column = Math.floor(index / rows);
      const real = length + (column === columns - 1 ? 0 : 2);
      widths[column] = Math.max(widths[column]!, real);
    });
    if (widths.reduce((sum, value) => sum + value, 0) < lineWidth) best = { columns, rows, widths };
  }
  let out = '';
  for (let row = 0; row < best.rows; row++) {
    let line = '';
    for (let column = 0; column < best.columns; column++) {
      const index = column * best.rows + row;
      if (index >= names.length) break;
      const last = index + best.rows >= names.length;
      line += last ? names[index] : names[index]!.padEnd(best.widths[column]!);
    }
    out += line + '\n';
  }
  return out;
}
