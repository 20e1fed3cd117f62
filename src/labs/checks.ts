// The check vocabulary shared by lesson exercises and labs: declarative predicates over the
// simulated host (images, containers, files) and the learner's command history. Checks are
// plain data, written once in content/, and evaluated wherever the engine lives.

import type { Engine } from '../engine/engine.ts';
import type { ContainerRecord } from '../engine/containers.ts';
import type { FileSystem } from '../shell/types.ts';

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'exited';

/** Properties a container must all have; absent ones are not checked. */
export interface ContainerMatch {
  /** An image reference or id the container was created from. */
  image?: string;
  name?: string;
  status?: ContainerStatus;
  exitCode?: number;
  /** A published port, `HOST:CONTAINER` or `HOST:CONTAINER/udp`. */
  publishes?: string;
  /** An environment entry of the container, `KEY=value`. */
  env?: string;
  /** The restart policy's name: `no`, `always`, `unless-stopped`, `on-failure`. */
  restart?: string;
}

export type Check =
  | { image: string }
  | { noImage: string }
  /** No dangling (`<none>:<none>`) image is left on the host. */
  | { noDanglingImages: true }
  | { container: ContainerMatch }
  | { noContainer: ContainerMatch }
  | { file: { path: string; contains?: string } }
  | { noFile: string }
  /** A command line run successfully (exit code 0) matching this regular expression. */
  | { ran: string };

/** What checks look at. The sandbox session, the sim and the server's replay all have these. */
export interface CheckTarget {
  engine: Engine;
  fs: FileSystem;
  /** The command lines run, with their exit codes, oldest first. */
  commands: readonly { line: string; exitCode: number }[];
}

export interface CheckResult {
  check: Check;
  passed: boolean;
}

const WORKSPACE = '/workspace';

function resolvePath(path: string): string {
  return path.startsWith('/') ? path : `${WORKSPACE}/${path.replace(/^\.\//, '')}`;
}

function matchesPort(container: ContainerRecord, published: string): boolean {
  const [ports = '', protocol = 'tcp'] = published.split('/');
  const [host, inside] = ports.split(':');
  return container.portBindings.some(
    (binding) => binding.hostPort === host && binding.containerPort === `${inside}/${protocol}`,
  );
}

function matchesContainer(target: CheckTarget, container: ContainerRecord, match: ContainerMatch) {
  if (match.image !== undefined) {
    const image = target.engine.findImage(match.image);
    if (!image || image.id !== container.imageId) return false;
  }
  if (match.name !== undefined && container.name !== match.name) return false;
  if (match.status !== undefined && container.state.status !== match.status) return false;
  if (match.exitCode !== undefined) {
    if (container.state.status !== 'exited' || container.state.exitCode !== match.exitCode) {
      return false;
    }
  }
  if (match.env !== undefined && !container.env.includes(match.env)) return false;
  if (match.restart !== undefined && container.restartPolicy.name !== match.restart) return false;
  return match.publishes === undefined || matchesPort(container, match.publishes);
}

function anyContainer(target: CheckTarget, match: ContainerMatch): boolean {
  return target.engine
    .listContainers({ all: true })
    .some((container) => matchesContainer(target, container, match));
}

function readFile(fs: FileSystem, path: string): string | undefined {
  const full = resolvePath(path);
  return fs.stat(full)?.kind === 'file' ? fs.readFile(full) : undefined;
}

function ranSuccessfully(commands: CheckTarget['commands'], pattern: string): boolean {
  let expression: RegExp;
  try {
    expression = new RegExp(pattern);
  } catch {
    return false;
  }
  return commands.some((command) => command.exitCode === 0 && expression.test(command.line));
}

export function evaluateCheck(target: CheckTarget, check: Check): boolean {
  if ('image' in check) return target.engine.findImage(check.image) !== undefined;
  if ('noImage' in check) return target.engine.findImage(check.noImage) === undefined;
  if ('noDanglingImages' in check) {
    return target.engine.listImages().every((image) => image.repoTags.length > 0);
  }
  if ('container' in check) return anyContainer(target, check.container);
  if ('noContainer' in check) return !anyContainer(target, check.noContainer);
  if ('file' in check) {
    const content = readFile(target.fs, check.file.path);
    if (content === undefined) return false;
    return check.file.contains === undefined || content.includes(check.file.contains);
  }
  if ('noFile' in check) return target.fs.stat(resolvePath(check.noFile)) === null;
  return ranSuccessfully(target.commands, check.ran);
}

export function evaluateChecks(target: CheckTarget, checks: readonly Check[]): CheckResult[] {
  return checks.map((check) => ({ check, passed: evaluateCheck(target, check) }));
}
