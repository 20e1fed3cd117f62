// Readline-style editing of the terminal's input line, kept free of xterm and the DOM so it
// can be tested alone. It turns the keystrokes xterm reports into edits of one line and the
// escape sequences that redraw it; finished lines go to `onSubmit`.

import { charWidth, textWidth } from './width.ts';

export interface LineEditorOptions {
  /** Writes to the terminal. */
  write(data: string): void;
  /** Current terminal width in columns. */
  columns(): number;
  /** The column the terminal's cursor is on: where a running program's own prompt ended. */
  cursorColumn?(): number;
  /** A finished line typed at the prompt. */
  onSubmit(line: string): void;
  /** A finished line typed while a command runs: the command's input. */
  onInput(line: string): void;
  /** Ctrl-C while a command runs. */
  onInterrupt(): void;
  /** Ctrl-D on an empty line while a command runs. */
  onEndOfInput(): void;
  /**
   * Ctrl-C at the prompt. Return true when the caller takes over (the shell was reading a
   * continuation line: it drops the unfinished command and sends its own prompt back).
   */
  onCancelLine?(): boolean;
  /** Tab: the candidates replacing line[start, end). */
  onComplete(
    line: string,
    cursor: number,
  ): Promise<{ start: number; end: number; candidates: string[] }>;
}

type Mode = 'prompt' | 'running' | 'closed';

const KEYS: Record<string, string> = {
  '\x1b[A': 'up',
  '\x1b[B': 'down',
  '\x1b[C': 'right',
  '\x1b[D': 'left',
  '\x1bOA': 'up',
  '\x1bOB': 'down',
  '\x1bOC': 'right',
  '\x1bOD': 'left',
  '\x1b[H': 'home',
  '\x1bOH': 'home',
  '\x1b[1~': 'home',
  '\x1b[F': 'end',
  '\x1bOF': 'end',
  '\x1b[4~': 'end',
  '\x1b[3~': 'delete',
  '\x1b[1;5C': 'word-right',
  '\x1b[1;5D': 'word-left',
  '\x1bf': 'word-right',
  '\x1bb': 'word-left',
  '\r': 'enter',
  '\n': 'enter',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\t': 'tab',
  '\x01': 'home',
  '\x05': 'end',
  '\x02': 'left',
  '\x06': 'right',
  '\x03': 'interrupt',
  '\x04': 'eof',
  '\x0b': 'kill-end',
  '\x0c': 'clear',
  '\x15': 'kill-start',
  '\x17': 'kill-word',
  '\x10': 'up',
  '\x0e': 'down',
};

export class LineEditor {
  private readonly options: LineEditorOptions;
  private mode: Mode = 'closed';
  private prompt = '';
  private chars: string[] = [];
  private cursor = 0;
  /** Rows between the start of the drawn line and the row the terminal cursor is on. */
  private cursorRow = 0;
  private history: string[] = [];
  private historyIndex = 0;
  private draft = '';
  /** Lines pasted ahead of the prompt, run one after another; the last may be unfinished. */
  private pending: { text: string; run: boolean }[] = [];
  private completing = false;
  /** While a command runs: the column its input line starts at (after its own prompt). */
  private inputColumn = 0;
  /** Keys pressed before the first prompt, replayed once it shows. */
  private early = '';

  constructor(options: LineEditorOptions) {
    this.options = options;
  }

  get line(): string {
    return this.chars.join('');
  }

  get isRunning(): boolean {
    return this.mode === 'running';
  }

  setHistory(lines: readonly string[]): void {
    this.history = [...lines];
    this.historyIndex = this.history.length;
  }

  /** Shows `prompt` and starts editing a new line (or runs the next pasted one). */
  showPrompt(prompt: string): void {
    this.prompt = prompt;
    this.mode = 'prompt';
    this.chars = [];
    this.cursor = 0;
    this.cursorRow = 0;
    this.historyIndex = this.history.length;
    this.draft = '';
    this.options.write(prompt);
    if (this.early) {
      const early = this.early;
      this.early = '';
      this.handleData(early);
      return;
    }
    const next = this.pending.shift();
    if (next === undefined) return;
    this.insert(next.text);
    if (next.run) this.submit();
  }

  /** Marks a command as running: typed lines become its input until the next prompt. */
  startRunning(): void {
    this.mode = 'running';
    this.chars = [];
    this.cursor = 0;
    this.cursorRow = 0;
  }

  /** The width of what precedes the editable text on its first row. */
  private headWidth(): number {
    return this.mode === 'prompt' ? textWidth(this.prompt) : this.inputColumn;
  }

  /** Redraws after the terminal was resized. */
  refresh(): void {
    if (this.mode !== 'closed') this.redraw();
  }

  handleData(data: string): void {
    if (this.mode === 'closed' || this.completing) {
      // Keys typed while Tab's answer is on its way wait for it, as bash reads them in order.
      this.early += data;
      return;
    }
    const key = KEYS[data];
    if (key) return this.handleKey(key);
    if (data.startsWith('\x1b')) return;
    if (/[\r\n]/.test(data)) return this.paste(data);
    const text = [...data].filter((char) => charWidth(char) > 0 || char === ' ').join('');
    if (text) this.insert(text);
  }

  /** Types `text` (one or more lines) at the prompt, as a paste would, replacing the line. */
  typeText(text: string): void {
    if (this.mode !== 'prompt') return;
    this.chars = [];
    this.cursor = 0;
    this.handleData(text);
  }

  private paste(data: string): void {
    const printable = (line: string) =>
      [...line.replace(/\t/g, ' ')].filter((char) => charWidth(char) > 0 || char === ' ').join('');
    const lines = data.replace(/\r\n?/g, '\n').split('\n').map(printable);
    const last = lines.pop() ?? '';
    const [first, ...rest] = lines;
    this.insert(first ?? '');
    this.pending.push(...rest.map((text) => ({ text, run: true })));
    if (last) this.pending.push({ text: last, run: false });
    this.submit();
  }

  private handleKey(key: string): void {
    switch (key) {
      case 'enter':
        return this.submit();
      case 'interrupt':
        return this.interrupt();
      case 'eof':
        if (this.mode === 'running' && this.chars.length === 0) this.options.onEndOfInput();
        else this.deleteAt(this.cursor);
        return;
      case 'clear':
        this.options.write('\x1b[H\x1b[2J');
        this.cursorRow = 0;
        return this.redraw();
      case 'tab':
        return void this.complete();
      case 'up':
        return this.recall(-1);
      case 'down':
        return this.recall(1);
      default:
        return this.edit(key);
    }
  }

  private edit(key: string): void {
    const before = this.cursor;
    switch (key) {
      case 'left':
        this.cursor = Math.max(0, this.cursor - 1);
        break;
      case 'right':
        this.cursor = Math.min(this.chars.length, this.cursor + 1);
        break;
      case 'home':
        this.cursor = 0;
        break;
      case 'end':
        this.cursor = this.chars.length;
        break;
      case 'word-left':
        this.cursor = this.wordStart();
        break;
      case 'word-right':
        this.cursor = this.wordEnd();
        break;
      case 'backspace':
        if (this.cursor > 0) this.deleteAt(--this.cursor, false);
        break;
      case 'delete':
        return this.deleteAt(this.cursor);
      case 'kill-start':
        this.chars.splice(0, this.cursor);
        this.cursor = 0;
        break;
      case 'kill-end':
        this.chars.splice(this.cursor);
        break;
      case 'kill-word': {
        const start = this.wordStart();
        this.chars.splice(start, this.cursor - start);
        this.cursor = start;
        break;
      }
    }
    if (key === 'left' || key === 'right' || key === 'home' || key === 'end') {
      if (before !== this.cursor) this.moveCursor();
      return;
    }
    this.redraw();
  }

  private deleteAt(index: number, redraw = true): void {
    if (index < this.chars.length) this.chars.splice(index, 1);
    if (redraw) this.redraw();
  }

  private wordStart(): number {
    let i = this.cursor;
    while (i > 0 && this.chars[i - 1] === ' ') i--;
    while (i > 0 && this.chars[i - 1] !== ' ') i--;
    return i;
  }

  private wordEnd(): number {
    let i = this.cursor;
    while (i < this.chars.length && this.chars[i] === ' ') i++;
    while (i < this.chars.length && this.chars[i] !== ' ') i++;
    return i;
  }

  private insert(text: string): void {
    if (this.mode === 'running' && this.chars.length === 0) {
      this.inputColumn = this.options.cursorColumn?.() ?? 0;
      this.cursorRow = 0;
    }
    this.chars.splice(this.cursor, 0, ...text);
    this.cursor += [...text].length;
    this.redraw();
  }

  private submit(): void {
    const line = this.line;
    this.cursor = this.chars.length;
    this.moveCursor();
    this.options.write('\r\n');
    this.cursorRow = 0;
    this.chars = [];
    this.cursor = 0;
    if (this.mode === 'running') return this.options.onInput(line);
    if (line.trim() && this.history[this.history.length - 1] !== line) this.history.push(line);
    this.historyIndex = this.history.length;
    this.mode = 'running';
    this.options.onSubmit(line);
  }

  private interrupt(): void {
    this.pending = [];
    if (this.mode === 'running') {
      this.options.write('^C');
      this.chars = [];
      this.cursor = 0;
      return this.options.onInterrupt();
    }
    this.cursor = this.chars.length;
    this.moveCursor();
    this.options.write('^C\r\n');
    if (this.options.onCancelLine?.()) {
      this.mode = 'running';
      this.chars = [];
      this.cursor = 0;
      return;
    }
    this.showPrompt(this.prompt);
  }

  private recall(step: number): void {
    if (this.mode !== 'prompt') return;
    const target = this.historyIndex + step;
    if (target < 0 || target > this.history.length) return;
    if (this.historyIndex === this.history.length) this.draft = this.line;
    this.historyIndex = target;
    const text = target === this.history.length ? this.draft : (this.history[target] ?? '');
    this.chars = [...text];
    this.cursor = this.chars.length;
    this.redraw();
  }

  private async complete(): Promise<void> {
    if (this.mode !== 'prompt' || this.completing) return;
    this.completing = true;
    try {
      const line = this.line;
      const cursorIndex = this.chars.slice(0, this.cursor).join('').length;
      const result = await this.options.onComplete(line, cursorIndex);
      if (this.line !== line || this.mode !== 'prompt') return;
      this.applyCompletion(line, result);
    } finally {
      this.completing = false;
      const waiting = this.early;
      this.early = '';
      if (waiting) this.handleData(waiting);
    }
  }

  private applyCompletion(
    line: string,
    result: { start: number; end: number; candidates: string[] },
  ): void {
    const { start, end, candidates } = result;
    if (candidates.length === 0) return this.options.write('\x07');
    const current = line.slice(start, end);
    let replacement = commonPrefix(candidates);
    if (candidates.length === 1 && !replacement.endsWith('/')) replacement += ' ';
    if (replacement.length > current.length) {
      const text = line.slice(0, start) + replacement + line.slice(end);
      this.chars = [...text];
      this.cursor = [...(line.slice(0, start) + replacement)].length;
      return this.redraw();
    }
    if (candidates.length > 1) this.listCandidates(candidates);
  }

  private listCandidates(candidates: string[]): void {
    this.cursor = this.chars.length;
    this.moveCursor();
    const names = candidates.map((candidate) => candidate.replace(/.*\/(?=.)/, ''));
    const width = Math.max(...names.map(textWidth)) + 2;
    const perRow = Math.max(1, Math.floor(this.options.columns() / width));
    let out = '\r\n';
    names.forEach((name, i) => {
      out += name.padEnd(width);
      if ((i + 1) % perRow === 0 || i === names.length - 1) out = out.trimEnd() + '\r\n';
    });
    this.options.write(out);
    this.cursorRow = 0;
    this.redrawFromScratch();
  }

  /** Where (row, column) the character at `index` of prompt + line lands. */
  private position(index: number): { row: number; column: number } {
    const columns = Math.max(1, this.options.columns());
    const width = this.headWidth() + textWidth(this.chars.slice(0, index).join(''));
    return { row: Math.floor(width / columns), column: width % columns };
  }

  private moveCursor(): void {
    const { row, column } = this.position(this.cursor);
    let out = '';
    if (row < this.cursorRow) out += `\x1b[${this.cursorRow - row}A`;
    if (row > this.cursorRow) out += `\x1b[${row - this.cursorRow}B`;
    out += '\r' + (column > 0 ? `\x1b[${column}C` : '');
    this.cursorRow = row;
    this.options.write(out);
  }

  private redraw(): void {
    let out = this.cursorRow > 0 ? `\x1b[${this.cursorRow}A` : '';
    this.cursorRow = 0;
    const column = this.mode === 'prompt' ? 0 : this.inputColumn;
    out += '\r' + (column > 0 ? `\x1b[${column}C` : '') + '\x1b[J';
    this.options.write(out);
    this.redrawFromScratch();
  }

  private redrawFromScratch(): void {
    const head = this.mode === 'prompt' ? this.prompt : '';
    const text = head + this.line;
    const end = this.position(this.chars.length);
    // At an exact multiple of the width the terminal waits to wrap; force the new row.
    const wrap = end.column === 0 && end.row > 0 ? ' \b' : '';
    this.options.write(text + wrap);
    this.cursorRow = end.row;
    this.moveCursor();
  }
}

function commonPrefix(words: string[]): string {
  let prefix = words[0] ?? '';
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
