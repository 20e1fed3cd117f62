import { describe, expect, it } from 'vitest';
import { createTestShell } from './testing.ts';
import type { CommandSpec } from './types.ts';

describe('pipelines', () => {
  it('connects stdout to the next stdin', async () => {
    const { run } = createTestShell();
    await run('mkdir app data && touch app.py');
    expect(await run('ls | grep app | wc -l')).toEqual({ stdout: '2\n', stderr: '', status: 0 });
  });

  it('returns the status of the last command', async () => {
    const { run } = createTestShell();
    expect((await run('false | true')).status).toBe(0);
    expect((await run('true | false')).status).toBe(1);
    expect((await run('echo x | grep y')).status).toBe(1);
  });

  it('ends an endless writer once its reader is done', async () => {
    const { run } = createTestShell();
    expect(await run('yes | head -n 3')).toEqual({ stdout: 'y\ny\ny\n', stderr: '', status: 0 });
    expect((await run('yes hi | cat | head -2')).stdout).toBe('hi\nhi\n');
  });

  it('keeps stderr out of the pipe unless |& or 2>&1 sends it', async () => {
    const { run } = createTestShell();
    expect(await run('ls nope | wc -l')).toEqual({
      stdout: '0\n',
      stderr: "ls: cannot access 'nope': No such file or directory\n",
      status: 0,
    });
    expect((await run('ls nope 2>&1 | wc -l')).stdout).toBe('1\n');
    expect((await run('ls nope |& grep -c access')).stdout).toBe('1\n');
  });

  it('streams output to the next stage as it is written', async () => {
    const order: string[] = [];
    const slow: CommandSpec = {
      name: 'slow',
      summary: 'Writes twice',
      async run(context) {
        context.io.stdout.write('one\n');
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push('second write');
        context.io.stdout.write('two\n');
        return 0;
      },
    };
    const probe: CommandSpec = {
      name: 'probe',
      summary: 'Logs what it reads',
      async run(context) {
        for (
          let chunk = await context.io.stdin.read();
          chunk !== null;
          chunk = await context.io.stdin.read()
        ) {
          order.push(`read ${JSON.stringify(chunk)}`);
        }
        return 0;
      },
    };
    const { run } = createTestShell({ commands: [slow, probe] });
    await run('slow | probe');
    expect(order).toEqual(['read "one\\n"', 'second write', 'read "two\\n"']);
  });
});
