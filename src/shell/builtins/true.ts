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
