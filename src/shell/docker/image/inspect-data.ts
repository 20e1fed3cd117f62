// `docker image inspect` as Docker 28 (API 1.51) answers it: the InspectResponse JSON with its
// field order and omitempty rules, the OCI-only Config, overlay2 GraphDriver data and
// Metadata.LastTagTime; and the same data as Go-typed values for --format templates.

import type { BuildConfig, ImageRecord } from '../../../engine/index.ts';
import { standInDigest } from '../../../engine/catalog/build.ts';
import {
  escapeHTML,
  GO_TYPE,
  goStringer,
  MARSHAL_JSON,
  nilMap,
  nilPointer,
  nilSlice,
} from '../format/go-values.ts';

const ZERO_TIME = '0001-01-01T00:00:00Z';

/** Go's RFC3339Nano for a UTC instant: fractional seconds without trailing zeros. */
function rfc3339Nano(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.?0+Z$/, 'Z')
    .replace(/\.Z$/, 'Z');
}

/** The OCI image config's fields in Docker's order, empty ones left out (omitempty). */
function configJSON(image: ImageRecord): Record<string, unknown> {
  const c: BuildConfig = image.config;
  const out: Record<string, unknown> = {};
  if (c.User) out['User'] = c.User;
  if (c.ExposedPorts && Object.keys(c.ExposedPorts).length) out['ExposedPorts'] = c.ExposedPorts;
  if (c.Env?.length) out['Env'] = c.Env;
  if (c.Entrypoint?.length) out['Entrypoint'] = c.Entrypoint;
  if (c.Cmd?.length) out['Cmd'] = c.Cmd;
  if (c.Volumes && Object.keys(c.Volumes).length) out['Volumes'] = c.Volumes;
  if (c.WorkingDir) out['WorkingDir'] = c.WorkingDir;
  if (c.Labels && Object.keys(c.Labels).length) out['Labels'] = c.Labels;
  if (c.StopSignal) out['StopSignal'] = c.StopSignal;
  if (c.ArgsEscaped) out['ArgsEscaped'] = true;
  // Set by `docker build` (HEALTHCHECK, ONBUILD, SHELL); zero durations are left out.
  if (c.Healthcheck) {
    const { Test, ...rest } = c.Healthcheck;
    out['Healthcheck'] = { Test, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v)) };
  }
  if (c.OnBuild?.length) out['OnBuild'] = c.OnBuild;
  if (c.Shell?.length) out['Shell'] = c.Shell;
  return out;
}

/**
 * overlay2's directories: the top layer is UpperDir, the ones below it (top-most first) LowerDir.
 * The cache ids are Berth's stand-ins for the daemon's random ones.
 */
function graphDriver(image: ImageRecord): Record<string, unknown> {
  const dir = (digest: string) =>
    `/var/lib/docker/overlay2/${standInDigest(`overlay2 ${digest}`).slice(7)}`;
  const layers = [...image.layers].reverse();
  const top = dir(layers[0] ?? image.id);
  const data: Record<string, string> = {};
  if (layers.length > 1)
    data['LowerDir'] = layers
      .slice(1)
      .map((d) => `${dir(d)}/diff`)
      .join(':');
  data['MergedDir'] = `${top}/merged`;
  data['UpperDir'] = `${top}/diff`;
  data['WorkDir'] = `${top}/work`;
  return { Data: data, Name: 'overlay2' };
}

function diffIds(image: ImageRecord, layerDiffId: (digest: string) => string): string[] {
  return image.layers.map(layerDiffId);
}

/** The JSON object `docker image inspect` prints for one image, keys in Docker's order. */
export function inspectJSON(image: ImageRecord, layerDiffId: (digest: string) => string) {
  const history = image.source.history ?? [];
  const response: Record<string, unknown> = {
    Id: image.id,
    RepoTags: image.repoTags,
    RepoDigests: image.repoDigests,
    Parent: '',
    Comment: image.comment ?? history.at(-1)?.comment ?? '',
    Created: image.source.created,
    DockerVersion: image.source.dockerVersion ?? '',
    Author: image.author ?? '',
    Config: configJSON(image),
    Architecture: image.architecture,
    Os: image.os,
    Size: image.size,
    GraphDriver: graphDriver(image),
    RootFS: { Type: 'layers', Layers: diffIds(image, layerDiffId) },
    Metadata: { LastTagTime: image.lastTagTime ? rfc3339Nano(image.lastTagTime) : ZERO_TIME },
  };
  return response;
}

/** Go's encoding of a value (json.Marshal escapes <, > and &). */
export function goJSON(value: unknown): string {
  return escapeHTML(JSON.stringify(value));
}

/** What templates see: Go structs, with nil slices and maps where the JSON leaves fields out. */
export function inspectTyped(image: ImageRecord, layerDiffId: (digest: string) => string) {
  const json = inspectJSON(image, layerDiffId);
  const c: BuildConfig = image.config;
  const config = {
    [GO_TYPE]: '*v1.DockerOCIImageConfig',
    [MARSHAL_JSON]: () => goJSON(json['Config']),
    User: c.User ?? '',
    ExposedPorts: c.ExposedPorts ?? nilMap,
    Env: c.Env ?? nilSlice,
    Entrypoint: c.Entrypoint ?? nilSlice,
    Cmd: c.Cmd ?? nilSlice,
    Volumes: c.Volumes ?? nilMap,
    WorkingDir: c.WorkingDir ?? '',
    Labels: c.Labels ?? nilMap,
    StopSignal: c.StopSignal ?? '',
    ArgsEscaped: c.ArgsEscaped ?? false,
    Healthcheck: c.Healthcheck ?? nilPointer,
    OnBuild: c.OnBuild ?? nilSlice,
    Shell: c.Shell ?? nilSlice,
  };
  const metadata = json['Metadata'] as { LastTagTime: string };
  const lastTag = image.lastTagTime
    ? new Date(image.lastTagTime).toISOString().replace('T', ' ').replace('Z', ' +0000 UTC')
    : '0001-01-01 00:00:00 +0000 UTC';
  return {
    [GO_TYPE]: 'image.InspectResponse',
    [MARSHAL_JSON]: () => goJSON(json),
    ...json,
    Config: config,
    GraphDriver: { [GO_TYPE]: 'storage.DriverData', ...(json['GraphDriver'] as object) },
    RootFS: { [GO_TYPE]: 'image.RootFS', ...(json['RootFS'] as object) },
    Metadata: {
      [GO_TYPE]: 'image.Metadata',
      LastTagTime: goStringer(lastTag, metadata.LastTagTime),
    },
  };
}
