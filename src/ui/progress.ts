// The course index's progress marks: how many of each lesson's exercises this browser has
// finished, read from what the exercises remembered.

import { finishedExercises } from './exercises.ts';

export function showProgress(): void {
  const done = finishedExercises();
  const list = document.querySelector<HTMLElement>('[data-progress-template]');
  const template = list?.dataset.progressTemplate ?? '{done}/{all}';
  for (const item of document.querySelectorAll<HTMLElement>('[data-lesson]')) {
    const ids = (item.dataset.exercises ?? '').split(' ').filter(Boolean);
    const mark = item.querySelector<HTMLElement>('[data-progress]');
    if (!mark || ids.length === 0) continue;
    const count = ids.filter((id) => done.has(`${item.dataset.lesson}/${id}`)).length;
    if (count === 0) continue;
    mark.textContent = template.replace('{done}', String(count)).replace('{all}', String(ids.length));
    mark.classList.toggle('complete', count === ids.length);
    mark.hidden = false;
  }
}
