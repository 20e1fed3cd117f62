// An exercise completed in Chromium: its check fails first, then turns green after the work.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, waitForTerminal, type Browser } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser | undefined;

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('exercises', () => {
  it('turns green once the container has run, and says what is missing before', async () => {
    browser = await openBrowser({ locale: 'zh-CN' });
    const { page } = browser;
    await page.goto(baseUrl + '/zh/lessons/docker-architecture/');
    await page.waitForSelector('[data-playground][data-ready="true"]');
    const exercise = page.locator('[data-exercise="first-container"]');

    await exercise.locator('[data-check]').click();
    await expect.poll(() => exercise.locator('[data-result]').textContent()).toBe(
      '主机上还没有镜像 hello-world:latest。',
    );

    await exercise.locator('.exercise-hint').first().locator('summary').click();
    await page.click('[data-terminal]');
    await page.keyboard.type('docker run hello-world');
    await page.keyboard.press('Enter');
    await waitForTerminal(page, 'Hello from Docker!');
    await exercise.locator('[data-check]').click();
    await expect.poll(() => exercise.getAttribute('class')).toContain('passed');
    expect(await exercise.locator('[data-result]').textContent()).toBe('全部检查通过，做得好。');

    await page.reload();
    await page.waitForSelector('[data-playground][data-ready="true"]');
    expect(await exercise.locator('[data-done]').isVisible()).toBe(true);

    await page.goto(baseUrl + '/zh/');
    const progress = page.locator('[data-lesson="docker-architecture"] [data-progress]');
    expect(await progress.textContent()).toMatch(/^已完成 1\/\d+ 个练习$/);
  });

  it('runs a lesson snippet in the terminal from its button', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(baseUrl + '/en/lessons/docker-architecture/');
    await page.waitForSelector('[data-playground][data-ready="true"]');
    await page.locator('.run-snippet').first().click();
    await waitForTerminal(page, 'Server: Docker Engine - Community');

    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const copy = page.locator('.copy-snippet').first();
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('Copied');
    const block = (await page.locator('[data-lesson-text] pre').first().textContent()) ?? '';
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      block.replace(/\n+$/, '\n'),
    );
  });
});
