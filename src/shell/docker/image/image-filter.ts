// `docker images --filter` (and the REPOSITORY[:TAG] argument, which the CLI turns into a
// reference filter) as moby's image list applies it: dangling, label, before, since, reference.

import {
  familiarName,
  familiarString,
  InvalidParameterError,
  parseReference,
  type Engine,
  type ImageRecord,
} from '../../../engine/index.ts';
import { ImageNotFoundError } from '../../../engine/index.ts';

const ACCEPTED = ['dangling', 'label', 'label!', 'before', 'since', 'reference', 'until'];

/** path.Match as distribution's FamiliarMatch uses it: `*` and `?` stay within one segment. */
function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i);
      if (end === -1) source += '\\[';
      else {
        source += `[${pattern
          .slice(i + 1, end)
          .replace(/^\^/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function referenceMatches(pattern: string, repoTag: string): boolean {
  const glob = globToRegExp(pattern);
  try {
    const reference = parseReference(repoTag);
    return glob.test(familiarString(reference)) || glob.test(familiarName(reference));
  } catch {
    return false;
  }
}

function labelMatches(image: ImageRecord, filter: string): boolean {
  const labels = image.config.Labels ?? {};
  const eq = filter.indexOf('=');
  if (eq === -1) return filter in labels;
  return labels[filter.slice(0, eq)] === filter.slice(eq + 1);
}

/**
 * The images that pass every filter, with RepoTags narrowed to the matching references as the
 * daemon narrows them. Throws the daemon's errors for bad keys and values.
 */
export function filterImages(
  engine: Engine,
  images: ImageRecord[],
  filters: Map<string, string[]>,
): ImageRecord[] {
  for (const [key, values] of filters) {
    if (!ACCEPTED.includes(key)) throw new InvalidParameterError(`invalid filter '${key}'`);
    if (key === 'dangling' && !values.every((value) => /^(true|false|1|0)$/i.test(value))) {
      throw new InvalidParameterError(`invalid filter 'dangling=${values.join(',')}'`);
    }
  }
  const bound = (key: string): number | undefined => {
    const value = filters.get(key)?.[0];
    if (value === undefined) return undefined;
    const image = engine.findImage(value);
    if (!image)
      throw new ImageNotFoundError(
        value.includes(':') || value.includes('@') ? value : `${value}:latest`,
      );
    return image.created;
  };
  const before = bound('before');
  const since = bound('since');
  const dangling = filters.get('dangling')?.[0];
  const references = filters.get('reference');

  const kept: ImageRecord[] = [];
  for (const image of images) {
    if (dangling !== undefined && /^(true|1)$/i.test(dangling) !== (image.repoTags.length === 0))
      continue;
    if (before !== undefined && image.created >= before) continue;
    if (since !== undefined && image.created <= since) continue;
    if (!(filters.get('label') ?? []).every((label) => labelMatches(image, label))) continue;
    if ((filters.get('label!') ?? []).some((label) => labelMatches(image, label))) continue;
    if (references) {
      const repoTags = image.repoTags.filter((tag) =>
        references.some((p) => referenceMatches(p, tag)),
      );
      const repoDigests = image.repoDigests.filter((d) =>
        references.some((p) => referenceMatches(p, d)),
      );
      if (repoTags.length === 0 && repoDigests.length === 0) continue;
      kept.push({ ...image, repoTags, repoDigests });
      continue;
    }
    kept.push(image);
  }
  return kept;
}
