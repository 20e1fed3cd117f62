// The page's copy of the workspace: files by relative path, kept in step with the sandbox so
// the tree, the editor and storage never wait on the worker.

import type { WorkspaceChange, WorkspaceFiles } from '../../sandbox/protocol.ts';

export const WORKSPACE_ROOT = '/workspace';

export class WorkspaceMirror {
  readonly files = new Map<string, string>();
  readonly directories = new Set<string>();
  private readonly listeners = new Set<(change: WorkspaceChange | null) => void>();

  /** Replaces everything; listeners get `null` (a full refresh). */
  load(files: WorkspaceFiles): void {
    this.files.clear();
    this.directories.clear();
    for (const [path, content] of Object.entries(files)) {
      if (path.endsWith('/')) this.directories.add(path.slice(0, -1));
      else this.files.set(path, content);
    }
    this.emit(null);
  }

  /** Applies a change from the sandbox, given with absolute paths. */
  apply(change: WorkspaceChange): void {
    const path = relative(change.path);
    if (path === null || path === '') {
      if (change.type === 'remove' && path === '') this.load({});
      return;
    }
    if (change.type === 'write') this.files.set(path, change.content);
    else if (change.type === 'mkdir') this.directories.add(path);
    else {
      this.files.delete(path);
      this.directories.delete(path);
      for (const key of [...this.files.keys()]) if (key.startsWith(path + '/')) this.files.delete(key);
      for (const key of [...this.directories]) if (key.startsWith(path + '/')) this.directories.delete(key);
    }
    this.emit({ ...change, path });
  }

  /** Files plus empty directories (as `dir/`), the form storage and the sandbox take. */
  snapshot(): WorkspaceFiles {
    const out: WorkspaceFiles = {};
    for (const dir of this.directories) out[dir + '/'] = '';
    for (const [path, content] of this.files) out[path] = content;
    return out;
  }

  subscribe(listener: (change: WorkspaceChange | null) => void): void {
    this.listeners.add(listener);
  }

  private emit(change: WorkspaceChange | null): void {
    for (const listener of this.listeners) listener(change);
  }
}

function relative(absolute: string): string | null {
  if (absolute === WORKSPACE_ROOT) return '';
  if (!absolute.startsWith(WORKSPACE_ROOT + '/')) return null;
  return absolute.slice(WORKSPACE_ROOT.length + 1);
}
