// The engine's public facade, listed by hand: what the shell, the sandbox worker and the labs may
// use. Internal modules (stores, pull, removal rules) stay behind it.

export { createEngine } from './engine.ts';
export type {
  CreateContainerOptions,
  Engine,
  EngineOptions,
  StartOptions,
  StartResult,
} from './engine.ts';
export type {
  ContainerRecord,
  ContainerState,
  ContainerStatus,
  HealthConfig,
  LogEntry,
  MountPoint,
  PortBinding,
  PublishedPort,
  RestartPolicy,
} from './containers.ts';
export { commandLine, isRunning } from './containers.ts';
export type { ContainerOps, StopOptions } from './container-ops.ts';
export type { ContainerEvent } from './lifecycle.ts';
export { hasHealthcheck } from './lifecycle.ts';
export type { MountSpec } from './mounts.ts';
export { parseSignal } from './main-process.ts';
export { HOST_CPUS, HOST_MEMORY } from './host-info.ts';
export type { ImageRecord } from './images.ts';
export type {
  BuildConfig,
  BuildFailure,
  BuildOutcome,
  BuildRequest,
  BuildTrace,
  TraceLog,
  TraceStatus,
  TraceVertex,
} from './build/index.ts';
export type { DiskUsage, ImageOps, ImageUsage, PruneResult } from './image-ops.ts';
export type { LayerStatus, PullEvent, PullResult } from './pull.ts';
export type { ImageDeleteItem } from './remove-image.ts';
export * from './errors.ts';
export * from './reference.ts';
export { DOCKER_VERSIONS, type DockerVersions } from './versions.ts';
export {
  createCatalog,
  builtinImages,
  type Catalog,
  type CatalogImage,
  type HistoryEntry,
  type MainProcess,
  type StartupContext,
  type StartupLog,
} from './catalog/index.ts';
export type {
  ProcessHandle,
  ProcessInfo,
  ProcessInput,
  ProcessLaunch,
  ProcessRequest,
  ProcessRunner,
  ProcessStreams,
} from './process.ts';
export type {
  Attachment,
  CommitOptions,
  ContainerProcessApi,
  EngineProcesses,
  ExecOptions,
  ExecStart,
  ProcessClient,
} from './runtime/index.ts';
export type { ChangeKind, FileChange } from './rootfs/changes.ts';
export { tarSize } from './rootfs/changes.ts';
export { FsError, type FileSystem, type FileStat } from './fs.ts';
