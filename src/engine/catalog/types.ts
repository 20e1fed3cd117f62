// The shape of a catalog entry: one image as Docker Hub serves it for linux/amd64, described as
// data (ids, layers, config, history, a small root filesystem and what its programs do). The
// image store copies entries from here when a learner pulls.

export interface CatalogLayer {
  /** Digest of the compressed blob, as in the manifest; its first 12 digits name pull lines. */
  digest: string;
  /** Compressed size in bytes (what is downloaded). */
  size: number;
  /** Digest of the uncompressed tar (rootfs.diff_ids). */
  diffId?: string;
  /** Chain id of the layer stack up to this layer; `Deleted:` lines of `docker rmi` show it. */
  chainId?: string;
  /** Uncompressed size in bytes; an image's SIZE column is the sum of these. */
  uncompressedSize: number;
}

/** The subset of the OCI image config that containers inherit, with Docker's field names. */
export interface ImageConfig {
  User?: string;
  ExposedPorts?: Record<string, Record<string, never>>;
  Env?: string[];
  Entrypoint?: string[];
  Cmd?: string[];
  Volumes?: Record<string, Record<string, never>>;
  WorkingDir?: string;
  Labels?: Record<string, string>;
  StopSignal?: string;
  /** Set by the classic builder for images whose last step was a shell-form instruction. */
  ArgsEscaped?: boolean;
}

/** One step of the image's build, as `docker history` lists it (oldest first here). */
export interface HistoryEntry {
  /** RFC 3339. */
  created: string;
  /** `RUN /bin/sh -c …`, `ENV …`, `/bin/sh -c #(nop)  CMD …`: the builder's own words. */
  createdBy: string;
  /** `buildkit.dockerfile.v0`, `debuerreotype 0.16`, or none. */
  comment?: string;
  /** True for steps that made no layer (ENV, CMD, EXPOSE …). */
  emptyLayer?: boolean;
  /** True when `createdBy` keeps only the start of a long RUN script (see the history verb). */
  abridged?: boolean;
}

export type RootFsEntry =
  | { kind: 'file'; content: string; mode?: number }
  | { kind: 'directory'; mode?: number }
  | { kind: 'symlink'; target: string };

/** A small root filesystem: absolute path to entry. */
export type RootFs = Record<string, RootFsEntry>;

/** What a long-running program prints as it starts (`docker logs` right after `docker run`). */
export interface StartupLog {
  stdout?: string;
  stderr?: string;
  /** Set when the program gives up at start (postgres without a password): it exits so. */
  exitCode?: number;
}

/** What a server's start-up text depends on; every value comes from the engine's clock and state. */
export interface StartupContext {
  /** Milliseconds since the epoch when the main process started (injected clock). */
  startedAt: number;
  /** The container's environment (`KEY=value`), image Env first, then `-e`. */
  env: string[];
  /** The container's hostname (its short id unless `--hostname`). */
  hostname: string;
  /** Its IPv4 address on its first network, or empty. */
  ipAddress: string;
}

/**
 * What a program in the image does when it runs as a container's process.
 * - `static-output`: writes a fixed text and exits (`/hello`).
 * - `server`: keeps running and serves `ports`; `startupLog` is what it prints on start.
 * - `shell`: an interactive interpreter (sh, bash, the python3 or node REPL) that reads stdin;
 *   with no input open it reads end-of-file at once and exits 0.
 * - `inert`: not simulated yet; the container stays up doing nothing.
 */
export type MainProcess =
  | { kind: 'static-output'; stdout: string; exitCode: number }
  | {
      kind: 'server';
      /** Program name for messages (`nginx`, `redis-server`). */
      name: string;
      /** Container ports it listens on, e.g. `['80/tcp']`. */
      ports: string[];
      startupLog: (context: StartupContext) => StartupLog;
    }
  | { kind: 'shell'; shell: 'sh' | 'ash' | 'bash' | 'python3' | 'node' }
  | { kind: 'inert' };

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
  /** `docker_version` in the config of images made by the classic builder; absent for BuildKit. */
  dockerVersion?: string;
  architecture: string;
  os: string;
  layers: CatalogLayer[];
  config: ImageConfig;
  /** Build steps, oldest first; steps without `emptyLayer` match `layers` in order. */
  history?: HistoryEntry[];
  rootfs: RootFs;
  /** What the image's default command (Entrypoint + Cmd) does. */
  process: MainProcess;
  /** What other programs in the image do, by absolute path (`/bin/sh`, `/usr/local/bin/python3`). */
  programs?: Record<string, MainProcess>;
  /** Set when the publisher no longer updates these tags; lessons warn before using them. */
  endOfLife?: EndOfLife;
}

/** Why and since when an image's tags get no more builds. */
export interface EndOfLife {
  /** Day (YYYY-MM-DD) the runtime, distribution or publisher ended support for the tags. */
  since: string;
  /** What ended, in a few words: `Debian 9 (stretch)`, `Node.js 20`. */
  what: string;
}
