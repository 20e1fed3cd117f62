// What the python images share: the build steps' words as `docker history` shows them, the
// files a learner finds under /usr/local/bin, and the REPL that `python3` starts.

import { binary, dirs, link } from './base/fs.ts';
import { bk, bkRun } from './build.ts';
import type { HistoryEntry, MainProcess, RootFs } from './types.ts';

export const PYTHON_PATH =
  'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Python's files on top of a distribution root: `python3.12`, and the short names linking to it. */
export function pythonFiles(minor: string): RootFs {
  return {
    ...dirs(
      '/usr/local/lib',
      `/usr/local/lib/python${minor}`,
      `/usr/local/lib/python${minor}/site-packages`,
    ),
    [`/usr/local/bin/python${minor}`]: binary(`CPython ${minor}`),
    '/usr/local/bin/python3': link(`python${minor}`),
    '/usr/local/bin/python': link('python3'),
    [`/usr/local/bin/pip${minor}`]: binary(`pip for Python ${minor}`),
    '/usr/local/bin/pip3': link(`pip${minor}`),
    '/usr/local/bin/pip': link('pip3'),
  };
}

export function pythonPrograms(minor: string): Record<string, MainProcess> {
  const repl: MainProcess = { kind: 'shell', shell: 'python3' };
  return {
    [`/usr/local/bin/python${minor}`]: repl,
    '/usr/local/bin/python3': repl,
    '/usr/local/bin/python': repl,
  };
}

const SYMLINKS =
  'set -eux; \tfor src in idle3 pip3 pydoc3 python3 python3-config; do \t\tdst="$(echo "$src" | tr -d 3)"; ' +
  '\t\t[ -s "/usr/local/bin/$src" ]; \t\t[ ! -e "/usr/local/bin/$dst" ]; \t\tln -svT "$src" "/usr/local/bin/$dst"; \tdone';

export const SLIM_BUILD =
  'set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; ' +
  '\tapt-get install -y --no-install-recommends \t\tdpkg-dev \t\tgcc \t\tgnupg';

/** The BuildKit steps of docker-library/python's Debian Dockerfiles after the base image. */
export function pythonSteps(options: {
  at: string;
  builtAt: string;
  version: string;
  sha256: string;
  gpgKey?: string;
  lang?: boolean;
  slim: boolean;
  /** The start of the RUN step that builds Python. */
  buildScript: string;
}): HistoryEntry[] {
  const { at, builtAt } = options;
  const steps: HistoryEntry[] = [bk(at, `ENV ${PYTHON_PATH}`, true)];
  if (options.lang !== false) steps.push(bk(at, 'ENV LANG=C.UTF-8', true));
  steps.push(
    options.slim
      ? bk(
          at,
          'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends ' +
            '\t\tca-certificates \t\tnetbase \t\ttzdata \t; \tapt-get dist-clean # buildkit',
        )
      : bk(
          at,
          'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends ' +
            '\t\tlibbluetooth-dev \t\ttk-dev \t\tuuid-dev \t; \tapt-get dist-clean # buildkit',
        ),
  );
  if (options.gpgKey) steps.push(bk(at, `ENV GPG_KEY=${options.gpgKey}`, true));
  steps.push(
    bk(at, `ENV PYTHON_VERSION=${options.version}`, true),
    bk(at, `ENV PYTHON_SHA256=${options.sha256}`, true),
    bkRun(builtAt, options.buildScript),
    bk(builtAt, `RUN /bin/sh -c ${SYMLINKS} # buildkit`),
    bk(builtAt, 'CMD ["python3"]', true),
  );
  return steps;
}
