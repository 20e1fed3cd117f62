// The one place that says which Docker Berth imitates: Docker Engine - Community 28.5.1 on
// linux/amd64, as `docker version` printed it for the Debian/Ubuntu packages in October 2025.

export const DOCKER_VERSIONS = {
  platformName: 'Docker Engine - Community',
  client: {
    version: '28.5.1',
    apiVersion: '1.51',
    goVersion: 'go1.24.8',
    gitCommit: 'e180ab8',
    built: 'Fri Oct 10 13:04:33 2025',
    os: 'linux',
    arch: 'amd64',
    context: 'default',
  },
  engine: {
    version: '28.5.1',
    apiVersion: '1.51',
    minApiVersion: '1.24',
    goVersion: 'go1.24.8',
    gitCommit: 'f8215cc',
    built: 'Fri Oct 10 13:04:33 2025',
    os: 'linux',
    arch: 'amd64',
    experimental: false,
  },
  components: [
    {
      name: 'containerd',
      version: 'v1.7.28',
      gitCommit: 'b98a3aace656320842a23f4a392a33f46af97866',
    },
    { name: 'runc', version: '1.3.0', gitCommit: 'v1.3.0-0-g4ca628d1' },
    { name: 'docker-init', version: '0.19.0', gitCommit: 'de40ad0' },
  ],
} as const;

export type DockerVersions = typeof DOCKER_VERSIONS;
