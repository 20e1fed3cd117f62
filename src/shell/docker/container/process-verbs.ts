// The verbs that work with a container's processes and filesystem, listed once for the docker
// command tree (index.ts).

import type { VerbSpec } from '../spec.ts';
import { attachSpec } from './attach.ts';
import { commitSpec } from './commit.ts';
import { cpSpec } from './cp.ts';
import { diffSpec } from './diff.ts';
import { execSpec } from './exec.ts';
import { topSpec } from './top.ts';

export const PROCESS_VERBS: VerbSpec[] = [
  attachSpec,
  commitSpec,
  cpSpec,
  diffSpec,
  execSpec,
  topSpec,
];
