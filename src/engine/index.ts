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
  PortBinding,
} from './containers.ts';
export { commandLine } from './containers.ts';
export type { ImageRecord } from './images.ts';
export type { LayerStatus, PullEvent, PullResult } from './pull.ts';
export type { ImageDeleteItem } from './remove-image.ts';
export * from './errors.ts';
export * from './reference.ts';
export { DOCKER_VERSIONS, type DockerVersions } from './versions.ts';
export { createCatalog, builtinImages, type Catalog, type CatalogImage } from './catalog/index.ts';
