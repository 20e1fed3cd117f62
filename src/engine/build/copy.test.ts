// COPY's rules on paths, as Docker applies them: a folder's contents, not the folder; a
// destination ending in `/` (or several sources) is a folder, relative to WORKDIR; `*` stays
// within one path segment; missing sources are named as BuildKit names them.

import { describe, expect, it } from 'vitest';
import type { RootFs } from '../catalog/types.ts';
import { parseDockerfile, type CopyInstruction } from '../dockerfile/index.ts';
import { applyWrites, planCopy } from './copy.ts';

const context: RootFs = {
  '/app.py': { kind: 'file', content: 'print(1)\n', mode: 0o644 },
  '/requirements.txt': { kind: 'file', content: 'flask\n', mode: 0o644 },
  '/src': { kind: 'directory' },
  '/src/main.py': { kind: 'file', content: 'main\n' },
  '/src/lib/util.py': { kind: 'file', content: 'util\n' },
  '/notes.md': { kind: 'file', content: '# notes\n' },
};
const image: RootFs = {
  '/app': { kind: 'directory' },
  '/etc/hostname': { kind: 'file', content: 'x\n' },
};

function copy(line: string, workdir = '/') {
  const parsed = parseDockerfile(`FROM scratch\n${line}\n`);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const ins = parsed.dockerfile.stages[0]!.instructions[0] as CopyInstruction;
  return planCopy(ins, context, image, workdir);
}

function written(line: string, workdir = '/') {
  const plan = copy(line, workdir);
  if (!plan.ok) throw new Error(JSON.stringify(plan));
  return plan.writes.map(([path, entry]) => `${entry.kind === 'file' ? 'f' : 'd'} ${path}`);
}

describe('planCopy', () => {
  it('copies a file into WORKDIR for `.`, and to a new name otherwise', () => {
    expect(written('COPY requirements.txt .', '/app')).toEqual(['f /app/requirements.txt']);
    expect(written('COPY app.py /srv/main.py')).toEqual(['d /srv', 'f /srv/main.py']);
    expect(written('COPY app.py /app')).toEqual(['f /app/app.py']);
  });

  it('copies a folder’s contents, not the folder', () => {
    expect(written('COPY src /code/')).toEqual([
      'd /code',
      'd /code/lib',
      'f /code/lib/util.py',
      'f /code/main.py',
    ]);
  });

  it('matches wildcards within one segment and takes several sources into a folder', () => {
    expect(written('COPY *.py *.txt /app/')).toEqual(['f /app/app.py', 'f /app/requirements.txt']);
  });

  it('names a missing source as an absolute context path', () => {
    expect(copy('COPY missing.txt .')).toEqual({ ok: false, missing: '/missing.txt' });
    expect(copy('COPY ./nothing/*.py /app/')).toEqual({ ok: false, missing: '/nothing/*.py' });
  });

  it('applies --chmod and changes the checksum with the content', () => {
    const plan = copy('COPY --chmod=755 app.py /usr/local/bin/app');
    if (!plan.ok) throw new Error('expected a plan');
    expect(plan.writes.at(-1)).toEqual([
      '/usr/local/bin/app',
      { kind: 'file', content: 'print(1)\n', mode: 0o755 },
    ]);
    const again = copy('COPY --chmod=755 app.py /usr/local/bin/app');
    expect(again.ok && again.checksum).toBe(plan.checksum);
    const tree = applyWrites(image, plan.writes);
    expect(tree['/usr/local/bin/app']?.kind).toBe('file');
    expect(tree['/etc/hostname']).toEqual(image['/etc/hostname']);
  });
});
