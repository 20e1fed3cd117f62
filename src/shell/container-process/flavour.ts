// Which shell a container runs and how it talks: busybox ash (alpine, busybox), dash (Debian's
// and Ubuntu's /bin/sh) or bash. They differ in their prompt, their "not found" words and what
// they print when input ends.

import { notFoundMessage } from '../dialect.ts';
import type { FileSystem } from '../types.ts';

export type Flavour = 'ash' | 'dash' | 'bash';

/** A shell by the name it was started with, told apart by what the image holds. */
export function flavourOf(fs: FileSystem, argv0: string): Flavour {
  const name = argv0.slice(argv0.lastIndexOf('/') + 1);
  if (name === 'bash') return 'bash';
  if (name === 'ash') return 'ash';
  if (name === 'dash') return 'dash';
  if (fs.stat('/bin/busybox')) return 'ash';
  if (fs.stat('/bin/dash') || fs.stat('/usr/bin/dash')) return 'dash';
  return fs.stat('/bin/bash') ? 'bash' : 'ash';
}

export interface ShellVoice {
  flavour: Flavour;
  /** How the shell names itself in messages: `sh`, `ash`, `bash`. */
  name: string;
  interactive: boolean;
  /** Lines read so far; dash puts it in every message. */
  line: number;
  /** The script file it runs (`sh deploy.sh`), which then names its messages. */
  script?: string | undefined;
}

/**
 * A command that is not in PATH. busybox: `sh: foo: not found`; dash: `sh: 1: foo: not found`;
 * bash: `bash: foo: command not found`, `bash: line 1: …` outside an interactive shell, and
 * `No such file or directory` for a path. In a script the script names the message.
 */
export function notFound(voice: ShellVoice, command: string): string {
  return notFoundMessage(voice, command);
}

export interface PromptParts {
  user: string;
  uid: number;
  hostname: string;
  cwd: string;
  home: string;
}

function shortDirectory(cwd: string, home: string): string {
  if (home === '/' || home === '') return cwd;
  if (cwd === home) return '~';
  return cwd.startsWith(home + '/') ? '~' + cwd.slice(home.length) : cwd;
}

/**
 * The default prompts: Debian's bashrc `\u@\h:\w\$ ` (no colour with TERM=xterm), busybox's
 * `\w \$ `, dash's bare `# ` / `$ `.
 */
export function promptOf(flavour: Flavour, parts: PromptParts): string {
  const sign = parts.uid === 0 ? '#' : '$';
  const directory = shortDirectory(parts.cwd, parts.home);
  if (flavour === 'bash') return `${parts.user}@${parts.hostname}:${directory}${sign} `;
  if (flavour === 'ash') return `${directory} ${sign} `;
  return `${sign} `;
}

/**
 * What an interactive shell prints when input ends (Ctrl-D): bash says `exit`; ash and dash
 * only end the line.
 */
export function endOfInputText(flavour: Flavour): string {
  return flavour === 'bash' ? 'exit\n' : '\n';
}

/** busybox ash saves each line as it is read; bash writes its history when it exits. */
export function historyFile(flavour: Flavour): string | null {
  if (flavour === 'ash') return '.ash_history';
  return flavour === 'bash' ? '.bash_history' : null;
}
