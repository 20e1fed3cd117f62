// The export: the target stage becomes an image in the store. Its id is a digest of its config
// (so a fully cached rebuild makes the same image, as BuildKit's does), its creation time is that
// of its last history entry, and its tags move to it — leaving an earlier build `<none>`.

import { standInDigest } from '../catalog/build.ts';
import type { CatalogImage, CatalogLayer, MainProcess } from '../catalog/types.ts';
import type { Clock } from '../host.ts';
import type { ImageRecord, ImageStore } from '../images.ts';
import type { StageState } from './session.ts';

/** Chain ids for layers that have none, by the OCI rule. */
function chained(layers: readonly CatalogLayer[]): CatalogLayer[] {
  let chain = '';
  return layers.map((layer) => {
    const diffId = layer.diffId ?? standInDigest(`diff ${layer.digest}`);
    const chainId = chain === '' ? diffId : standInDigest(`${chain} ${diffId}`);
    chain = layer.chainId ?? chainId;
    return layer.chainId ? layer : { ...layer, diffId, chainId };
  });
}

/** The program a container of the image runs: the base's, unless the build changed the command. */
function processOf(state: StageState): MainProcess {
  const base = state.base;
  if (!base) return { kind: 'inert' };
  const same = (a: string[] | undefined, b: string[] | undefined) =>
    JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  const { config } = state.meta;
  const unchanged =
    same(config.Cmd, base.config.Cmd) && same(config.Entrypoint, base.config.Entrypoint);
  return unchanged ? base.process : { kind: 'inert' };
}

export function commitBuild(
  deps: { images: ImageStore; clock: Clock },
  state: StageState,
  options: { tags: readonly string[]; labels: Readonly<Record<string, string>> },
): ImageRecord {
  const config = { ...state.meta.config };
  if (Object.keys(options.labels).length) config.Labels = { ...config.Labels, ...options.labels };
  const layers = chained(state.layers);
  const history = state.history;
  const created = history.at(-1)?.created ?? new Date(deps.clock.now()).toISOString();
  const diffIds = layers.map((layer) => layer.diffId);
  const imageId = standInDigest(JSON.stringify({ config, diffIds, history, created }));

  let image = deps.images.get(imageId);
  if (!image) {
    const source: CatalogImage = {
      domain: state.base?.domain ?? 'docker.io',
      repository: state.base?.repository ?? '',
      tags: [],
      indexDigest: '',
      imageId,
      created,
      architecture: state.base?.architecture ?? 'amd64',
      os: state.base?.os ?? 'linux',
      layers,
      config,
      history,
      rootfs: state.rootfs,
      process: processOf(state),
      ...(state.base?.programs ? { programs: state.base.programs } : {}),
    };
    const author = state.meta.author;
    image = deps.images.addLocal(source, undefined, author ? { author } : {});
  }
  for (const tag of options.tags) deps.images.tag(image, tag);
  if (options.tags.length) image.lastTagTime = deps.clock.now();
  return image;
}
