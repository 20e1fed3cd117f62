// Running a script file by its path (`./deploy.sh`): the kernel reads the `#!` line and starts
// that interpreter. Berth runs scripts for sh and bash itself (a file without `#!` too, as
// bash does); any other interpreter is reported as bash reports a missing one.

import { messagePrefix } from './dialect.ts';
import type { ShellState } from './state.ts';
import type { CommandSpec, OutputSink } from './types.ts';

const SHELL_NAMES = new Set(['sh', 'bash', 'dash', 'ash']);

export interface Interpreter {
  /** The program the `#!` line names (after `env`). */
  path: string;
  /** `sh` or `bash` when Berth can run it, else null. */
  shell: string | null;
  /** Options after the name, such as `-e`. */
  flags: string[];
}

/** The interpreter of a `#!` line (`#!/bin/sh -e`, `#!/usr/bin/env bash`), if there is one. */
export function interpreterOf(text: string): Interpreter | null {
  if (!text.startsWith('#!')) return null;
  const end = text.indexOf('\n');
  const words = text
    .slice(2, end < 0 ? undefined : end)
    .trim()
    .split(/\s+/);
  const viaEnv = words[0]?.endsWith('/env') && words.length > 1;
  const [path = '', ...flags] = viaEnv ? words.slice(1) : words;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return { path, shell: SHELL_NAMES.has(name) ? name : null, flags };
}

/** The command that runs the script at `path`, or a status after bash's complaint. */
export function scriptCommand(
  state: ShellState,
  name: string,
  path: string,
  stderr: OutputSink,
): CommandSpec | number {
  const text = state.fs.readFile(path);
  const interpreter = interpreterOf(text);
  if (interpreter && interpreter.shell === null) {
    stderr.write(
      `${messagePrefix(state.dialect)}${name}: ${interpreter.path}: bad interpreter: ` +
        'No such file or directory\n',
    );
    return 126;
  }
  const shell = interpreter?.shell ?? 'bash';
  return {
    name,
    summary: 'A shell script',
    run(context) {
      if (!state.runChild) return 126;
      return state.runChild({
        text,
        dialect: { flavour: 'bash', name: shell, interactive: false, line: 1, script: name },
        arg0: name,
        options: {
          errexit: interpreter?.flags.includes('-e') ?? false,
          xtrace: interpreter?.flags.includes('-x') ?? false,
        },
        args: context.argv.slice(1),
        io: context.io,
        env: context.env,
        cwd: context.cwd,
        interrupt: context.interrupt,
        isTTY: context.isTTY,
        columns: context.columns,
      });
    },
  };
}
