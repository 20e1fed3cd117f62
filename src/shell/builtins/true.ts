// `true` and `false`: do nothing, successfully or not.

import type { CommandSpec } from '../types.ts';

export const trueBuiltin = (): CommandSpec => ({
  name: 'true',
  summary: 'Do nothing, successfully',
  run: () => 0,
});

export const falseBuiltin = (): CommandSpec => ({
  name: 'false',
  summary: 'Do nothing, unsuccessfully',
  run: () => 1,
});

/** `:`, the null command: expands its arguments and succeeds. */
export const colonBuiltin = (): CommandSpec => ({
  name: ':',
  summary: 'Do nothing, successfully (expanding the arguments)',
  run: () => 0,
});
