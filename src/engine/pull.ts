// Pulling an image from the catalog into the image store, reported as the daemon's progress
// messages (one event per layer status change). Text is the CLI's business; the statuses are the
// daemon's own words because they travel through the API that way.

import type { Catalog } from './catalog/index.ts';
import { ManifestNotFoundError, RepositoryNotFoundError } from './errors.ts';
import { planPull, type TimelineStatus } from './pull-timeline.ts';
import type { ImageRecord, ImageStore } from './images.ts';
import {
  familiarName,
  familiarString,
  parseReference,
  withDefaultTag,
  type ImageReference,
} from './reference.ts';

export type LayerStatus = TimelineStatus | 'Already exists';

export type PullEvent =
  /** "latest: Pulling from library/hello-world" */
  | { type: 'pulling'; tagOrDigest: string; repository: string }
  /**
   * `id` is the layer digest's first 12 hex digits; `at` is milliseconds from the start of the
   * pull (see pull-timeline.ts); Downloading and Extracting carry bytes so far and in all.
   */
  | { type: 'layer'; id: string; status: LayerStatus; at: number; current?: number; total?: number }
  | { type: 'digest'; digest: string }
  | { type: 'status'; upToDate: boolean; reference: string };

export interface PullResult {
  image: ImageRecord;
  /** The reference pulled, with the default tag filled in. */
  reference: ImageReference;
  upToDate: boolean;
}

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
    const short = (digest: string) => digest.slice(7, 19);
    const fresh = source.layers.filter((layer) => !store.hasLayer(layer.digest));
    // One line per layer in manifest order: the ones this host has "Already exists".
    for (const layer of source.layers) {
      const status = fresh.includes(layer) ? 'Pulling fs layer' : 'Already exists';
      onEvent({ type: 'layer', id: short(layer.digest), status, at: 0 });
    }
    const plan = planPull(fresh.map((layer) => ({ id: short(layer.digest), size: layer.size })));
    for (const step of plan) {
      if (step.status !== 'Pulling fs layer') onEvent({ type: 'layer', ...step });
    }
  }

  const image = store.add(source, reference);
  onEvent({ type: 'digest', digest: source.indexDigest });
  onEvent({ type: 'status', upToDate, reference: familiarString(reference) });
  return { image, reference, upToDate };
}
