// What `docker images` shows for one image: docker/cli's image rows (one per repository and tag,
// `<none>` for untagged images) and the fields of its imageContext
// (cli/command/formatter/image.go), which tables and --format templates read.

import type { ImageRecord } from '../../../engine/index.ts';
import { rowContext, type RowFields } from '../format/formatter.ts';
import { humanDuration, humanSize } from '../format/units.ts';

export const IMAGE_HEADERS = {
  ID: 'IMAGE ID',
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  Digest: 'DIGEST',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
  Containers: 'CONTAINERS',
  VirtualSize: 'SIZE',
  SharedSize: 'SHARED SIZE',
  UniqueSize: 'UNIQUE SIZE',
};

export const DEFAULT_IMAGE_TABLE =
  'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
export const DIGEST_IMAGE_TABLE =
  'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';

export interface ImageRow {
  image: ImageRecord;
  repository: string;
  tag: string;
  digest: string;
}

function splitRepoTag(repoTag: string): [string, string] {
  const colon = repoTag.lastIndexOf(':');
  return [repoTag.slice(0, colon), repoTag.slice(colon + 1)];
}

/**
 * imageFormat: an untagged, undigested image is one `<none>` row; otherwise a row per tag (per
 * tag and digest when digests are shown), then a `<none>` tag row for repositories that only
 * have a digest.
 */
export function imageRows(image: ImageRecord, withDigests: boolean): ImageRow[] {
  if (image.repoTags.length === 0 && image.repoDigests.length === 0) {
    return [{ image, repository: '<none>', tag: '<none>', digest: '<none>' }];
  }
  const digests = new Map<string, string[]>();
  for (const repoDigest of image.repoDigests) {
    const [repo, digest] = repoDigest.split('@') as [string, string];
    digests.set(repo, [...(digests.get(repo) ?? []), digest]);
  }
  const rows: ImageRow[] = [];
  const seen = new Set<string>();
  for (const repoTag of image.repoTags) {
    const [repository, tag] = splitRepoTag(repoTag);
    seen.add(repository);
    const own = withDigests ? (digests.get(repository) ?? []) : [];
    if (own.length === 0) rows.push({ image, repository, tag, digest: '<none>' });
    for (const digest of own) rows.push({ image, repository, tag, digest });
  }
  for (const [repository, own] of digests) {
    if (seen.has(repository)) continue;
    if (withDigests)
      own.forEach((digest) => rows.push({ image, repository, tag: '<none>', digest }));
    else rows.push({ image, repository, tag: '<none>', digest: '' });
  }
  return rows;
}

/** `2026-09-17 20:37:20 +0000 UTC`: Go's time.Time String() in UTC. */
export function goTimeString(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19).replace('T', ' ')} +0000 UTC`;
}

export function imageRowContext(
  row: ImageRow,
  options: { now: number; truncate: boolean },
): RowFields {
  const { image } = row;
  return rowContext('*formatter.imageContext', {
    ID: () => (options.truncate ? image.id.slice(7, 19) : image.id),
    Repository: () => row.repository,
    Tag: () => row.tag,
    Digest: () => row.digest,
    CreatedSince: () => `${humanDuration(options.now - image.created)} ago`,
    CreatedAt: () => goTimeString(image.created),
    Size: () => humanSize(image.size),
    Containers: () => 'N/A',
    VirtualSize: () => humanSize(image.size, 4),
    SharedSize: () => 'N/A',
    UniqueSize: () => 'N/A',
  });
}
