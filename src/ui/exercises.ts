// Makes a lesson's exercises live: Check asks the playground's engine, the result shows in the
// learner's language, and finished exercises are remembered in this browser.

import type { Language } from '../i18n/index.ts';
import type { Check } from '../labs/checks.ts';
import { describeFailure } from '../labs/messages.ts';

const DONE_KEY = 'berth:exercises-done';

interface Payload {
  id: string;
  lesson: string;
  checks: Check[];
}

function doneSet(): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(DONE_KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

function remember(key: string): void {
  const done = doneSet();
  done.add(key);
  try {
    localStorage.setItem(DONE_KEY, JSON.stringify([...done]));
  } catch {
    // Storage refused (private mode): the green mark lasts for this visit only.
  }
}

/** `lesson/exercise` keys of every exercise finished in this browser. */
export function finishedExercises(): Set<string> {
  return doneSet();
}

function enhance(section: HTMLElement): void {
  const payload = JSON.parse(
    section.querySelector('[data-exercise-checks]')?.textContent ?? '{}',
  ) as Payload;
  const button = section.querySelector<HTMLButtonElement>('[data-check]');
  const result = section.querySelector<HTMLElement>('[data-result]');
  const doneMark = section.querySelector<HTMLElement>('[data-done]');
  if (!button || !result || !doneMark) return;
  const lang = (section.dataset.lang ?? 'en') as Language;
  const key = `${payload.lesson}/${payload.id}`;

  const markDone = () => {
    section.classList.add('passed');
    doneMark.hidden = false;
  };
  if (doneSet().has(key)) markDone();

  addEventListener('berth:ready', () => (button.disabled = false), { once: true });
  if (document.querySelector('[data-playground][data-ready="true"]')) button.disabled = false;

  button.addEventListener('click', () => {
    result.textContent = section.dataset.checking ?? '';
    section.classList.remove('failed');
    dispatchEvent(new CustomEvent('berth:check', { detail: { id: key, checks: payload.checks } }));
  });

  addEventListener('berth:check-result', (event) => {
    const { id, passed } = (event as CustomEvent<{ id: string; passed: boolean[] }>).detail;
    if (id !== key) return;
    const failing = payload.checks.find((_, index) => !passed[index]);
    if (!failing) {
      result.textContent = section.dataset.passed ?? '';
      remember(key);
      return markDone();
    }
    section.classList.add('failed');
    result.textContent = describeFailure(failing, lang);
  });
}

export function enhanceExercises(): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-exercise]')) enhance(section);
}
