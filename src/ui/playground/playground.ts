// Starts the playground island: the sandbox worker, the terminal, the workbench and the
// per-lesson storage, wired together. The lesson text is already usable when this runs.

import type { Check } from '../../labs/checks.ts';
import { SandboxClient } from '../../sandbox/client.ts';
import { INITIAL_PROMPT } from '../../sandbox/protocol.ts';
import type { WorkspaceFiles } from '../../sandbox/protocol.ts';
import { createTerminal } from '../terminal/terminal.ts';
import { debounce, deleteWorkspace, loadWorkspace, saveWorkspace } from './storage.ts';
import { Workbench } from './workbench.ts';
import { WorkspaceMirror } from './workspace-mirror.ts';

export interface PlaygroundStrings {
  terminalHelp: string;
  editorLoading: string;
  editorEmpty: string;
  editorLabel: string;
  closeTab: string;
  resetConfirm: string;
  resetDone: string;
  saved: string;
  welcome: string;
  workerFailed: string;
  storageUnavailable: string;
}

function readJson<T>(root: HTMLElement, selector: string): T {
  const element = root.querySelector(selector);
  return JSON.parse(element?.textContent ?? '{}') as T;
}

function required<T extends Element>(root: HTMLElement, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`playground markup lacks ${selector}`);
  return element;
}

export async function mountPlayground(root: HTMLElement): Promise<void> {
  performance.mark('berth:playground-start');
  const storageKey = root.dataset.storageKey ?? 'default';
  const startingFiles = readJson<WorkspaceFiles>(root, '[data-starting-files]');
  const strings = readJson<PlaygroundStrings>(root, '[data-strings]');
  const status = required<HTMLElement>(root, '[data-status]');
  const terminalHost = required<HTMLElement>(root, '[data-terminal]');
  const workbenchHost = required<HTMLElement>(root, '[data-workbench]');
  const toggles = [...root.querySelectorAll<HTMLButtonElement>('[data-pane]')];
  const resetButton = required<HTMLButtonElement>(root, '[data-reset]');

  const say = (text: string) => {
    status.textContent = text;
  };

  const mirror = new WorkspaceMirror();
  let history: string[] = [];
  const client = new SandboxClient(
    () =>
      new Worker(new URL('../../sandbox/worker.ts', import.meta.url), {
        type: 'module',
        name: 'berth-sandbox',
      }),
    () => ({ files: mirror.snapshot(), history }),
  );
  client.onFault(() => say(strings.workerFailed));
  let storageWorks = true;
  const save = debounce(() => {
    if (!storageWorks) return;
    saveWorkspace(storageKey, { files: mirror.snapshot(), history, savedAt: Date.now() })
      .then(() => say(strings.saved))
      .catch(() => {
        storageWorks = false;
        say(strings.storageUnavailable);
      });
  }, 300);
  addEventListener('pagehide', () => save.flush());

  const terminal = createTerminal({
    host: terminalHost,
    client,
    label: strings.terminalHelp,
    focusOut: () => (toggles[0] ?? resetButton).focus(),
    onHistory: (lines) => {
      history = lines;
      save();
    },
  });
  performance.mark('berth:terminal-open');
  const early = terminalHost.querySelector<HTMLElement>('[data-early-terminal]');
  const earlyHadFocus = early !== null && document.activeElement === early;
  const earlyKeys = (window as unknown as { berthEarlyKeys?: string[] }).berthEarlyKeys ?? [];
  early?.remove();
  if (earlyKeys.length > 0) terminal.editor.handleData(earlyKeys.join(''));
  if (earlyHadFocus) terminal.terminal.focus();
  // A read-only handle for end-to-end tests and curious learners in the devtools console.
  Object.defineProperty(window, 'berthTerminal', { value: terminal.terminal, configurable: true });
  terminal.fit();
  new ResizeObserver(() => terminal.fit()).observe(terminalHost);

  const workbench = new Workbench(
    {
      tree: required(root, '[data-tree]'),
      tabs: required(root, '[data-tabs]'),
      surface: required(root, '[data-editor-surface]'),
    },
    mirror,
    {
      editorLoading: strings.editorLoading,
      editorEmpty: strings.editorEmpty,
      editorLabel: strings.editorLabel,
      lang: document.documentElement.lang.startsWith('zh') ? 'zh' : 'en',
      closeTab: (name) => strings.closeTab.replace('{name}', name),
    },
    (path, content) => {
      mirror.files.set(path, content);
      client.writeFile(path, content);
      save();
    },
  );

  for (const toggle of toggles) {
    toggle.addEventListener('click', () => {
      const pane = toggle.dataset.pane;
      const opening = toggle.getAttribute('aria-expanded') !== 'true';
      for (const other of toggles) other.setAttribute('aria-expanded', String(opening && other === toggle));
      workbenchHost.hidden = !opening;
      for (const panel of workbenchHost.querySelectorAll<HTMLElement>('[data-panel]')) {
        panel.hidden = panel.dataset.panel !== pane;
      }
      root.dataset.workbench = opening ? String(pane) : '';
      if (opening && pane === 'editor') void workbench.show();
      terminal.fit();
    });
  }

  resetButton.addEventListener('click', () => {
    if (!confirm(strings.resetConfirm)) return;
    mirror.load(startingFiles);
    client.replaceWorkspace(startingFiles);
    deleteWorkspace(storageKey).catch(() => {});
    save();
    say(strings.resetDone);
  });

  addEventListener('berth:run', (event) => {
    const lines = (event as CustomEvent<string>).detail;
    if (terminal.editor.isRunning) return;
    terminal.terminal.focus();
    terminal.type(lines.replace(/\n+$/, ''));
  });

  addEventListener('berth:check', (event) => {
    const { id, checks } = (event as CustomEvent<{ id: string; checks: Check[] }>).detail;
    client.check(checks).then((passed) => {
      dispatchEvent(new CustomEvent('berth:check-result', { detail: { id, passed } }));
    });
  });

  const saved = await loadWorkspace(storageKey).catch(() => {
    storageWorks = false;
    say(strings.storageUnavailable);
    return undefined;
  });
  history = saved?.history ?? [];
  mirror.load(saved?.files ?? startingFiles);
  client.onWorkspaceChange((change) => {
    mirror.apply(change);
    save();
  });
  // The sandbox starts when the learner reaches for the terminal; its first prompt is known.
  terminal.terminal.textarea?.addEventListener('focus', () => void client.start(), { once: true });
  terminal.start(INITIAL_PROMPT, history, strings.welcome);
  performance.mark('berth:prompt');
  root.dataset.ready = 'true';
  dispatchEvent(new CustomEvent('berth:ready'));
}
