// The fuzzer's line source: everyday lines that build up state, fresh docker lines from the
// grammar, damaged copies of them, and shell lines that wrap docker in pipes, `&&`, `||`, `;`,
// redirects and substitutions.

import type { Catalog } from '../../src/engine/index.ts';
import type { VerbSpec } from '../../src/shell/docker/spec.ts';
import { everydayTokens, serverReferences } from './everyday.ts';
import { dockerTokens, invocations, type Invocation } from './grammar.ts';
import { mutateText, mutateTokens, quote, serialize } from './mutate.ts';
import type { Rng } from './random.ts';
import { catalogReferences, containerReference, type World } from './vocabulary.ts';

export type LineKind = 'everyday' | 'docker' | 'mutated' | 'shell' | 'mutated-shell';

export interface LineSource {
  next(rng: Rng, world: World): { line: string; kind: LineKind };
}

/** Shell forms around one or two docker lines (`%A`, `%B`); `%C` is a container reference. */
const SHELL_FORMS = [
  '%A | grep web',
  '%A | wc -l',
  '%A > out.txt && cat out.txt',
  '%A && %B',
  '%A || echo failed',
  '%A; %B',
  '%A 2>&1 | head -n 3',
  '%A 2>/dev/null',
  '%A >> log.txt; cat log.txt | wc -c',
  'X=1 %A',
  'docker rm -f $(docker ps -aq)',
  'docker stop $(docker ps -q)',
  'docker inspect $(docker ps -lq)',
  'echo hi | docker run -i alpine cat',
  'echo hi | docker exec -i %C cat',
  'docker ps -q | head -n 1',
  'docker logs %C 2>&1 | grep -c .',
  'yes | head -n 1',
  'echo A=1 > env.list && docker run --env-file env.list alpine env',
  'cd /tmp && ls',
  'cat nosuch',
  'echo $?',
  'ls -la /workspace',
  'echo "$(docker ps -q | wc -l) running"',
  'history | head -n 2',
  '%A &',
  '(%A)',
];

export function createLineSource(verbs: readonly VerbSpec[], catalog: Catalog): LineSource {
  const table: (readonly [number, Invocation])[] = invocations(verbs);
  const references = catalogReferences(catalog);
  const servers = serverReferences(catalog);
  const docker = (rng: Rng, world: World) => dockerTokens(rng, table, references, world);

  function shellLine(rng: Rng, world: World): string {
    return rng
      .pick(SHELL_FORMS)
      .replace(/%([ABC])/g, (_, slot: string) =>
        slot === 'C'
          ? quote(rng, containerReference(rng, world) || 'web')
          : serialize(rng, docker(rng, world)),
      );
  }

  return {
    next(rng, world) {
      const kind = rng.weighted<LineKind>([
        [25, 'everyday'],
        [35, 'docker'],
        [25, 'mutated'],
        [10, 'shell'],
        [5, 'mutated-shell'],
      ]);
      if (kind === 'everyday')
        return { kind, line: serialize(rng, everydayTokens(rng, servers, world)) };
      if (kind === 'docker') return { kind, line: serialize(rng, docker(rng, world)) };
      if (kind === 'shell') return { kind, line: shellLine(rng, world) };
      if (kind === 'mutated-shell') return { kind, line: mutateText(rng, shellLine(rng, world)) };
      const tokens = docker(rng, world);
      const line = rng.chance(0.7)
        ? serialize(rng, mutateTokens(rng, tokens))
        : mutateText(rng, serialize(rng, tokens));
      return { kind, line };
    },
  };
}
