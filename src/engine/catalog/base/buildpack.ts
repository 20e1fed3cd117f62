// buildpack-deps, the base of the "full" python and node images: three RUN steps that add curl,
// version control tools and development headers on top of a Debian release.

import { bk } from '../build.ts';
import type { HistoryEntry } from '../types.ts';

/** `cleanup` is how the release's Dockerfiles clear apt lists (trixie: `apt-get dist-clean`). */
export function buildpackSteps(at: [string, string, string], cleanup: string): HistoryEntry[] {
  return [
    bk(
      at[0],
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends ' +
        `\t\tca-certificates \t\tcurl \t\tgnupg \t\tnetbase \t\tsq \t\twget \t; \t${cleanup} # buildkit`,
    ),
    bk(
      at[1],
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends ' +
        `\t\tgit \t\tmercurial \t\topenssh-client \t\tsubversion \t\t\t\tprocps \t; \t${cleanup} # buildkit`,
    ),
    {
      ...bk(
        at[2],
        'RUN /bin/sh -c set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends ' +
          '\t\tautoconf \t\tautomake \t\tbzip2 \t\tdefault-libmysqlclient-dev \t\tdpkg-dev',
      ),
      abridged: true,
    },
  ];
}
