// The playground in a real browser: the terminal, the editor, persistence and keyboard use.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, terminalText, waitForTerminal, type Browser } from './browser.ts';

const baseUrl = inject('baseUrl');
const lesson = baseUrl + '/en/lessons/vms-and-containers/';
let browser: Browser | undefined;

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function openLesson(url = lesson): Promise<Browser> {
  browser = await openBrowser();
  await browser.page.goto(url);
  await browser.page.waitForSelector('[data-playground][data-ready="true"]');
  return browser;
}

async function typeInTerminal(b: Browser, line: string): Promise<void> {
  await b.page.click('[data-terminal]');
  await b.page.keyboard.type(line);
  await b.page.keyboard.press('Enter');
}

describe('playground', () => {
  it('runs shell commands typed in the terminal', async () => {
    const b = await openLesson();
    await typeInTerminal(b, 'echo "hello $USER"');
    await waitForTerminal(b.page, 'hello learner');
    await typeInTerminal(b, 'nosuchcommand');
    await waitForTerminal(b.page, 'bash: nosuchcommand: command not found');
    expect(b.errors).toEqual([]);
  });

  it('runs hello-world and lists the exited container', async () => {
    const b = await openLesson(baseUrl + '/en/lessons/docker-architecture/');
    await typeInTerminal(b, 'docker run hello-world');
    await waitForTerminal(b.page, 'Hello from Docker!');
    await typeInTerminal(b, 'docker ps -a');
    const text = await waitForTerminal(b.page, 'Exited (0)');
    expect(text).toContain('CONTAINER ID   IMAGE');
  });

  it('keeps keys typed before the terminal has loaded', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(lesson, { waitUntil: 'commit' });
    const early = page.locator('[data-early-terminal], .xterm-helper-textarea').first();
    await early.focus();
    await page.keyboard.type('echo early-bird');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-playground][data-ready="true"]');
    await waitForTerminal(page, '\nearly-bird\n');
  });

  it('edits history with the arrow keys and the history builtin', async () => {
    const b = await openLesson();
    await typeInTerminal(b, 'echo one');
    await waitForTerminal(b.page, '\none\n');
    await b.page.keyboard.press('ArrowUp');
    await b.page.keyboard.press('Backspace');
    await b.page.keyboard.press('Backspace');
    await b.page.keyboard.press('Backspace');
    await b.page.keyboard.type('two');
    await b.page.keyboard.press('Enter');
    await waitForTerminal(b.page, '\ntwo');
    await typeInTerminal(b, 'history');
    const text = await waitForTerminal(b.page, '2  echo two');
    expect(text).toMatch(/ 1 {2}echo one\n +2 {2}echo two\n +3 {2}history/);
  });

  it('reads an unfinished loop over several lines after the > prompt', async () => {
    const b = await openLesson();
    await typeInTerminal(b, 'for i in 1 2; do');
    await waitForTerminal(b.page, '\n> ');
    await b.page.keyboard.type('echo "n$i"; done');
    await b.page.keyboard.press('Enter');
    await waitForTerminal(b.page, 'n1\nn2\n');
    await typeInTerminal(b, 'if true; then');
    await waitForTerminal(b.page, 'then\n> ');
    await b.page.keyboard.press('Control+c');
    await typeInTerminal(b, 'echo "after=$?"');
    await waitForTerminal(b.page, 'after=130');
  });

  it('completes commands with Tab', async () => {
    const b = await openLesson();
    await b.page.click('[data-terminal]');
    await b.page.keyboard.type('hist');
    await b.page.keyboard.press('Tab');
    await b.page.keyboard.press('Enter');
    await waitForTerminal(b.page, '1  history');
  });

  it('runs a pasted block line by line', async () => {
    const b = await openLesson();
    await b.page.click('[data-terminal]');
    await b.page.evaluate(() => {
      const term = (window as unknown as { berthTerminal: { paste(text: string): void } })
        .berthTerminal;
      term.paste('echo first\necho second\n');
    });
    const text = await waitForTerminal(b.page, 'second\n');
    expect(text.indexOf('first')).toBeLessThan(text.lastIndexOf('echo second'));
  });

  it('shows an edit made in the editor to cat, and keeps it after a reload', async () => {
    const b = await openLesson();
    const { page } = b;
    await page.click('[data-pane="editor"]');
    await page.waitForSelector('.monaco-editor');
    await page.click('[data-tree] button[data-path="README.md"]');
    await page.waitForSelector('.monaco-editor .view-lines');
    await page.click('.monaco-editor .view-lines');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nEdited in Monaco.');
    await typeInTerminal(b, 'cat README.md');
    await waitForTerminal(page, 'Edited in Monaco.');

    await page.waitForTimeout(600);
    await page.reload();
    await page.waitForSelector('[data-playground][data-ready="true"]');
    await typeInTerminal(b, 'tail -n 1 README.md');
    await waitForTerminal(page, 'Edited in Monaco.');
  });

  it('marks Dockerfile mistakes and explains instructions on hover', async () => {
    const b = await openLesson();
    const { page } = b;
    await typeInTerminal(b, 'echo -e "FROM alpine\\nCOPY. /app" > Dockerfile');
    await page.click('[data-pane="editor"]');
    await page.click('[data-tree] button[data-path="Dockerfile"]');
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 20_000 });
    await page.hover('.monaco-editor .view-line >> text=FROM');
    // Monaco keeps more than one hover widget in the page; wait for the one that shows.
    const hover = page.locator('.monaco-hover-content', { hasText: 'base image' });
    await hover.first().waitFor({ state: 'visible', timeout: 15_000 });
  });

  it('shows files made in the terminal in the file tree', async () => {
    const b = await openLesson();
    await b.page.click('[data-pane="editor"]');
    await typeInTerminal(b, 'mkdir -p app && echo "print(1)" > app/main.py');
    await b.page.waitForSelector('[data-tree] button[data-path="app/main.py"]');
  });

  it('resets the workspace after a confirmation', async () => {
    const b = await openLesson();
    await typeInTerminal(b, 'rm README.md && ls');
    await waitForTerminal(b.page, 'rm README.md && ls');
    b.page.once('dialog', (dialog) => void dialog.accept());
    await b.page.click('[data-reset]');
    await typeInTerminal(b, 'ls');
    await waitForTerminal(b.page, 'README.md');
  });

  it('lets a keyboard user tab into the terminal and Escape out of it', async () => {
    const b = await openLesson();
    const { page } = b;
    let inTerminal = false;
    for (let i = 0; i < 30 && !inTerminal; i++) {
      await page.keyboard.press('Tab');
      inTerminal = await page.evaluate(
        () => document.activeElement?.classList.contains('xterm-helper-textarea') ?? false,
      );
    }
    expect(inTerminal).toBe(true);
    await page.keyboard.type('pwd');
    await page.keyboard.press('Enter');
    await waitForTerminal(page, '/workspace');
    await page.keyboard.press('Escape');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-pane'));
    expect(focused).toBe('editor');
    expect(await terminalText(page)).toContain('pwd');
  });

  it('opens an interactive shell inside a container and leaves it with exit', async () => {
    const b = await openLesson();
    const { page } = b;
    await typeInTerminal(b, 'docker run -it --name box alpine sh');
    await waitForTerminal(page, '/ # ', 30_000);
    await page.keyboard.type('cd /etc && cat os-release | head -n 1');
    await page.keyboard.press('Enter');
    await waitForTerminal(page, 'NAME="Alpine Linux"');
    await waitForTerminal(page, '/etc # ');
    await page.keyboard.type('exit 3');
    await page.keyboard.press('Enter');
    await typeInTerminal(b, 'echo "code=$?"');
    await waitForTerminal(page, 'code=3');
  });

  it('interrupts a running command with Ctrl-C', async () => {
    const b = await openLesson();
    await typeInTerminal(b, 'sleep 100');
    await b.page.waitForTimeout(300);
    await b.page.keyboard.press('Control+c');
    await typeInTerminal(b, 'echo status=$?');
    await waitForTerminal(b.page, 'status=130');
  });
});
