// Package managers as programs inside containers and RUN steps: pip (and pip3, pip3.12, …),
// apt-get, apk and npm. Each is found only where the image has it (PATH lookup decides), and
// passes time through the delay it is given.

import type { Delay } from '../state.ts';
import type { CommandSpec } from '../types.ts';
import { apkCommand } from './apk.ts';
import { aptGetCommand } from './apt.ts';
import { npmCommand } from './npm.ts';
import { pipCommand } from './pip.ts';

/** Names the container's shell runs with these commands; `pip3.12` and the like match too. */
export function isPackageManager(name: string): boolean {
  return ['pip', 'pip3', 'apt-get', 'apk', 'npm'].includes(name) || /^pip3\.\d+$/.test(name);
}

export function packageCommands(options: { uid: number; delay: Delay | undefined }): CommandSpec[] {
  const pipNames = ['pip', 'pip3', ...Array.from({ length: 8 }, (_, i) => `pip3.${i + 7}`)];
  return [
    ...pipNames.map((name) => pipCommand(name, options.uid, options.delay)),
    aptGetCommand(options.delay),
    apkCommand(options.delay),
    npmCommand(options.delay),
  ];
}
