// The playground's terminal: xterm.js on the page, the line editor in front of it, and the
// sandbox worker behind it running each finished line.

import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import type { SandboxClient } from '../../sandbox/client.ts';
import { LineEditor } from './line-editor.ts';

export interface TerminalOptions {
  host: HTMLElement;
  client: SandboxClient;
  label: string;
  /** Where focus goes when the learner presses Escape. */
  focusOut(): void;
  onHistory(history: string[]): void;
}

export interface TerminalHandle {
  terminal: Terminal;
  editor: LineEditor;
  start(prompt: string, history: string[], banner: string): void;
  fit(): void;
  /** Types a line at the prompt and runs it, as if the learner had typed it. */
  type(line: string): void;
}

const THEME = {
  background: '#0f1720',
  foreground: '#d8dee9',
  cursor: '#f4f4f4',
  selectionBackground: '#3a4a5e',
  black: '#1c2430',
  blue: '#6cb6ff',
  brightBlue: '#8ecbff',
  green: '#7bd88f',
  brightGreen: '#9be9a8',
  red: '#ff7b72',
  yellow: '#e3c16f',
  cyan: '#76e3ea',
  magenta: '#d2a8ff',
  white: '#d8dee9',
};

export function createTerminal(options: TerminalOptions): TerminalHandle {
  const { host, client } = options;
  const terminal = new Terminal({
    convertEol: true,
    cursorBlink: true,
    fontFamily: 'ui-monospace, "Cascadia Mono", "Source Code Pro", Menlo, Consolas, monospace',
    fontSize: 14,
    lineHeight: 1.2,
    scrollback: 5000,
    theme: THEME,
    screenReaderMode: false,
  });
  const fit = new FitAddon();
  terminal.loadAddon(fit);
  terminal.open(host);
  terminal.textarea?.setAttribute('aria-label', options.label);

  // True while the shell waits for the rest of an unfinished command (its `> ` prompt).
  let continuing = false;
  const finish = (result: { prompt: string; history: string[]; continuing: boolean }) => {
    continuing = result.continuing;
    options.onHistory(result.history);
    editor.setHistory(result.history);
    editor.showPrompt(result.prompt);
  };
  const editor = new LineEditor({
    write: (data) => terminal.write(data),
    columns: () => terminal.cols,
    cursorColumn: () => terminal.buffer.active.cursorX,
    onSubmit: (line) => {
      client.run(line, terminal.cols).then(finish);
    },
    onCancelLine: () => {
      if (!continuing) return false;
      client.cancelContinuation().then(finish);
      return true;
    },
    onInput: (line) => client.input(line + '\n'),
    onInterrupt: () => client.interrupt(),
    onEndOfInput: () => client.endOfInput(),
    onComplete: (line, cursor) => client.complete(line, cursor),
  });

  client.onOutput((data) => terminal.write(data));

  terminal.attachCustomKeyEventHandler((event) => {
    if (event.type === 'keydown' && event.key === 'Escape') {
      options.focusOut();
      return false;
    }
    return true;
  });
  terminal.onData((data) => editor.handleData(data));
  terminal.onResize(() => editor.refresh());

  return {
    terminal,
    editor,
    start(prompt, history, banner) {
      editor.setHistory(history);
      if (banner) terminal.write(banner + '\r\n');
      editor.showPrompt(prompt);
    },
    fit() {
      if (host.offsetWidth > 0 && host.offsetHeight > 0) fit.fit();
    },
    type(line) {
      editor.typeText(line + '\r');
    },
  };
}
