// Image references parsed by the rules of distribution/reference, which the docker CLI and the
// daemon both use: Docker Hub and `library/` are implied, `latest` is the default tag, and
// repository names must be lowercase. Errors carry Docker's exact wording.

import { InvalidReferenceError } from './errors.ts';

export const DEFAULT_DOMAIN = 'docker.io';
export const OFFICIAL_NAMESPACE = 'library';
export const DEFAULT_TAG = 'latest';

export interface ImageReference {
  /** Registry host, e.g. `docker.io` or `localhost:5000`. */
  domain: string;
  /** Repository path on the registry, e.g. `library/hello-world`. */
  path: string;
  tag?: string;
  /** `algorithm:hex`, e.g. `sha256:…`. */
  digest?: string;
}

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const PATH_RE = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const DOMAIN_RE =
  /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}$/;
const ID_RE = /^[a-f0-9]{64}$/;
const NAME_TOTAL_LENGTH_MAX = 255;

/** Parses what a user typed (`hello-world`, `alpine:3.22`, `localhost:5000/app@sha256:…`). */
export function parseReference(input: string): ImageReference {
  if (ID_RE.test(input)) {
    throw new InvalidReferenceError(
      input,
      `invalid repository name (${input}), cannot specify 64-byte hexadecimal strings`,
    );
  }

  const { domain, remainder } = splitDomain(input);
  const tagSeparator = remainder.indexOf(':');
  const remoteName = tagSeparator > -1 ? remainder.slice(0, tagSeparator) : remainder;
  if (remoteName.toLowerCase() !== remoteName) {
    throw new InvalidReferenceError(
      input,
      `invalid reference format: repository name (${remoteName}) must be lowercase`,
    );
  }

  return parseCanonical(input, domain, remainder);
}

function splitDomain(input: string): { domain: string; remainder: string } {
  const slash = input.indexOf('/');
  const first = slash === -1 ? '' : input.slice(0, slash);
  const looksLikeHost =
    slash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
  let domain = looksLikeHost ? first : DEFAULT_DOMAIN;
  let remainder = looksLikeHost ? input.slice(slash + 1) : input;

  if (domain === 'index.docker.io') domain = DEFAULT_DOMAIN;
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) {
    remainder = `${OFFICIAL_NAMESPACE}/${remainder}`;
  }
  return { domain, remainder };
}

function parseCanonical(input: string, domain: string, remainder: string): ImageReference {
  let rest = remainder;
  let digest: string | undefined;
  let tag: string | undefined;

  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) throw new InvalidReferenceError(input);
  }

  const colon = rest.lastIndexOf(':');
  if (colon !== -1 && !rest.slice(colon).includes('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) throw new InvalidReferenceError(input);
  }

  if (!DOMAIN_RE.test(domain) || !PATH_RE.test(rest)) throw new InvalidReferenceError(input);
  if (domain.length + 1 + rest.length > NAME_TOTAL_LENGTH_MAX) {
    throw new InvalidReferenceError(
      input,
      `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`,
    );
  }

  const reference: ImageReference = { domain, path: rest };
  if (tag !== undefined) reference.tag = tag;
  if (digest !== undefined) reference.digest = digest;
  return reference;
}

/** Adds `latest` when the reference names neither a tag nor a digest. */
export function withDefaultTag(reference: ImageReference): ImageReference {
  if (reference.tag !== undefined || reference.digest !== undefined) return reference;
  return { ...reference, tag: DEFAULT_TAG };
}

/** The repository as Docker shows it: `hello-world`, `bitnami/redis`, `localhost:5000/app`. */
export function familiarName(reference: ImageReference): string {
  if (reference.domain !== DEFAULT_DOMAIN) return `${reference.domain}/${reference.path}`;
  const prefix = `${OFFICIAL_NAMESPACE}/`;
  const rest = reference.path.slice(prefix.length);
  if (reference.path.startsWith(prefix) && !rest.includes('/')) return rest;
  return reference.path;
}

function suffix(reference: ImageReference): string {
  let out = '';
  if (reference.tag !== undefined) out += `:${reference.tag}`;
  if (reference.digest !== undefined) out += `@${reference.digest}`;
  return out;
}

/** `hello-world:latest`, as in "Unable to find image 'hello-world:latest' locally". */
export function familiarString(reference: ImageReference): string {
  return familiarName(reference) + suffix(reference);
}

/** `docker.io/library/hello-world:latest`, the last line `docker pull` prints. */
export function canonicalString(reference: ImageReference): string {
  return `${reference.domain}/${reference.path}${suffix(reference)}`;
}
