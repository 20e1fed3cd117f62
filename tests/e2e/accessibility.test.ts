// axe-core on the home and lesson pages in both languages: no serious or critical findings.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Browser } from './browser.ts';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});

afterAll(async () => {
  await browser.close();
});

const pages = ['/en/', '/zh/', '/en/supports/', '/zh/search/', '/en/lessons/docker-architecture/', '/zh/lessons/vms-and-containers/'];

describe('accessibility', () => {
  for (const path of pages) {
    it(`has no serious or critical axe findings on ${path}`, async () => {
      const { page } = browser;
      await page.goto(baseUrl + path);
      if (path.includes('/lessons/')) {
        await page.waitForSelector('[data-playground][data-ready="true"]');
      }
      await page.addScriptTag({ content: axeSource });
      const findings = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(c: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document);
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(findings).toEqual([]);
    });
  }
});
