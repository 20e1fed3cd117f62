// Every builtin, created against one shell's state. Registered commands (docker and the like)
// are added beside these by createShell.

import type { ShellState } from '../state.ts';
import type { CommandSpec } from '../types.ts';
import { catBuiltin } from './cat.ts';
import { cdBuiltin } from './cd.ts';
import { clearBuiltin } from './clear.ts';
import { cpBuiltin } from './cp.ts';
import { echoBuiltin } from './echo.ts';
import { exitBuiltin } from './exit.ts';
import { grepBuiltin } from './grep.ts';
import { headBuiltin, tailBuiltin } from './head.ts';
import { helpBuiltin } from './help.ts';
import { historyBuiltin } from './history.ts';
import { hostnameBuiltin, unameBuiltin, whoamiBuiltin } from './identity.ts';
import { lsBuiltin } from './ls.ts';
import { mkdirBuiltin } from './mkdir.ts';
import { mvBuiltin } from './mv.ts';
import { pwdBuiltin } from './pwd.ts';
import { rmBuiltin } from './rm.ts';
import { sleepBuiltin } from './sleep.ts';
import { touchBuiltin } from './touch.ts';
import { falseBuiltin, trueBuiltin } from './true.ts';
import { envBuiltin, exportBuiltin, unsetBuiltin } from './variables.ts';
import { wcBuiltin } from './wc.ts';
import { whichBuiltin } from './which.ts';
import { yesBuiltin } from './yes.ts';

const FACTORIES: ((state: ShellState) => CommandSpec)[] = [
  catBuiltin,
  cdBuiltin,
  clearBuiltin,
  cpBuiltin,
  echoBuiltin,
  envBuiltin,
  exitBuiltin,
  exportBuiltin,
  falseBuiltin,
  grepBuiltin,
  headBuiltin,
  helpBuiltin,
  historyBuiltin,
  hostnameBuiltin,
  lsBuiltin,
  mkdirBuiltin,
  mvBuiltin,
  pwdBuiltin,
  rmBuiltin,
  sleepBuiltin,
  tailBuiltin,
  touchBuiltin,
  trueBuiltin,
  unameBuiltin,
  unsetBuiltin,
  wcBuiltin,
  whichBuiltin,
  whoamiBuiltin,
  yesBuiltin,
];

export function createBuiltins(state: ShellState): CommandSpec[] {
  return FACTORIES.map((factory) => factory(state));
}
