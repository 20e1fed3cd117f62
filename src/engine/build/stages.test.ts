// Which stages a build runs, and the names BuildKit gives their steps.

import { describe, expect, it } from 'vitest';
import { parseDockerfile, type Dockerfile } from '../dockerfile/index.ts';
import { applyMetadata, type ConfigState } from './config.ts';
import { planStages, stepName } from './stages.ts';

function dockerfile(text: string): Dockerfile {
  const parsed = parseDockerfile(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.dockerfile;
}

const MULTI =
  'ARG VERSION=3.12\nFROM python:${VERSION}-slim AS build\nRUN a\nCOPY b c\n' +
  'FROM alpine\nRUN d\n' +
  'FROM build AS test\nRUN e\n' +
  'FROM nginx\nCOPY --from=build /out /usr/share/nginx/html\n';

describe('planStages', () => {
  it('runs the last stage and what it copies from, with global ARGs in FROM', () => {
    const plan = planStages(dockerfile(MULTI), {}, undefined);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.plans.map((p) => [p.label, p.baseName, p.total])).toEqual([
      ['build', 'python:3.12-slim', 3],
      ['stage-3', 'nginx', 2],
    ]);
  });

  it('follows --target through a stage used as a base, and --build-arg into FROM', () => {
    const plan = planStages(dockerfile(MULTI), { VERSION: '3.11' }, 'test');
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.plans.map((p) => [p.label, p.baseName, p.total])).toEqual([
      ['build', 'python:3.11-slim', 3],
      ['test', 'build', 1],
    ]);
    expect(planStages(dockerfile(MULTI), {}, 'prod')).toEqual({
      ok: false,
      message: 'target stage "prod" could not be found',
    });
  });

  it('names steps without a stage in a single-stage file and pads to the total', () => {
    const single = planStages(dockerfile('FROM alpine AS only\nRUN a\n'), {}, undefined);
    if (!single.ok) throw new Error(single.message);
    expect(stepName(single.target, 2, 'RUN a')).toBe('[2/2] RUN a');
    const long = { ...single.target, label: 'build', total: 12 };
    expect(stepName(long, 3, 'COPY . .')).toBe('[build  3/12] COPY . .');
  });
});

describe('applyMetadata', () => {
  const history = (line: string, state?: ConfigState) => {
    const ins = dockerfile(`FROM scratch\n${line}\n`).stages[0]!.instructions[0]!;
    return applyMetadata(state ?? { config: {}, cmdSet: false }, ins);
  };

  it('writes BuildKit’s created_by words', () => {
    expect(history('CMD ["python", "app.py"]')).toBe('CMD ["python" "app.py"]');
    expect(history('CMD python app.py')).toBe('CMD ["/bin/sh" "-c" "python app.py"]');
    expect(history('EXPOSE 80 443/tcp')).toBe('EXPOSE map[443/tcp:{} 80/tcp:{}]');
    expect(history('VOLUME ["/data", "/logs"]')).toBe('VOLUME [/data /logs]');
    expect(history('SHELL ["/bin/bash", "-c"]')).toBe('SHELL [/bin/bash -c]');
    expect(history('HEALTHCHECK --interval=30s --retries=3 CMD curl -f http://localhost/')).toBe(
      'HEALTHCHECK &{["CMD-SHELL" "curl -f http://localhost/"] "30s" "0s" "0s" "0s" \'\\x03\'}',
    );
  });

  it('drops an inherited CMD when ENTRYPOINT is set, but not one set before it', () => {
    const state: ConfigState = { config: { Cmd: ['nginx'] }, cmdSet: false };
    history('ENTRYPOINT ["/entry.sh"]', state);
    expect(state.config.Cmd).toBeUndefined();
    history('CMD ["run"]', state);
    history('ENTRYPOINT ["/other.sh"]', state);
    expect(state.config).toEqual({ Entrypoint: ['/other.sh'], Cmd: ['run'] });
  });
});
