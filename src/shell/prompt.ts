// Debian's default bash prompt (`\u@\h:\w\$ `), in colour as its .bashrc sets it for xterm.

import type { ShellState } from './state.ts';
import { isWithin } from './fs/path.ts';

/** `\w`: the working directory with the home directory shown as `~`. */
export function displayDirectory(cwd: string, home: string | undefined): string {
  if (!home || home === '/' || !isWithin(cwd, home)) return cwd;
  return '~' + cwd.slice(home.length);
}

function parts(state: ShellState) {
  return {
    user: state.variables.get('USER') ?? 'learner',
    host: (state.variables.get('HOSTNAME') ?? 'berth').split('.')[0],
    directory: displayDirectory(state.cwd, state.variables.get('HOME')),
  };
}

export function colourPrompt(state: ShellState): string {
  const { user, host, directory } = parts(state);
  return `\x1b[01;32m${user}@${host}\x1b[00m:\x1b[01;34m${directory}\x1b[00m$ `;
}

export function plainPrompt(state: ShellState): string {
  const { user, host, directory } = parts(state);
  return `${user}@${host}:${directory}$ `;
}
