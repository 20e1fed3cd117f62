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

export const collections = { lessons };
