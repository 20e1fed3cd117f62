// The shape every docker verb shares, after docker/cli's cobra commands: a spec (usage, summary,
// flag table, argument counts, aliases) beside a run function that receives parsed options.

import type { Engine } from '../../engine/index.ts';
import type { Clock } from '../../engine/host.ts';
import type { Delay } from '../state.ts';
import type { FileSystem, InputSource, Interrupt, OutputSink } from '../types.ts';

export type FlagType = 'bool' | 'string' | 'int' | 'list';

/**
 * How much of a command or flag Berth does, for the generated "What Berth supports" page.
 * Absent means full. A note says what is missing, in both languages learners read.
 */
export interface Support {
  level: 'full' | 'partial' | 'unsupported';
  note?: { en: string; zh: string };
}
export type FlagValue = boolean | string | number | string[];

export interface FlagSpec {
  long: string;
  short?: string;
  type: FlagType;
  default?: FlagValue;
  help: string;
  /** The value's name in help, when it is not the type's (`--filter filter`). */
  valueName?: string;
  hidden?: boolean;
  /** Set when Berth accepts the flag's name but cannot do what it does yet. */
  unsupported?: boolean;
  /** Partial support, or why it is unsupported; see `Support`. */
  support?: Support;
}

export type FlagValues = Record<string, FlagValue>;

/** docker/cli's help for `-f, --format` on commands that print objects (inspect, version). */
export const OBJECT_FORMAT_HELP =
  "Format output using a custom template:\n'json':             Print in JSON format\n" +
  "'TEMPLATE':         Print output using the given Go template.\n" +
  'Refer to https://docs.docker.com/go/formatting/ for more information about formatting ' +
  'output with templates';

export interface ArgCount {
  min?: number;
  max?: number;
}

export interface VerbContext {
  engine: Engine;
  stdout: OutputSink;
  stderr: OutputSink;
  isTTY: boolean;
  columns: number;
  clock: Clock;
  interrupt: Interrupt;
  /** `docker run`: the path the verb was called by, for messages. */
  commandPath: string;
  /** `docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`. */
  useLine: string;
  /** The workspace, for `--env-file` and bind sources; paths through `resolvePath`. */
  fs: FileSystem;
  cwd: string;
  resolvePath(path: string): string;
  /** The shell's variables, for bare `-e KEY`. */
  env: Map<string, string>;
  /** For confirmation prompts (`container prune`). */
  stdin: InputSource;
  /** Waits on the host's timers (pull progress animates by it); absent in tests: no waiting. */
  delay?: Delay;
}

export interface VerbSpec {
  /** Management command it belongs to (`container`), or none for top-level-only verbs. */
  group?: 'container' | 'image' | 'system' | 'buildx';
  name: string;
  /** Other names inside the group (`list`, `ps` for `container ls`). */
  aliases?: string[];
  /** Top-level shortcuts (`docker ps`), each with its own usage name. */
  shortcuts?: string[];
  /** Usage after the name: `[OPTIONS] IMAGE [COMMAND] [ARG...]`. */
  usage: string;
  summary: string;
  args: ArgCount | 'none';
  flags: FlagSpec[];
  /** False when flags stop at the first argument (`docker run IMAGE --rm` passes `--rm` on). */
  interspersed?: boolean;
  /** Order in "Common Commands" of `docker --help`, when listed there. */
  commonOrder?: number;
  /** Absent means Berth does all of it; see `Support`. */
  support?: Support;
  run(context: VerbContext, flags: FlagValues, args: string[]): Promise<number> | number;
}

export interface ManagementSpec {
  name: 'container' | 'image' | 'system' | 'buildx';
  summary: string;
  /** A CLI plugin (buildx): `docker --help` marks it with `*`. */
  plugin?: boolean;
}
