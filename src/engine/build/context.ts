// The build context as BuildKit receives it from the CLI: the files under the context folder that
// `.dockerignore` lets through (a Dockerfile-specific `<Dockerfile>.dockerignore` wins over the
// context's own), as a tree COPY and ADD read from, plus what a transfer of it costs.

import type { RootFs } from '../catalog/types.ts';
import { parseDockerignore, type IgnoreMatcher } from '../dockerfile/index.ts';
import type { FileSystem } from '../fs.ts';
import { byteLength } from '../rootfs/path.ts';

export interface BuildContext {
  /** Context files and folders keyed `/relative/path`, as a root filesystem COPY reads. */
  tree: RootFs;
  ignore?: IgnoreMatcher;
  /** Bytes of the ignore file that applied (2 when there was none: an empty transfer). */
  ignoreSize: number;
  /** `syntax error in pattern` and the like, when the ignore file is malformed. */
  ignoreError?: string;
}

function readOrNull(fs: FileSystem, path: string): string | null {
  return fs.stat(path)?.kind === 'file' ? fs.readFile(path) : null;
}

function join(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

export function readBuildContext(
  fs: FileSystem,
  contextDir: string,
  dockerfilePath: string,
): BuildContext {
  const ignoreText =
    readOrNull(fs, `${dockerfilePath}.dockerignore`) ??
    readOrNull(fs, join(contextDir, '.dockerignore'));
  let ignore: IgnoreMatcher | undefined;
  let ignoreError: string | undefined;
  if (ignoreText !== null) {
    const parsed = parseDockerignore(ignoreText);
    if (parsed.ok) ignore = parsed.matcher;
    else ignoreError = parsed.error;
  }

  const tree: RootFs = {};
  const walk = (dir: string, relative: string): boolean => {
    let kept = false;
    for (const name of fs.readdir(dir)) {
      const path = join(dir, name);
      const rel = relative ? `${relative}/${name}` : name;
      const stat = fs.stat(path);
      if (!stat) continue;
      const excluded = ignore?.matches(rel) ?? false;
      if (stat.kind === 'directory') {
        // An excluded folder is still walked: a later `!pattern` may bring some of it back.
        const inner = walk(path, rel);
        if (!excluded || inner) {
          tree[`/${rel}`] = { kind: 'directory', mode: stat.mode };
          kept = true;
        }
      } else if (!excluded) {
        tree[`/${rel}`] = { kind: 'file', content: fs.readFile(path), mode: stat.mode };
        kept = true;
      }
    }
    return kept;
  };
  walk(contextDir, '');

  return {
    tree,
    ...(ignore ? { ignore } : {}),
    ignoreSize: ignoreText === null ? 2 : byteLength(ignoreText),
    ...(ignoreError !== undefined ? { ignoreError } : {}),
  };
}

/**
 * Bytes fsutil sends for a context: a stat record per entry, and the content of every file the
 * daemon does not already hold from the last transfer of the same folder.
 */
export function transferSize(
  tree: RootFs,
  previous: ReadonlyMap<string, string> | undefined,
  wanted: (path: string) => boolean = () => true,
) {
  let bytes = 0;
  for (const [path, entry] of Object.entries(tree)) {
    if (!wanted(path)) continue;
    bytes += 30 + byteLength(path);
    if (entry.kind === 'file' && previous?.get(path) !== entry.content) {
      bytes += byteLength(entry.content);
    }
  }
  // An empty transfer still sends its closing packet.
  return Math.max(2, bytes);
}

/** What a later transfer compares against: file contents by path. */
export function contentsOf(tree: RootFs): Map<string, string> {
  const contents = new Map<string, string>();
  for (const [path, entry] of Object.entries(tree)) {
    if (entry.kind === 'file') contents.set(path, entry.content);
  }
  return contents;
}
