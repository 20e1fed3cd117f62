import { describe, expect, it } from 'vitest';
import { createTestShell } from './testing.ts';
import type { CommandSpec } from './types.ts';

const docker: CommandSpec = {
  name: 'docker',
  summary: 'Manage containers',
  run: () => 0,
  complete: (words) => (words.length === 1 ? ['build', 'run', 'rm', 'rmi', 'ps'] : []),
};

async function setup() {
  const test = createTestShell({ commands: [docker] });
  await test.run('mkdir app && touch app.py Dockerfile .env && mkdir app/static');
  return test.shell;
}

describe('complete', () => {
  it('completes command names in command position', async () => {
    const shell = await setup();
    expect(shell.complete('do', 2)).toEqual({ start: 0, end: 2, candidates: ['docker'] });
    expect(shell.complete('ls | he', 7)).toEqual({
      start: 5,
      end: 7,
      candidates: ['head', 'help'],
    });
    expect(shell.complete('A=1 ec', 6).candidates).toEqual(['echo']);
  });

  it("asks the command's hook, then falls back to files", async () => {
    const shell = await setup();
    expect(shell.complete('docker r', 8)).toEqual({
      start: 7,
      end: 8,
      candidates: ['rm', 'rmi', 'run'],
    });
    expect(shell.complete('docker build -t x a', 19).candidates).toEqual(['app.py', 'app/']);
  });

  it('completes files relative to cwd, with / after directories', async () => {
    const shell = await setup();
    expect(shell.complete('cat app', 7).candidates).toEqual(['app.py', 'app/']);
    expect(shell.complete('ls app/', 7)).toEqual({ start: 3, end: 7, candidates: ['app/static/'] });
    expect(shell.complete('cat .', 5).candidates).toEqual(['.env']);
    expect(shell.complete('cd ', 3).candidates).toEqual(['app/']);
    expect(shell.complete('echo > D', 8).candidates).toEqual(['Dockerfile']);
    expect(shell.complete('ls ~/', 5).candidates).toEqual([]);
  });

  it('completes at the cursor, not the end of the line', async () => {
    const shell = await setup();
    expect(shell.complete('cat Doc; ls', 7)).toEqual({
      start: 4,
      end: 7,
      candidates: ['Dockerfile'],
    });
  });
});
