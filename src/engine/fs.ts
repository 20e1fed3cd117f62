// The filesystem contract shared by the shell's workspace and every container's root filesystem.
// It lives in the engine because container filesystems are engine state; the shell re-exports it
// (src/shell/types.ts), so commands see one FileSystem type whichever tree they work on.

export type FileKind = 'file' | 'directory';

export interface FileStat {
  kind: FileKind;
  size: number;
  /** Milliseconds since the epoch, from the injected clock. */
  mtimeMs: number;
  mode: number;
}

/** A change under a watched tree; paths are absolute. */
export type FsEvent =
  | { type: 'write'; path: string; content: string }
  | { type: 'mkdir'; path: string }
  | { type: 'remove'; path: string };

export type FsErrorCode = 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EINVAL';

/** A filesystem fault with the errno name coreutils would report. */
export class FsError extends Error {
  readonly code: FsErrorCode;
  readonly path: string;
  constructor(code: FsErrorCode, path: string) {
    super(`${code}: ${path}`);
    this.code = code;
    this.path = path;
  }
}

/** An in-memory POSIX-like tree. Paths given to it are absolute and normalised. */
export interface FileSystem {
  stat(path: string): FileStat | null;
  readFile(path: string): string;
  writeFile(path: string, content: string): void;
  appendFile(path: string, content: string): void;
  mkdir(path: string, options?: { recursive?: boolean }): void;
  readdir(path: string): string[];
  remove(path: string, options?: { recursive?: boolean }): void;
  rename(from: string, to: string): void;
  /** Subscribes to changes at or below `root`; returns an unsubscribe function. */
  watch(root: string, listener: (event: FsEvent) => void): () => void;
  /** Sets the permission bits (`chmod`); optional so that read-only trees may leave it out. */
  chmod?(path: string, mode: number): void;
}
