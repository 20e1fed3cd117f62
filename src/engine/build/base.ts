// FROM's image, found the way BuildKit's docker driver finds it: an image in the local store, one
// this builder pulled before (kept in its own cache, so it does not appear in `docker images`),
// or a pull from the registry with its layer timeline. Misses fail in BuildKit's words.

import type { Catalog, CatalogImage } from '../catalog/index.ts';
import { isEngineError } from '../errors.ts';
import type { ImageStore } from '../images.ts';
import { planPull } from '../pull-timeline.ts';
import { canonicalString, parseReference, withDefaultTag } from '../reference.ts';

export interface PulledLayer {
  digest: string;
  size: number;
  /** Milliseconds from the start of the pull. */
  downloaded: number;
  extractStarted: number;
  extracted: number;
}

export type BaseResolution =
  | {
      ok: true;
      image: CatalogImage;
      /** `docker.io/library/python:3.12-slim`, for `load metadata for …`. */
      canonical: string;
      /** What the FROM step shows: the canonical name pinned to the registry digest. */
      pinned: string;
      /** True when the registry is asked for metadata (not a local-only image). */
      remote: boolean;
      /** Layers this build downloads, when the image was not here yet. */
      pull?: PulledLayer[];
    }
  | { ok: false; message: string; vertexError?: string; canonical?: string };

const DENIED =
  'pull access denied, repository does not exist or may require authorization: ' +
  'server message: insufficient_scope: authorization failed';

export function resolveBase(
  deps: { catalog: Catalog; images: ImageStore; pulled: Map<string, CatalogImage> },
  name: string,
  options: { pull: boolean },
): BaseResolution {
  let reference;
  try {
    reference = withDefaultTag(parseReference(name));
  } catch (error) {
    if (!isEngineError(error)) throw error;
    return { ok: false, message: `failed to parse stage name "${name}": ${error.message}` };
  }
  const canonical = canonicalString(reference);
  const local = options.pull ? undefined : deps.images.findByReference(reference);
  const published = deps.catalog.resolve(reference);

  if (local && (!published || published.imageId !== local.id)) {
    const digest = local.repoDigests[0]?.split('@')[1];
    const pinned = digest ? `${canonical}@${digest}` : canonical;
    return { ok: true, image: local.source, canonical, pinned, remote: digest !== undefined };
  }
  if (!published) {
    const known = deps.catalog.hasRepository(reference.domain, reference.path);
    const vertexError = known ? `${canonical}: not found` : DENIED;
    return {
      ok: false,
      canonical,
      vertexError,
      message: `${name}: failed to resolve source metadata for ${canonical}: ${vertexError}`,
    };
  }

  const pinned = reference.digest ? canonical : `${canonical}@${published.indexDigest}`;
  const resolved = { ok: true as const, image: published, canonical, pinned, remote: true };
  const have = local?.id === published.imageId || deps.pulled.has(published.imageId);
  if (have) return resolved;
  deps.pulled.set(published.imageId, published);
  return { ...resolved, pull: pullTimeline(published, deps.images) };
}

/** When each new layer finishes downloading and extracting, as the daemon's pull paces it. */
function pullTimeline(image: CatalogImage, images: ImageStore): PulledLayer[] {
  const fresh = image.layers.filter((layer) => !images.hasLayer(layer.digest));
  const short = (digest: string) => digest.slice(7, 19);
  const plan = planPull(fresh.map((layer) => ({ id: short(layer.digest), size: layer.size })));
  return fresh.map((layer) => {
    const steps = plan.filter((step) => step.id === short(layer.digest));
    const at = (status: string) => steps.find((step) => step.status === status)?.at ?? 0;
    return {
      digest: layer.digest,
      size: layer.size,
      downloaded: at('Download complete'),
      extractStarted: at('Extracting'),
      extracted: at('Pull complete'),
    };
  });
}
