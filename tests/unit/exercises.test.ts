// Every exercise's reference solution, replayed against a fresh headless session, passes its
// checks (and the checks do not pass before it); both languages show the same exercises.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createManualClock, createSeededRandom } from '../../src/engine/host.ts';
import { evaluateChecks, type Check } from '../../src/labs/checks.ts';
import { createInputQueue } from '../../src/sandbox/input.ts';
import { createInterrupt } from '../../src/sandbox/interrupt.ts';
import { createSession } from '../../src/sandbox/session.ts';

interface Exercise {
  id: string;
  solution: string[];
  checks: Check[];
}

const lessonsDir = 'content/lessons';
const exercisesDir = 'content/exercises';

function exampleFiles(name: string | undefined): Record<string, string> {
  if (!name) return {};
  const files: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${dir}/${entry.name}`, `${prefix}${entry.name}/`);
      else files[prefix + entry.name] = readFileSync(`${dir}/${entry.name}`, 'utf8');
    }
  };
  walk(`content/examples/${name}`, '');
  return files;
}

function lessonMeta(lang: string, slug: string) {
  const text = readFileSync(`${lessonsDir}/${lang}/${slug}.mdx`, 'utf8');
  const workspace = /^workspace:\s*(\S+)/m.exec(text)?.[1];
  const ids = [...text.matchAll(/<Exercise id="([^"]+)"/g)].map((match) => match[1]);
  return { workspace, ids };
}

async function replay(files: Record<string, string>, lines: string[]) {
  const session = createSession({
    clock: createManualClock(Date.UTC(2026, 11, 3, 9, 0, 0), 250),
    random: createSeededRandom(42),
    files,
    delay: async () => {},
  });
  const transcript: string[] = [];
  for (const line of lines) {
    const input = createInputQueue();
    input.end();
    const sink = { write: (text: string) => transcript.push(text) };
    await session.execute(line, { stdout: sink, stderr: sink, stdin: input }, createInterrupt().interrupt);
  }
  return { session, transcript: transcript.join('') };
}

const slugs = readdirSync(`${lessonsDir}/en`).map((name) => name.replace(/\.mdx$/, ''));

describe('lesson exercises', () => {
  it('exist for the same lessons in both languages', () => {
    expect(readdirSync(`${lessonsDir}/zh`).sort()).toEqual(readdirSync(`${lessonsDir}/en`).sort());
  });

  for (const slug of slugs) {
    const file = `${exercisesDir}/${slug}.yaml`;
    const exercises: Exercise[] = (() => {
      try {
        return (parse(readFileSync(file, 'utf8')) as { exercises: Exercise[] }).exercises;
      } catch {
        return [];
      }
    })();

    it(`${slug}: zh and en place the same exercises, in the same order, all defined`, () => {
      const en = lessonMeta('en', slug);
      const zh = lessonMeta('zh', slug);
      expect(zh.ids).toEqual(en.ids);
      expect(zh.workspace).toBe(en.workspace);
      expect([...en.ids].sort()).toEqual(exercises.map((exercise) => exercise.id).sort());
    });

    for (const exercise of exercises) {
      it(`${slug}/${exercise.id}: the solution passes every check, which fail before it`, async () => {
        const files = exampleFiles(lessonMeta('en', slug).workspace);
        const before = await replay(files, []);
        const target = (s: typeof before.session) => ({
          engine: s.engine,
          fs: s.fs,
          commands: s.commands(),
        });
        const initially = evaluateChecks(target(before.session), exercise.checks);
        expect(initially.some((result) => !result.passed)).toBe(true);

        const after = await replay(files, exercise.solution);
        const results = evaluateChecks(target(after.session), exercise.checks);
        expect(results.filter((result) => !result.passed), after.transcript).toEqual([]);
      });
    }
  }
});
