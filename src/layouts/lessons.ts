// The course's lessons for one language, in order, with their slugs.

import { getCollection, type CollectionEntry } from 'astro:content';
import type { Language } from '../i18n/index.ts';

export type LessonEntry = CollectionEntry<'lessons'>;

/** `en/docker-architecture` → `docker-architecture`. */
export function slugOf(entry: LessonEntry): string {
  return entry.id.split('/').slice(1).join('/');
}

export async function lessonsFor(lang: Language): Promise<LessonEntry[]> {
  const all = await getCollection('lessons', (entry) => entry.id.startsWith(`${lang}/`));
  return all.sort((a, b) => a.data.order - b.data.order);
}
