// The container lifecycle verbs beyond run, ps and rm, listed once for the docker command tree
// (index.ts). exec, attach, cp, diff, commit and top come from their own issue.

import type { VerbSpec } from '../spec.ts';
import { createSpec } from './create.ts';
import { containerInspectSpec, inspectSpec } from './inspect.ts';
import { killSpec } from './kill.ts';
import { logsSpec } from './logs.ts';
import { pauseSpec, unpauseSpec } from './pause.ts';
import { portSpec } from './port.ts';
import { containerPruneSpec } from './prune.ts';
import { renameSpec } from './rename.ts';
import { restartSpec } from './restart.ts';
import { startSpec } from './start.ts';
import { statsSpec } from './stats.ts';
import { stopSpec } from './stop.ts';
import { waitSpec } from './wait.ts';

export const CONTAINER_VERBS: VerbSpec[] = [
  createSpec,
  startSpec,
  stopSpec,
  restartSpec,
  killSpec,
  pauseSpec,
  unpauseSpec,
  logsSpec,
  containerInspectSpec,
  inspectSpec,
  portSpec,
  statsSpec,
  renameSpec,
  waitSpec,
  containerPruneSpec,
];
