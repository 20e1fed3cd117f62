// Typed engine errors: one class per kind, each with a stable `code` and structured `data`, so
// they survive the worker boundary as plain objects. The message is the daemon's own wording;
// the CLI adds "Error response from daemon: " where Docker does.

export type EngineErrorCode =
  | 'INVALID_REFERENCE'
  | 'REPOSITORY_NOT_FOUND'
  | 'MANIFEST_NOT_FOUND'
  | 'IMAGE_NOT_FOUND'
  | 'CONTAINER_NOT_FOUND'
  | 'CONTAINER_RUNNING'
  | 'IMAGE_IN_USE'
  | 'NAME_IN_USE'
  | 'NO_COMMAND'
  | 'CONTAINER_NOT_RUNNING'
  | 'CONTAINER_PAUSED'
  | 'CONTAINER_NOT_PAUSED'
  | 'PORT_ALLOCATED'
  | 'START_FAILED'
  | 'INVALID_PARAMETER'
  | 'CANNOT_KILL';

export interface EngineErrorJSON {
  code: EngineErrorCode;
  message: string;
  /** True when real Docker reports this from the daemon ("Error response from daemon: ..."). */
  fromDaemon: boolean;
  data: Record<string, unknown>;
}

export abstract class EngineError extends Error {
  abstract readonly code: EngineErrorCode;
  readonly fromDaemon: boolean = true;
  readonly data: Record<string, unknown>;

  constructor(message: string, data: Record<string, unknown>) {
    super(message);
    this.data = data;
  }

  toJSON(): EngineErrorJSON {
    return { code: this.code, message: this.message, fromDaemon: this.fromDaemon, data: this.data };
  }
}

export function isEngineError(value: unknown): value is EngineError {
  return value instanceof EngineError;
}

/** Raised by the client-side reference parser, so Docker prints it without the daemon prefix. */
export class InvalidReferenceError extends EngineError {
  readonly code = 'INVALID_REFERENCE';
  override readonly fromDaemon = false;
  constructor(reference: string, detail?: string) {
    super(detail ?? 'invalid reference format', { reference });
  }
}

export class RepositoryNotFoundError extends EngineError {
  readonly code = 'REPOSITORY_NOT_FOUND';
  constructor(repository: string) {
    super(
      `pull access denied for ${repository}, repository does not exist or may require ` +
        `'docker login': denied: requested access to the resource is denied`,
      { repository },
    );
  }
}

export class ManifestNotFoundError extends EngineError {
  readonly code = 'MANIFEST_NOT_FOUND';
  constructor(reference: string) {
    super(`manifest for ${reference} not found: manifest unknown: manifest unknown`, { reference });
  }
}

export class ImageNotFoundError extends EngineError {
  readonly code = 'IMAGE_NOT_FOUND';
  constructor(reference: string) {
    super(`No such image: ${reference}`, { reference });
  }
}

export class ContainerNotFoundError extends EngineError {
  readonly code = 'CONTAINER_NOT_FOUND';
  constructor(reference: string) {
    super(`No such container: ${reference}`, { reference });
  }
}

/** `docker rm` without -f on a live container; moby's daemon/delete.go wording. */
export class ContainerRunningError extends EngineError {
  readonly code = 'CONTAINER_RUNNING';
  constructor(reference: string, containerId: string, state = 'running') {
    super(
      state === 'paused'
        ? `cannot remove container "${reference}": container is paused and must be unpaused first`
        : `cannot remove container "${reference}": container is ${state}: ` +
            'stop the container before removing or force remove',
      { reference, containerId, state },
    );
  }
}

/** `docker rmi` refusing because containers, or several tags, still use the image. */
export class ImageInUseError extends EngineError {
  readonly code = 'IMAGE_IN_USE';
  constructor(message: string, data: { reference: string; imageId: string; containerId?: string }) {
    super(`conflict: ${message}`, data);
  }
}

export class NameInUseError extends EngineError {
  readonly code = 'NAME_IN_USE';
  /** `prefix`: the daemon's context, e.g. rename's "Error when allocating new name: ". */
  constructor(name: string, containerId: string, prefix = '') {
    super(
      `${prefix}Conflict. The container name "/${name}" is already in use by container ` +
        `"${containerId}". You have to remove (or rename) that container to be able to reuse ` +
        'that name.',
      { name, containerId },
    );
  }
}

export class NoCommandError extends EngineError {
  readonly code = 'NO_COMMAND';
  constructor(image: string) {
    super('no command specified', { image });
  }
}

/** moby's errNotRunning (daemon/errors.go). */
export class ContainerNotRunningError extends EngineError {
  readonly code = 'CONTAINER_NOT_RUNNING';
  constructor(containerId: string) {
    super(`Container ${containerId} is not running`, { containerId });
  }
}

export class ContainerPausedError extends EngineError {
  readonly code = 'CONTAINER_PAUSED';
  constructor(containerId: string) {
    super(`Container ${containerId} is already paused`, { containerId });
  }
}

export class ContainerNotPausedError extends EngineError {
  readonly code = 'CONTAINER_NOT_PAUSED';
  constructor(containerId: string) {
    super(`Container ${containerId} is not paused`, { containerId });
  }
}

/** The API's kill route wraps whatever went wrong: "Cannot kill container: web: ...". */
export class CannotKillError extends EngineError {
  readonly code = 'CANNOT_KILL';
  constructor(reference: string, cause: string) {
    super(`Cannot kill container: ${reference}: ${cause}`, { reference, cause });
  }
}

/** Docker 28's wording when a published host port is taken by another container. */
export class PortAllocatedError extends EngineError {
  readonly code = 'PORT_ALLOCATED';
  constructor(name: string, endpointId: string, hostIp: string, hostPort: number) {
    super(
      'failed to set up container networking: driver failed programming external ' +
        `connectivity on endpoint ${name} (${endpointId}): Bind for ${hostIp}:${hostPort} ` +
        'failed: port is already allocated',
      { name, endpointId, hostIp, hostPort },
    );
  }
}

/** containerd/runc refusing to start the main process (Docker 28 with runc 1.3). */
export class StartFailedError extends EngineError {
  readonly code = 'START_FAILED';
  constructor(detail: string, data: Record<string, unknown> = {}) {
    super(
      'failed to create task for container: failed to create shim task: OCI runtime create ' +
        `failed: runc create failed: unable to start container process: error during container init: ${detail}`,
      { detail, ...data },
    );
  }
}

/** A request the daemon rejects as invalid (errdefs.InvalidParameter), in its own words. */
export class InvalidParameterError extends EngineError {
  readonly code = 'INVALID_PARAMETER';
  constructor(message: string, data: Record<string, unknown> = {}) {
    super(message, data);
  }
}
