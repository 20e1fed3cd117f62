// The code editor of the playground: one Monaco instance, one model per open file. Edits go
// back to the workspace at once; changes made in the terminal update the open models.

import type { Language } from '../../i18n/index.ts';
import { diagnoseDockerfile, hoverForInstruction } from './dockerfile-diagnostics.ts';
import { languageOf } from './languages.ts';

export interface CodeEditor {
  open(path: string, content: string): void;
  /** A file changed outside the editor (terminal, reset). */
  update(path: string, content: string): void;
  close(path: string): void;
  layout(): void;
  focus(): void;
  /** The text of an open file, read from its model. */
  read(path: string): string | undefined;
}

export async function createCodeEditor(
  host: HTMLElement,
  onEdit: (path: string, content: string) => void,
  ariaLabel: string,
  lang: Language,
): Promise<CodeEditor> {
  const { monaco, loadMonacoStyles } = await import('./monaco.ts');
  await loadMonacoStyles();
  monaco.languages.registerHoverProvider('dockerfile', {
    provideHover(model, position) {
      const word = model.getWordAtPosition(position);
      const line = model.getLineContent(position.lineNumber);
      // Only the instruction keyword at the start of a line gets help.
      if (!word || line.slice(0, word.startColumn - 1).trim() !== '') return null;
      const text = hoverForInstruction(word.word, lang);
      return text ? { contents: [{ value: text }] } : null;
    },
  });
  const editor = monaco.editor.create(host, {
    automaticLayout: true,
    theme: 'vs-dark',
    fontSize: 14,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    tabSize: 4,
    ariaLabel,
    model: null,
  });
  type Model = ReturnType<typeof monaco.editor.createModel>;
  const models = new Map<string, Model>();
  let applying = false;

  const markDockerfile = (model: Model) => {
    const found = diagnoseDockerfile(model.getValue(), lang, (line) =>
      line <= model.getLineCount() ? model.getLineLength(line) : 0,
    );
    monaco.editor.setModelMarkers(
      model,
      'dockerfile',
      found.map((d) => ({
        startLineNumber: d.startLine,
        endLineNumber: d.endLine,
        startColumn: d.startColumn,
        endColumn: d.endColumn,
        message: d.message,
        severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        code: d.code && d.url ? { value: d.code, target: monaco.Uri.parse(d.url) } : d.code,
      })),
    );
  };
  const timers = new Map<Model, ReturnType<typeof setTimeout>>();
  const scheduleMarks = (model: Model) => {
    if (model.getLanguageId() !== 'dockerfile') return;
    clearTimeout(timers.get(model));
    timers.set(model, setTimeout(() => markDockerfile(model), 250));
  };

  function modelFor(path: string, content: string) {
    let model = models.get(path);
    if (!model) {
      const uri = monaco.Uri.from({ scheme: 'workspace', path: '/' + path });
      model = monaco.editor.createModel(content, languageOf(path), uri);
      const owned = model;
      owned.onDidChangeContent(() => {
        if (!applying) onEdit(path, owned.getValue());
        scheduleMarks(owned);
      });
      models.set(path, model);
      if (owned.getLanguageId() === 'dockerfile') markDockerfile(owned);
    }
    return model;
  }

  return {
    open(path, content) {
      editor.setModel(modelFor(path, content));
    },
    update(path, content) {
      const model = models.get(path);
      if (!model || model.getValue() === content) return;
      applying = true;
      try {
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text: content }], () => null);
      } finally {
        applying = false;
      }
    },
    close(path) {
      const model = models.get(path);
      if (!model) return;
      if (editor.getModel() === model) editor.setModel(null);
      model.dispose();
      models.delete(path);
    },
    layout: () => editor.layout(),
    focus: () => editor.focus(),
    read: (path) => models.get(path)?.getValue(),
  };
}
