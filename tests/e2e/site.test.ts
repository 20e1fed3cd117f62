// The site around the playground: language choice, the language switch, the lesson layout
// and cross-origin isolation.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Browser } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser | undefined;

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('site', () => {
  it('sends / to the browser language and links to both', async () => {
    browser = await openBrowser({ locale: 'zh-CN' });
    await browser.page.goto(baseUrl + '/');
    await browser.page.waitForURL(/\/zh\/$/);
    expect(await browser.page.locator('html').getAttribute('lang')).toBe('zh-CN');

    await browser.page.goto(baseUrl + '/?stay');
    const links = await browser.page.locator('main a').evaluateAll((as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(links).toEqual(['/en/', '/zh/']);
  });

  it('lists the lessons on each home page', async () => {
    browser = await openBrowser();
    await browser.page.goto(baseUrl + '/en/');
    expect(await browser.page.locator('.lesson-list li a').count()).toBeGreaterThanOrEqual(2);
    await browser.page.goto(baseUrl + '/zh/');
    expect(await browser.page.locator('h1').textContent()).toBe('动手运行容器，学会容器');
    expect(browser.errors).toEqual([]);
  });

  it('switches language and stays on the same lesson', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(baseUrl + '/en/lessons/docker-architecture/');
    await page.click('[data-lang-switch]');
    await page.waitForURL(/\/zh\/lessons\/docker-architecture\/$/);
    expect(await page.locator('article h1').textContent()).toContain('Docker 的架构');
    await page.click('[data-lang-switch]');
    await page.waitForURL(/\/en\/lessons\/docker-architecture\/$/);
  });

  it('generates the supports page from the command specs, in both languages', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(baseUrl + '/en/supports/');
    const run = page.locator('section', { has: page.locator('h2 code', { hasText: /^docker container run$/ }) });
    expect(await run.locator('.aliases').textContent()).toContain('docker run');
    expect(await run.locator('td code', { hasText: '--detach' }).count()).toBe(1);
    await page.click('[data-lang-switch]');
    await page.waitForURL(/\/zh\/supports\/$/);
    expect(await page.locator('h1').textContent()).toBe('Berth 支持哪些功能');
  });

  it('searches the lessons of the page language', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(baseUrl + '/zh/search/');
    await page.locator('.pagefind-ui__search-input').fill('命名空间');
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/zh\/lessons\//);
  });

  it('is cross-origin isolated', async () => {
    browser = await openBrowser();
    const response = await browser.page.goto(baseUrl + '/en/lessons/vms-and-containers/');
    expect(response?.headers()['cross-origin-opener-policy']).toBe('same-origin');
    expect(response?.headers()['cross-origin-embedder-policy']).toBe('require-corp');
    expect(await browser.page.evaluate(() => crossOriginIsolated)).toBe(true);
  });

  it('turns the two panes into tabs on a narrow screen', async () => {
    browser = await openBrowser({ viewport: { width: 420, height: 800 } });
    const { page } = browser;
    await page.goto(baseUrl + '/en/lessons/vms-and-containers/');
    expect(await page.locator('.playground').isVisible()).toBe(false);
    expect(await page.locator('article h1').isVisible()).toBe(true);
    await page.click('.view-switch [data-view="playground"]');
    expect(await page.locator('.playground').isVisible()).toBe(true);
    expect(await page.locator('article h1').isVisible()).toBe(false);
  });

  it('resizes the panes with the keyboard', async () => {
    browser = await openBrowser();
    const { page } = browser;
    await page.goto(baseUrl + '/en/lessons/vms-and-containers/');
    const splitter = page.locator('[data-splitter]');
    await splitter.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await splitter.getAttribute('aria-valuenow')).toBe('60');
    const width = await page.locator('[data-lesson-text]').evaluate((el) => el.clientWidth);
    expect(width).toBeGreaterThan(1400 * 0.55);
  });
});
