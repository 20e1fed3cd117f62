// The upper half of the playground: the editor (file tree, open-file tabs, Monaco) and the
// preview. Monaco is fetched the first time the editor is shown.

import type { Language } from '../../i18n/index.ts';
import type { CodeEditor } from '../editor/editor.ts';
import { renderFileTree } from './file-tree.ts';
import type { WorkspaceMirror } from './workspace-mirror.ts';

export interface WorkbenchStrings {
  editorLoading: string;
  editorEmpty: string;
  closeTab: (name: string) => string;
  editorLabel: string;
  lang: Language;
}

export interface WorkbenchElements {
  tree: HTMLElement;
  tabs: HTMLElement;
  surface: HTMLElement;
}

export class Workbench {
  private readonly elements: WorkbenchElements;
  private readonly mirror: WorkspaceMirror;
  private readonly strings: WorkbenchStrings;
  private readonly onEdit: (path: string, content: string) => void;
  private editor: CodeEditor | null = null;
  private loading: Promise<CodeEditor> | null = null;
  private openPaths: string[] = [];
  private active: string | null = null;

  constructor(
    elements: WorkbenchElements,
    mirror: WorkspaceMirror,
    strings: WorkbenchStrings,
    onEdit: (path: string, content: string) => void,
  ) {
    this.elements = elements;
    this.mirror = mirror;
    this.strings = strings;
    this.onEdit = onEdit;
    mirror.subscribe((change) => this.onChange(change));
  }

  /** Loads Monaco if needed and opens the first file when none is open. */
  async show(): Promise<void> {
    this.renderTree();
    const editor = await this.load();
    if (!this.active) {
      const first = this.defaultFile();
      if (first) this.open(first, false);
      else this.renderTabs();
    }
    editor.layout();
  }

  /** Opens `path`; `focus` moves the keyboard into it (not when the learner is elsewhere). */
  open(path: string, focus = true): void {
    const content = this.mirror.files.get(path);
    if (content === undefined) return;
    if (!this.openPaths.includes(path)) this.openPaths.push(path);
    this.active = path;
    this.renderTabs();
    this.renderTree();
    const requestedFrom = document.activeElement;
    this.load().then((editor) => {
      if (this.active !== path) return;
      editor.open(path, this.mirror.files.get(path) ?? content);
      // Monaco may arrive seconds later: never pull the keyboard away from where it went since.
      if (focus && document.activeElement === requestedFrom) editor.focus();
    });
  }

  private close(path: string): void {
    this.openPaths = this.openPaths.filter((p) => p !== path);
    this.editor?.close(path);
    if (this.active === path) {
      this.active = null;
      const next = this.openPaths[this.openPaths.length - 1];
      if (next) return this.open(next);
    }
    this.renderTabs();
    this.renderTree();
  }

  private load(): Promise<CodeEditor> {
    if (this.editor) return Promise.resolve(this.editor);
    if (!this.loading) {
      const { surface } = this.elements;
      surface.setAttribute('aria-busy', 'true');
      surface.dataset.placeholder = this.strings.editorLoading;
      this.loading = import('../editor/editor.ts')
        .then(({ createCodeEditor }) =>
          createCodeEditor(surface, this.onEdit, this.strings.editorLabel, this.strings.lang),
        )
        .then((editor) => {
          this.editor = editor;
          surface.removeAttribute('aria-busy');
          surface.dataset.placeholder = this.strings.editorEmpty;
          return editor;
        });
    }
    return this.loading;
  }

  private defaultFile(): string | undefined {
    const paths = [...this.mirror.files.keys()].sort();
    const preferred = ['Dockerfile', 'app.py', 'compose.yaml', 'docker-compose.yml', 'README.md'];
    return preferred.find((name) => paths.includes(name)) ?? paths[0];
  }

  private onChange(change: Parameters<Parameters<WorkspaceMirror['subscribe']>[0]>[0]): void {
    if (change === null) {
      for (const path of [...this.openPaths]) {
        const content = this.mirror.files.get(path);
        if (content === undefined) this.close(path);
        else this.editor?.update(path, content);
      }
    } else if (change.type === 'write') {
      this.editor?.update(change.path, change.content);
    } else if (change.type === 'remove') {
      for (const path of [...this.openPaths]) {
        if (path === change.path || path.startsWith(change.path + '/')) this.close(path);
      }
    }
    if (this.elements.tree.isConnected) this.renderTree();
  }

  private renderTree(): void {
    renderFileTree(this.elements.tree, this.mirror, this.active, (path) => this.open(path));
  }

  private renderTabs(): void {
    const buttons = this.openPaths.map((path) => {
      const name = path.split('/').pop() ?? path;
      const tab = document.createElement('div');
      tab.className = 'pg-tab';
      if (path === this.active) tab.setAttribute('aria-current', 'true');
      const select = document.createElement('button');
      select.type = 'button';
      select.textContent = name;
      select.title = path;
      select.addEventListener('click', () => this.open(path));
      const close = document.createElement('button');
      close.type = 'button';
      close.className = 'pg-tab-close';
      close.textContent = '×';
      close.setAttribute('aria-label', this.strings.closeTab(name));
      close.addEventListener('click', () => this.close(path));
      tab.append(select, close);
      return tab;
    });
    this.elements.tabs.replaceChildren(...buttons);
  }
}
