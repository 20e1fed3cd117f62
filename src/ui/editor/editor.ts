// The code editor of the playground: one Monaco instance, one model per open file. Edits go
// back to the workspace at once; changes made in the terminal update the open models.

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
): Promise<CodeEditor> {
  const { monaco, loadMonacoStyles } = await import('./monaco.ts');
  await loadMonacoStyles();
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
  const models = new Map<string, ReturnType<typeof monaco.editor.createModel>>();
  let applying = false;

  function modelFor(path: string, content: string) {
    let model = models.get(path);
    if (!model) {
      const uri = monaco.Uri.from({ scheme: 'workspace', path: '/' + path });
      model = monaco.editor.createModel(content, languageOf(path), uri);
      const owned = model;
      owned.onDidChangeContent(() => {
        if (!applying) onEdit(path, owned.getValue());
      });
      models.set(path, model);
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
