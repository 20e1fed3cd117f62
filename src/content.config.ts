// Lessons are MDX files, one per language under content/lessons/<lang>/, sharing a slug.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: z.object({
    /** The lesson's title, shown as its heading and in the lesson list. */
    title: z.string().min(1),
    /** One sentence for the lesson list and the page description. */
    summary: z.string().min(1),
    /** Position in the course, starting at 1; the same in both languages. */
    order: z.number().int().positive(),
    /** A folder of content/examples/ whose files start the playground's workspace. */
    workspace: z.string().optional(),
  }),
});

const localized = z.object({ en: z.string().min(1), zh: z.string().min(1) });

const containerMatch = z
  .object({
    image: z.string().optional(),
    name: z.string().optional(),
    status: z.enum(['created', 'running', 'paused', 'restarting', 'exited']).optional(),
    exitCode: z.number().int().optional(),
    publishes: z.string().regex(/^\d+:\d+(\/(tcp|udp))?$/).optional(),
    env: z.string().regex(/^[^=]+=/).optional(),
    restart: z.enum(['no', 'always', 'unless-stopped', 'on-failure']).optional(),
  })
  .strict();

/** The check vocabulary of src/labs/checks.ts; each check is an object with one key. */
const check = z.union([
  z.object({ image: z.string() }).strict(),
  z.object({ noImage: z.string() }).strict(),
  z.object({ noDanglingImages: z.literal(true) }).strict(),
  z.object({ container: containerMatch }).strict(),
  z.object({ noContainer: containerMatch }).strict(),
  z.object({ file: z.object({ path: z.string(), contains: z.string().optional() }).strict() }).strict(),
  z.object({ noFile: z.string() }).strict(),
  z.object({ ran: z.string() }).strict(),
]);

/** One lesson's exercises (content/exercises/<lesson slug>.yaml), shared by both languages. */
const exercises = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/exercises' }),
  schema: z.object({
    exercises: z.array(
      z.object({
        /** Referenced from the lesson as <Exercise id="…" />. */
        id: z.string().regex(/^[a-z0-9-]+$/),
        title: localized,
        /** What to do; `code` in backticks is shown as code. */
        task: localized,
        hints: z.array(localized).default([]),
        /** Command lines that complete the exercise from the lesson's starting state. */
        solution: z.array(z.string()).min(1),
        checks: z.array(check).min(1),
      }),
    ),
  }),
});

/** Reference pages beside the course (glossary, cheat sheet), one file per language. */
const reference = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/reference' }),
  schema: z.object({
    title: z.string().min(1),
    summary: z.string().min(1),
    /** Order in the home page's reference list. */
    order: z.number().int().positive(),
  }),
});

export const collections = { lessons, exercises, reference };
