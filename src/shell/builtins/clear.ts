// `clear`: the escape sequence ncurses' clear sends to an xterm (home, erase screen, erase
// scrollback).

import type { CommandSpec } from '../types.ts';

export const CLEAR_SEQUENCE = '\x1b[H\x1b[2J\x1b[3J';

export const clearBuiltin = (): CommandSpec => ({
  name: 'clear',
  summary: 'Clear the terminal screen',
  run(context) {
    context.io.stdout.write(CLEAR_SEQUENCE);
    return 0;
  },
});
