// Tab completion. The word under the cursor is a command name in command position, a file
// name after a redirection or when it contains `/`, and otherwise whatever the command's own
// `complete(words)` hook offers (it receives the words after the command name, the last being
// the partial word, possibly empty), falling back to file names. Candidates are whole
// replacement words for the range [start, end).

import { compareNames, expandTilde, resolvePath } from './fs/path.ts';
import type { ShellState } from './state.ts';

export interface Completion {
  start: number;
  end: number;
  candidates: string[];
}

interface Scan {
  words: string[];
  current: string;
  start: number;
  quote: '' | "'" | '"';
  afterRedirect: boolean;
}

/** Splits the text before the cursor into the current command's words, quotes removed. */
function scan(before: string): Scan {
  const result: Scan = {
    words: [],
    current: '',
    start: before.length,
    quote: '',
    afterRedirect: false,
  };
  let started = false;
  let quote: '' | "'" | '"' = '';
  const finish = (): void => {
    if (started) result.words.push(result.current);
    result.current = '';
    result.quote = '';
    started = false;
  };
  for (let i = 0; i < before.length; i++) {
    const char = before[i]!;
    if (!started && !' \t|;&()<>'.includes(char)) {
      started = true;
      result.start = i;
      if (char === '"' || char === "'") result.quote = char;
    }
    if (quote) {
      if (char === quote) quote = '';
      else if (char === '\\' && quote === '"' && i + 1 < before.length)
        result.current += before[++i];
      else result.current += char;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '\\' && i + 1 < before.length) result.current += before[++i];
    else if (char === ' ' || char === '\t') {
      if (started) result.afterRedirect = false;
      finish();
    } else if ('|;&()'.includes(char)) {
      finish();
      result.words = [];
      result.afterRedirect = false;
    } else if ('<>'.includes(char)) {
      finish();
      result.afterRedirect = true;
    } else result.current += char;
  }
  if (!started) result.start = before.length;
  return result;
}

function escapeWord(word: string): string {
  return word.replace(/([ \t'"\\$`&|;<>()*?[\]!#{}])/g, '\\$1');
}

function completeFiles(state: ShellState, word: string, onlyDirectories: boolean): string[] {
  const slash = word.lastIndexOf('/');
  const directoryPart = word.slice(0, slash + 1);
  const namePart = word.slice(slash + 1);
  const home = state.variables.get('HOME') ?? '/home/learner';
  const directory = resolvePath(state.cwd, expandTilde(directoryPart || '.', home));
  if (state.fs.stat(directory)?.kind !== 'directory') return [];
  const candidates: string[] = [];
  for (const name of state.fs.readdir(directory)) {
    if (!name.startsWith(namePart)) continue;
    if (name.startsWith('.') && !namePart.startsWith('.')) continue;
    const isDirectory = state.fs.stat(resolvePath(directory, name))?.kind === 'directory';
    if (onlyDirectories && !isDirectory) continue;
    candidates.push(directoryPart + name + (isDirectory ? '/' : ''));
  }
  return candidates.sort(compareNames);
}

export function completeLine(state: ShellState, line: string, cursor: number): Completion {
  const before = line.slice(0, cursor);
  const { words, current, start, quote, afterRedirect } = scan(before);
  const commandWords = words.filter((word, index) => index > 0 || !/^[A-Za-z_]\w*=/.test(word));
  const finish = (candidates: string[]): Completion => ({
    start,
    end: cursor,
    candidates: candidates.map((candidate) => (quote ? quote + candidate : escapeWord(candidate))),
  });

  if (afterRedirect || current.includes('/') || current.startsWith('~')) {
    return finish(completeFiles(state, current, false));
  }
  if (commandWords.length === 0) {
    const names = [...state.commands.keys()].filter((name) => name.startsWith(current));
    return finish([...new Set(names)].sort(compareNames));
  }
  const spec = state.commands.get(commandWords[0]!);
  if (spec?.complete) {
    const offered = spec.complete([...commandWords.slice(1), current]);
    const matching = [...new Set(offered.filter((word) => word.startsWith(current)))];
    if (matching.length > 0) return finish(matching.sort(compareNames));
  }
  return finish(completeFiles(state, current, commandWords[0] === 'cd'));
}
