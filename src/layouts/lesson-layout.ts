// Behaviour of the lesson layout: the divider (pointer and arrow keys, remembered per
// browser), the narrow-screen view switch, and "run" buttons on the lesson's shell snippets.

const RATIO_KEY = 'berth:split';

function applyRatio(split: HTMLElement, splitter: HTMLElement, percent: number): void {
  const clamped = Math.min(75, Math.max(25, Math.round(percent)));
  split.style.setProperty('--text-share', `${clamped}%`);
  splitter.setAttribute('aria-valuenow', String(clamped));
}

function enhanceSplitter(split: HTMLElement, splitter: HTMLElement): void {
  const stored = Number(localStorage.getItem(RATIO_KEY));
  if (stored) applyRatio(split, splitter, stored);
  const remember = () => localStorage.setItem(RATIO_KEY, splitter.getAttribute('aria-valuenow') ?? '50');

  splitter.addEventListener('pointerdown', (down) => {
    splitter.setPointerCapture(down.pointerId);
    const box = split.getBoundingClientRect();
    const move = (event: PointerEvent) =>
      applyRatio(split, splitter, ((event.clientX - box.left) / box.width) * 100);
    const up = () => {
      splitter.removeEventListener('pointermove', move);
      remember();
    };
    splitter.addEventListener('pointermove', move);
    splitter.addEventListener('pointerup', up, { once: true });
  });

  splitter.addEventListener('keydown', (event) => {
    const now = Number(splitter.getAttribute('aria-valuenow'));
    const steps: Record<string, number> = { ArrowLeft: -5, ArrowRight: 5, Home: -100, End: 100 };
    const step = steps[event.key];
    if (step === undefined) return;
    event.preventDefault();
    applyRatio(split, splitter, now + step);
    remember();
  });
}

function enhanceViewSwitch(split: HTMLElement): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('.view-switch [data-view]')];
  for (const button of buttons) {
    button.addEventListener('click', () => {
      split.dataset.view = button.dataset.view;
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
    });
  }
}

function snippetButton(label: string, className: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.textContent = label;
  return button;
}

/** A Copy button on every code block of the lesson; it says "Copied" for a moment. */
function addCopyButtons(text: HTMLElement, label: string, done: string): void {
  if (!navigator.clipboard) return;
  for (const pre of text.querySelectorAll<HTMLElement>('pre')) {
    if (pre.closest('.exercise')) continue;
    const button = snippetButton(label, 'copy-snippet');
    button.addEventListener('click', () => {
      navigator.clipboard.writeText((pre.textContent ?? '').replace(/\n+$/, '\n')).then(() => {
        button.textContent = done;
        setTimeout(() => (button.textContent = label), 1500);
      });
    });
    pre.before(button);
  }
}

function addRunButtons(text: HTMLElement, label: string): void {
  for (const pre of text.querySelectorAll<HTMLElement>('pre[data-language="sh"]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'run-snippet';
    button.textContent = label;
    button.addEventListener('click', () => {
      const split = document.querySelector<HTMLElement>('[data-split]');
      if (split?.dataset.view === 'lesson') {
        document.querySelector<HTMLButtonElement>('.view-switch [data-view="playground"]')?.click();
      }
      dispatchEvent(new CustomEvent('berth:run', { detail: pre.textContent ?? '' }));
    });
    pre.before(button);
  }
}

export function enhanceLesson(): void {
  const split = document.querySelector<HTMLElement>('[data-split]');
  const splitter = document.querySelector<HTMLElement>('[data-splitter]');
  const text = document.querySelector<HTMLElement>('[data-lesson-text]');
  if (!split || !splitter || !text) return;
  enhanceSplitter(split, splitter);
  enhanceViewSwitch(split);
  addCopyButtons(text, text.dataset.copyLabel ?? '', text.dataset.copiedLabel ?? '');
  addRunButtons(text, text.dataset.runLabel ?? '');
}
