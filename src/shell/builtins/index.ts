// Every builtin, created against one shell's state. Registered commands (docker and the like)
// are added beside these by createShell.

import type { ShellState } from '../state.ts';
import type { CommandSpec } from '../types.ts';
import { catBuiltin } from './cat.ts';
import { cdBuiltin } from './cd.ts';
import { chmodBuiltin } from './chmod.ts';
import { clearBuiltin } from './clear.ts';
import { commandBuiltin, execBuiltin } from './command.ts';
import { cpBuiltin } from './cp.ts';
import { cutBuiltin } from './cut.ts';
import { dateBuiltin } from './date.ts';
import { echoBuiltin } from './echo.ts';
import { exitBuiltin } from './exit.ts';
import * as flow from './flow.ts';
import { grepBuiltin } from './grep.ts';
import { headBuiltin, tailBuiltin } from './head.ts';
import { helpBuiltin } from './help.ts';
import { historyBuiltin } from './history.ts';
import { hostnameBuiltin, unameBuiltin, whoamiBuiltin } from './identity.ts';
import { lsBuiltin } from './ls.ts';
import { mkdirBuiltin } from './mkdir.ts';
import { mvBuiltin } from './mv.ts';
import { basenameBuiltin, dirnameBuiltin } from './paths.ts';
import { printfBuiltin } from './printf.ts';
import { pwdBuiltin } from './pwd.ts';
import { readBuiltin } from './read.ts';
import { rmBuiltin } from './rm.ts';
import { sedBuiltin } from './sed.ts';
import { seqBuiltin } from './seq.ts';
import { setBuiltin } from './set.ts';
import { bashBuiltin, shBuiltin } from './sh.ts';
import { sleepBuiltin } from './sleep.ts';
import { sortBuiltin } from './sort.ts';
import { teeBuiltin } from './tee.ts';
import { bracketBuiltin, doubleBracketBuiltin, testBuiltin } from './test.ts';
import { touchBuiltin } from './touch.ts';
import { trBuiltin } from './tr.ts';
import { colonBuiltin, falseBuiltin, trueBuiltin } from './true.ts';
import { uniqBuiltin } from './uniq.ts';
import { envBuiltin, exportBuiltin, unsetBuiltin } from './variables.ts';
import { wcBuiltin } from './wc.ts';
import { whichBuiltin } from './which.ts';
import { xargsBuiltin } from './xargs.ts';
import { yesBuiltin } from './yes.ts';

const FACTORIES: ((state: ShellState) => CommandSpec)[] = [
  bashBuiltin,
  basenameBuiltin,
  bracketBuiltin,
  catBuiltin,
  cdBuiltin,
  chmodBuiltin,
  clearBuiltin,
  colonBuiltin,
  commandBuiltin,
  cpBuiltin,
  cutBuiltin,
  dateBuiltin,
  dirnameBuiltin,
  doubleBracketBuiltin,
  echoBuiltin,
  envBuiltin,
  execBuiltin,
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
  printfBuiltin,
  pwdBuiltin,
  readBuiltin,
  rmBuiltin,
  sedBuiltin,
  seqBuiltin,
  setBuiltin,
  shBuiltin,
  sleepBuiltin,
  sortBuiltin,
  tailBuiltin,
  teeBuiltin,
  testBuiltin,
  touchBuiltin,
  trBuiltin,
  trueBuiltin,
  unameBuiltin,
  uniqBuiltin,
  unsetBuiltin,
  wcBuiltin,
  whichBuiltin,
  whoamiBuiltin,
  xargsBuiltin,
  yesBuiltin,
  flow.breakBuiltin,
  flow.continueBuiltin,
  flow.dotBuiltin,
  flow.evalBuiltin,
  flow.localBuiltin,
  flow.returnBuiltin,
  flow.shiftBuiltin,
  flow.sourceCommandBuiltin,
];

export function createBuiltins(state: ShellState): CommandSpec[] {
  return FACTORIES.map((factory) => factory(state));
}
