// Pulling an image from the catalog into the image store, reported as the daemon's progress
// messages (one event per layer status change). Text is the CLI's business; the statuses are the
// daemon's own words because they travel through the API that way.

import type { Catalog } from './catalog/index.ts';
import { ManifestNotFoundError, RepositoryNotFoundError } from './errors.ts';
import type { ImageRecord, ImageStore } from './images.ts';
import {
  familiarName,
  familiarString,
  parseReference,
  withDefaultTag,
  type ImageReference,
} from './reference.ts';

export type LayerStatus =
  | 'Pulling fs layer'
  | 'Waiting'
  | 'Verifying Checksum'
  | 'Download complete'
  | 'Pull complete'
  | 'Already exists';

export type PullEvent =
  /** "latest: Pulling from library/hello-world" */
  | { type: 'pulling'; tagOrDigest: string; repository: string }
  /** `id` is the layer digest's first 12 hex digits. */
  | { type: 'layer'; id: string; status: LayerStatus }
  | { type: 'digest'; digest: string }
  | { type: 'status'; upToDate: boolean; reference: string };

export interface PullResult {
  image: ImageRecord;
  /** The reference pulled, with the default tag filled in. */
  reference: ImageReference;
  upToDate: boolean;
}

/** The daemon downloads at most this many layers at once; the rest report "Waiting". */
const MAX_CONCURRENT_DOWNLOADS = 3;

export function pullImage(
  catalog: Catalog,
  store: ImageStore,
  input: string | ImageReference,
  onEvent: (event: PullEvent) => void = () => {},
): PullResult {
  const reference = withDefaultTag(typeof input === 'string' ? parseReference(input) : input);
  if (!catalog.hasRepository(reference.domain, reference.path)) {
    throw new RepositoryNotFoundError(familiarName(reference));
  }
  const source = catalog.resolve(reference);
  if (!source) throw new ManifestNotFoundError(familiarString(reference));

  onEvent({
    type: 'pulling',
    tagOrDigest: reference.tag ?? reference.digest ?? '',
    repository: reference.path,
  });

  const current = store.findByReference(reference);
  const upToDate = current !== undefined && current.id === source.imageId;
  if (!upToDate) {
    const fresh = source.layers.filter((layer) => !store.hasLayer(layer.digest));
    const short = (digest: string) => digest.slice(7, 19);
    for (const layer of source.layers) {
      const present = !fresh.includes(layer);
      onEvent({
        type: 'layer',
        id: short(layer.digest),
        status: present ? 'Already exists' : 'Pulling fs layer',
      });
    }
    fresh.slice(MAX_CONCURRENT_DOWNLOADS).forEach((layer) => {
      onEvent({ type: 'layer', id: short(layer.digest), status: 'Waiting' });
    });
    for (const layer of fresh) {
      onEvent({ type: 'layer', id: short(layer.digest), status: 'Verifying Checksum' });
      onEvent({ type: 'layer', id: short(layer.digest), status: 'Download complete' });
    }
    for (const layer of fresh) {
      onEvent({ type: 'layer', id: short(layer.digest), status: 'Pull complete' });
    }
  }

  const image = store.add(source, reference);
  onEvent({ type: 'digest', digest: source.indexDigest });
  onEvent({ type: 'status', upToDate, reference: familiarString(reference) });
  return { image, reference, upToDate };
}
