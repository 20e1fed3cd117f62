// `docker rmi` as the daemon decides it: untag by name, delete by id, refuse while containers
// use the image (a running one even against --force), and report each step as an
// `Untagged:` or `Deleted:` item in order.

import { isRunning, type ContainerRecord } from './containers.ts';
import { ImageInUseError, ImageNotFoundError } from './errors.ts';
import type { ImageRecord, ImageStore } from './images.ts';
import { familiarString, parseReference, withDefaultTag } from './reference.ts';

export type ImageDeleteItem = { untagged: string } | { deleted: string };

const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

function repositoryOf(repoTag: string): string {
  const at = repoTag.indexOf('@');
  if (at !== -1) return repoTag.slice(0, at);
  const colon = repoTag.lastIndexOf(':');
  return colon > repoTag.lastIndexOf('/') ? repoTag.slice(0, colon) : repoTag;
}

function findByName(
  store: ImageStore,
  input: string,
): { image: ImageRecord; repoTag: string } | undefined {
  try {
    const reference = withDefaultTag(parseReference(input));
    const image = store.findByReference(reference);
    return image ? { image, repoTag: familiarString(reference) } : undefined;
  } catch {
    return undefined;
  }
}

function untagAll(store: ImageStore, image: ImageRecord): ImageDeleteItem[] {
  const items: ImageDeleteItem[] = image.repoTags.map((tag) => ({ untagged: tag }));
  items.push(...image.repoDigests.map((digest) => ({ untagged: digest })));
  image.repoTags = [];
  image.repoDigests = [];
  return items;
}

function deleteImage(store: ImageStore, image: ImageRecord, users: ContainerRecord[]) {
  // A stopped container still holds the image's layers, so only the image itself goes.
  const layers = store.delete(image, { keepLayers: users.length > 0 });
  return [{ deleted: image.id }, ...layers.map((chainId) => ({ deleted: chainId }))];
}

export function removeImage(
  store: ImageStore,
  containers: ContainerRecord[],
  input: string,
  force: boolean,
): ImageDeleteItem[] {
  const named = findByName(store, input);
  const image =
    named?.image ?? (/^(sha256:)?[a-f0-9]+$/.test(input) ? soleByPrefix(store, input) : undefined);
  if (!image) {
    const shown = findableName(input);
    throw new ImageNotFoundError(shown);
  }

  const users = containers.filter((container) => container.imageId === image.id);
  const running = users.find((container) => isRunning(container));

  if (named) {
    const others = image.repoTags.filter((tag) => tag !== named.repoTag);
    if (others.length > 0) {
      store.untag(image, named.repoTag);
      const items: ImageDeleteItem[] = [{ untagged: named.repoTag }];
      // The repository's last tag takes its digest references with it.
      const repository = repositoryOf(named.repoTag);
      if (!others.some((tag) => repositoryOf(tag) === repository)) {
        const digests = image.repoDigests.filter((digest) => repositoryOf(digest) === repository);
        image.repoDigests = image.repoDigests.filter((digest) => !digests.includes(digest));
        items.push(...digests.map((digest) => ({ untagged: digest })));
      }
      return items;
    }
    if (users.length > 0 && !force) {
      throw new ImageInUseError(
        `unable to remove repository reference "${input}" (must force) - container ` +
          `${short(users[0]!.id)} is using its referenced image ${short(image.id)}`,
        { reference: input, imageId: image.id, containerId: users[0]!.id },
      );
    }
    const items = untagAll(store, image);
    // Forced past a running container, the image stays behind untagged (dangling).
    return running ? items : [...items, ...deleteImage(store, image, users)];
  }

  if (running) {
    throw new ImageInUseError(
      `unable to delete ${short(image.id)} (cannot be forced) - image is being used by ` +
        `running container ${short(running.id)}`,
      { reference: input, imageId: image.id, containerId: running.id },
    );
  }
  if (!force) {
    const repositories = new Set(image.repoTags.map(repositoryOf));
    if (repositories.size > 1) {
      throw new ImageInUseError(
        `unable to delete ${short(image.id)} (must be forced) - image is referenced in multiple repositories`,
        { reference: input, imageId: image.id },
      );
    }
    if (users.length > 0) {
      throw new ImageInUseError(
        `unable to delete ${short(image.id)} (must be forced) - image is being used by ` +
          `stopped container ${short(users[0]!.id)}`,
        { reference: input, imageId: image.id, containerId: users[0]!.id },
      );
    }
  }
  return [...untagAll(store, image), ...deleteImage(store, image, users)];
}

function soleByPrefix(store: ImageStore, input: string): ImageRecord | undefined {
  const matches = store.findByIdPrefix(input.replace(/^sha256:/, ''));
  return matches.length === 1 ? matches[0] : undefined;
}

/** The daemon names a missing image by its normalised tag when the input parses as one. */
function findableName(input: string): string {
  try {
    return familiarString(withDefaultTag(parseReference(input)));
  } catch {
    return input;
  }
}
