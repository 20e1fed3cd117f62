// hello-world:latest for linux/amd64 as published on 2025-01-21 (config 74cc54e27dc4): one layer
// holding the static /hello binary. Its ids, sizes and output were checked against pulls and
// `docker rmi` transcripts of that image.

import { bk } from './build.ts';
import type { CatalogImage } from './types.ts';

/** What /hello writes (the amd64 build names its architecture under step 2). */
export const HELLO_MESSAGE = `
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (amd64)
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`;

export const helloWorld: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/hello-world',
  tags: ['latest', 'linux'],
  indexDigest: 'sha256:424f1f86cdf501deb591ace8d14d2f40272617b51b374915a87a2886b2025ece',
  manifestDigest: 'sha256:03b62250a3cb1abd125271d393fc08bf0cc713391eda6b57c02d1ef85efcc25c',
  imageId: 'sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602',
  created: '2025-01-21T23:32:32Z',
  architecture: 'amd64',
  os: 'linux',
  layers: [
    {
      digest: 'sha256:e6590344b1a5dc518829d6ea1524fc12f8bcd14ee9a02aa6ad8360cce3a9a9e9',
      size: 2436,
      diffId: 'sha256:63a41026379f4391a306242eb0b9f26dc3550d863b7fdbb97d899f6eb89efe72',
      chainId: 'sha256:63a41026379f4391a306242eb0b9f26dc3550d863b7fdbb97d899f6eb89efe72',
      // `docker images` shows 10.1kB; the exact byte count is not published in the manifest.
      uncompressedSize: 10072,
    },
  ],
  config: {
    Cmd: ['/hello'],
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    WorkingDir: '/',
  },
  history: [
    bk('2025-01-21T23:32:32Z', 'COPY hello / # buildkit'),
    bk('2025-01-21T23:32:32Z', 'CMD ["/hello"]', true),
  ],
  rootfs: {
    '/hello': {
      kind: 'file',
      content: '\u007fELF (static binary; prints the hello message)',
      mode: 0o775,
    },
  },
  process: { kind: 'static-output', stdout: HELLO_MESSAGE, exitCode: 0 },
};
