import { describe, expect, it } from 'vitest';
import { LineEditor } from './line-editor.ts';

function setup(columns = 80) {
  const written: string[] = [];
  const submitted: string[] = [];
  const inputs: string[] = [];
  let interrupts = 0;
  let completion = { start: 0, end: 0, candidates: [] as string[] };
  const editor = new LineEditor({
    write: (data) => written.push(data),
    columns: () => columns,
    onSubmit: (line) => submitted.push(line),
    onInput: (line) => inputs.push(line),
    onInterrupt: () => interrupts++,
    onEndOfInput: () => inputs.push('<EOF>'),
    onComplete: async () => completion,
  });
  editor.showPrompt('$ ');
  return {
    editor,
    written,
    submitted,
    inputs,
    interrupts: () => interrupts,
    setCompletion(value: typeof completion) {
      completion = value;
    },
    type(...keys: string[]) {
      for (const key of keys) editor.handleData(key);
    },
  };
}

describe('LineEditor', () => {
  it('submits typed text on Enter', () => {
    const t = setup();
    t.type('echo hi', '\r');
    expect(t.submitted).toEqual(['echo hi']);
  });

  it('moves with arrows, Home and End and inserts at the cursor', () => {
    const t = setup();
    t.type('world', '\x1b[H', 'hello ', '\x1b[F', '!', '\x1b[D', '\x1b[D', '_', '\r');
    expect(t.submitted).toEqual(['hello worl_d!']);
  });

  it('kills with Ctrl-U, Ctrl-K and Ctrl-W', () => {
    const t = setup();
    t.type('one two three', '\x17', '\r');
    t.editor.showPrompt('$ ');
    t.type('abc def', '\x01', '\x06', '\x06', '\x0b', '\r');
    t.editor.showPrompt('$ ');
    t.type('gone', '\x15', 'kept', '\r');
    expect(t.submitted).toEqual(['one two ', 'ab', 'kept']);
  });

  it('recalls history with Up and Down and keeps the draft', () => {
    const t = setup();
    t.editor.setHistory(['first', 'second']);
    t.type('draft', '\x1b[A', '\x1b[A', '\x1b[B', '\r');
    t.editor.showPrompt('$ ');
    t.type('new', '\x1b[A', '\x1b[A', '\x1b[B', '\x1b[B', '\r');
    expect(t.submitted).toEqual(['second', 'new']);
  });

  it('cancels the line with Ctrl-C at the prompt, and interrupts a running command', () => {
    const t = setup();
    t.type('half typed', '\x03');
    expect(t.submitted).toEqual([]);
    expect(t.written.join('')).toContain('^C\r\n$ ');
    t.type('sleep 9', '\r', '\x03');
    expect(t.interrupts()).toBe(1);
  });

  it('sends lines typed while a command runs to its input', () => {
    const t = setup();
    t.type('cat', '\r', 'some input', '\r', '\x04');
    expect(t.inputs).toEqual(['some input', '<EOF>']);
  });

  it('runs a pasted block one line at a time', () => {
    const t = setup();
    t.type('echo a\recho b\recho c');
    expect(t.submitted).toEqual(['echo a']);
    t.editor.showPrompt('$ ');
    expect(t.submitted).toEqual(['echo a', 'echo b']);
    t.editor.showPrompt('$ ');
    expect(t.editor.line).toBe('echo c');
  });

  it('keeps keys typed before the first prompt', () => {
    const written: string[] = [];
    const submitted: string[] = [];
    const editor = new LineEditor({
      write: (d) => written.push(d),
      columns: () => 80,
      onSubmit: (l) => submitted.push(l),
      onInput: () => {},
      onInterrupt: () => {},
      onEndOfInput: () => {},
      onComplete: async () => ({ start: 0, end: 0, candidates: [] }),
    });
    editor.handleData('ls');
    editor.showPrompt('$ ');
    expect(editor.line).toBe('ls');
  });

  it('completes a unique candidate with a space and lists several', async () => {
    const t = setup();
    t.setCompletion({ start: 0, end: 4, candidates: ['hist'.padEnd(4) + 'ory'] });
    t.type('hist', '\t');
    await new Promise((r) => setTimeout(r, 0));
    expect(t.editor.line).toBe('history ');
    t.type('\x15');
    t.setCompletion({ start: 7, end: 8, candidates: ['ps', 'pull', 'push'] });
    t.type('docker p', '\t');
    await new Promise((r) => setTimeout(r, 0));
    expect(t.written.join('')).toMatch(/ps +pull +push/);
  });

  it('wraps long lines and returns to the first row before redrawing', () => {
    const t = setup(10);
    t.type('abcdefghijkl');
    t.written.length = 0;
    t.type('\x01');
    expect(t.written.join('')).toBe('\x1b[1A\r\x1b[2C');
  });
});

describe('LineEditor and slow completion', () => {
  it('applies keys typed after Tab only once the completion has arrived', async () => {
    const submitted: string[] = [];
    let answer: (value: { start: number; end: number; candidates: string[] }) => void = () => {};
    const editor = new LineEditor({
      write: () => {},
      columns: () => 80,
      onSubmit: (line) => submitted.push(line),
      onInput: () => {},
      onInterrupt: () => {},
      onEndOfInput: () => {},
      onComplete: () => new Promise((resolve) => (answer = resolve)),
    });
    editor.showPrompt('$ ');
    editor.handleData('hist');
    editor.handleData('\t');
    editor.handleData('\r');
    expect(submitted).toEqual([]);
    answer({ start: 0, end: 4, candidates: ['history'] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(submitted).toEqual(['history ']);
  });
});

describe('LineEditor while a program runs', () => {
  it('edits input after the program’s own prompt without erasing it', () => {
    const written: string[] = [];
    const inputs: string[] = [];
    const editor = new LineEditor({
      write: (d) => written.push(d),
      columns: () => 80,
      cursorColumn: () => 4,
      onSubmit: () => {},
      onInput: (line) => inputs.push(line),
      onInterrupt: () => {},
      onEndOfInput: () => {},
      onComplete: async () => ({ start: 0, end: 0, candidates: [] }),
    });
    editor.showPrompt('$ ');
    editor.handleData('docker run -it alpine sh\r');
    written.length = 0;
    editor.handleData('lx');
    editor.handleData('\x7f');
    expect(written.join('')).toBe('\r\x1b[4C\x1b[Jlx\r\x1b[6C\r\x1b[4C\x1b[Jl\r\x1b[5C');
    editor.handleData('s\r');
    expect(inputs).toEqual(['ls']);
  });
});

describe('LineEditor pastes', () => {
  it('drops control characters from pasted lines and replaces the line when typing text', () => {
    const submitted: string[] = [];
    const editor = new LineEditor({
      write: () => {},
      columns: () => 80,
      onSubmit: (line) => submitted.push(line),
      onInput: () => {},
      onInterrupt: () => {},
      onEndOfInput: () => {},
      onComplete: async () => ({ start: 0, end: 0, candidates: [] }),
    });
    editor.showPrompt('$ ');
    editor.handleData('half');
    editor.typeText('docker\tversion\x15\r');
    expect(submitted).toEqual(['docker version']);
  });
});
