// The shape of a catalog entry: one image as Docker Hub serves it for linux/amd64, described as
// data (ids, layers, config, a small root filesystem and what its main process does). The image
// store copies entries from here when a learner pulls.

export interface CatalogLayer {
  /** Digest of the compressed blob, as in the manifest; its first 12 digits name pull lines. */
  digest: string;
  /** Compressed size in bytes (what is downloaded). */
  size: number;
  /** Digest of the uncompressed tar (rootfs.diff_ids), when known. */
  diffId?: string;
  /** Chain id of the layer stack up to this layer; `Deleted:` lines of `docker rmi` show it. */
  chainId?: string;
  /** Uncompressed size in bytes; an image's SIZE column is the sum of these. */
  uncompressedSize: number;
}

/** The subset of the OCI image config that containers inherit. */
export interface ImageConfig {
  Cmd?: string[];
  Entrypoint?: string[];
  Env?: string[];
  ExposedPorts?: Record<string, Record<string, never>>;
  WorkingDir?: string;
  User?: string;
  Labels?: Record<string, string>;
}

export type RootFsEntry =
  | { kind: 'file'; content: string; mode?: number }
  | { kind: 'directory'; mode?: number }
  | { kind: 'symlink'; target: string };

/** A small root filesystem: absolute path to entry. */
export type RootFs = Record<string, RootFsEntry>;

/**
 * What the image's main process does when a container starts. `static-output` programs write a
 * fixed text and exit; `inert` ones are not simulated yet (see the runtimes issue).
 */
export type MainProcess =
  { kind: 'static-output'; stdout: string; exitCode: number } | { kind: 'inert' };

export interface CatalogImage {
  /** Registry host. */
  domain: string;
  /** Repository path, e.g. `library/hello-world`. */
  repository: string;
  tags: string[];
  /** Digest of the manifest list (index) the tags point at: the `Digest:` line of a pull. */
  indexDigest: string;
  /** Digest of the linux/amd64 manifest, when known. */
  manifestDigest?: string;
  /** Config digest: Docker's image id. */
  imageId: string;
  /** RFC 3339 creation time from the image config. */
  created: string;
  architecture: string;
  os: string;
  layers: CatalogLayer[];
  config: ImageConfig;
  rootfs: RootFs;
  process: MainProcess;
}
