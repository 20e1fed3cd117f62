import { describe, expect, it } from 'vitest';
import { createManualClock, createSeededRandom } from '../engine/host.ts';
import { createInputQueue } from '../sandbox/input.ts';
import { createInterrupt } from '../sandbox/interrupt.ts';
import { createSession } from '../sandbox/session.ts';
import { evaluateCheck, type Check } from './checks.ts';
import { describeFailure } from './messages.ts';

async function sessionAfter(lines: string[]) {
  const session = createSession({
    clock: createManualClock(Date.UTC(2026, 11, 3), 100),
    random: createSeededRandom(3),
    delay: async () => {},
  });
  for (const line of lines) {
    const input = createInputQueue();
    input.end();
    const sink = { write: () => {} };
    await session.execute(line, { stdout: sink, stderr: sink, stdin: input }, createInterrupt().interrupt);
  }
  return { engine: session.engine, fs: session.fs, commands: session.commands() };
}

describe('checks', () => {
  it('look at images, containers, files and history', async () => {
    const target = await sessionAfter([
      'docker run --name greeter hello-world',
      'docker run -d --name cache -e MODE=fast --restart always redis:alpine',
      'cat missing.txt',
      'mkdir -p notes && echo "layers are shared" > notes/a.txt',
    ]);
    const pass: Check[] = [
      { image: 'hello-world' },
      { image: 'hello-world:latest' },
      { noImage: 'alpine' },
      { container: { image: 'hello-world', name: 'greeter', status: 'exited', exitCode: 0 } },
      { container: { name: 'cache', env: 'MODE=fast', restart: 'always', status: 'running' } },
      { noDanglingImages: true },
      { file: { path: 'notes/a.txt', contains: 'shared' } },
      { file: { path: '/workspace/notes/a.txt' } },
      { noFile: 'nothing-here.txt' },
      { ran: '^docker run\\b' },
    ];
    for (const check of pass) expect(evaluateCheck(target, check), JSON.stringify(check)).toBe(true);
    const fail: Check[] = [
      { image: 'busybox' },
      { container: { image: 'hello-world', exitCode: 1 } },
      { container: { name: 'other' } },
      { container: { name: 'cache', restart: 'no' } },
      { noContainer: { status: 'running' } },
      { file: { path: 'notes/a.txt', contains: 'copied' } },
      { ran: '^docker ps' },
      { ran: '^cat missing' },
      { ran: '(' },
    ];
    for (const check of fail) expect(evaluateCheck(target, check), JSON.stringify(check)).toBe(false);
  });

  it('explain a failure in either language', () => {
    const check: Check = { container: { image: 'hello-world', status: 'exited', exitCode: 0 } };
    expect(describeFailure(check, 'en')).toBe(
      'There is no container from the image hello-world that exited with code 0 yet.',
    );
    expect(describeFailure({ noContainer: { status: 'running' } }, 'en')).toBe(
      'There is still a container that is running.',
    );
    expect(describeFailure(check, 'zh')).toBe('还没有由镜像 hello-world 创建、以退出码 0 退出的容器。');
    expect(describeFailure({ image: 'nginx:alpine' }, 'zh')).toBe('主机上还没有镜像 nginx:alpine。');
  });
});
