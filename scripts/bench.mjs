// `npm run bench`: builds nothing, measures the built site in Chromium and prints figures.
//   - compressed JS + CSS a lesson page sends before the playground is used (budget 200 KB)
//   - time from navigation until the terminal takes a keystroke (budget 450 ms)
//   - first contentful paint of a lesson vs. a static page of the same text (budget 1.5x)
//   - axe-core's serious and critical findings on home and lesson pages in both languages
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function startServer() {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    server.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = /http:\/\/[\d.]+:\d+/.exec(seen);
      if (match) resolve({ server, baseUrl: match[0] });
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

let browser;

/** A fresh context (empty cache and storage) in one shared browser, as a first visit. */
async function withPage(action) {
  browser ??= await chromium.launch({ executablePath: chromiumPath, args });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    return await action(await context.newPage());
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => (bytes / 1024).toFixed(1) + ' KB';

async function measureWeight(url) {
  return withPage(async (page) => {
    const sizes = [];
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      const path = new URL(response.url()).pathname;
      if (!/\.(m?js|css)$/.test(path) && type !== 'script' && type !== 'stylesheet') return;
      try {
        const body = await response.body();
        sizes.push({ path, raw: body.length, gzip: gzipSync(body).length });
      } catch {
        /* a response without a body (a redirect) weighs nothing */
      }
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-playground][data-ready="true"]');
    await page.waitForTimeout(300);
    return sizes;
  });
}

async function measureKeystroke(url) {
  return withPage(async (page) => {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('[data-playground][data-ready="true"]', { timeout: 20_000 });
    // Marks set by the playground: once the terminal is open it buffers keys until the prompt.
    return page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return {
        script: at('berth:playground-start'),
        takesKeys: at('berth:keys-ready'),
        xterm: at('berth:terminal-open'),
        prompt: at('berth:prompt'),
      };
    });
  });
}

async function measurePaint(url, staticHtml) {
  return withPage(async (page) => {
    const paint = () =>
      page.evaluate(
        () =>
          new Promise((resolve) => {
            const found = performance.getEntriesByName('first-contentful-paint')[0];
            if (found) return resolve(found.startTime);
            new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({
              type: 'paint',
              buffered: true,
            });
          }),
      );
    await page.goto(url);
    const lesson = await paint();
    const staticUrl = new URL('/__bench_static__/', url).href;
    await page.route(staticUrl, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: staticHtml }),
    );
    await page.goto(staticUrl);
    const plain = await paint();
    return { lesson, plain };
  });
}

async function scanAccessibility(url) {
  const axe = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return withPage(async (page) => {
    await page.goto(url);
    await page.waitForSelector('[data-playground][data-ready="true"]', { timeout: 5000 }).catch(() => {});
    await page.addScriptTag({ content: axe });
    const results = await page.evaluate(() => window.axe.run(document));
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s)`);
  });
}

await new Promise((done) => spawn(process.execPath, ['--disable-warning=ExperimentalWarning', 'scripts/bench-engine.ts'], { stdio: 'inherit' }).on('exit', done));
const { server, baseUrl } = await startServer();
try {
  const lesson = `${baseUrl}/en/lessons/docker-architecture/`;
  const html = await (await fetch(lesson)).text();
  const staticHtml = html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<section class="playground"[\s\S]*?<\/section>/, '');

  const sizes = await measureWeight(lesson);
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  console.log(`Lesson page JS + CSS before the playground is used (gzip): ${kb(total)} (budget 200 KB)`);
  for (const s of sizes.sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${kb(s.gzip).padStart(9)} gzip  ${kb(s.raw).padStart(9)} raw  ${s.path}`);
  }

  const scripts = [];
  const xterms = [];
  const keys = [];
  const prompts = [];
  for (let i = 0; i < RUNS; i++) {
    const { script, takesKeys, xterm, prompt } = await measureKeystroke(lesson);
    xterms.push(xterm);
    scripts.push(script);
    keys.push(takesKeys);
    prompts.push(prompt);
  }
  console.log(`Playground script starts after:   median ${median(scripts).toFixed(0)} ms`);
  console.log(`Terminal takes a keystroke after: median ${median(keys).toFixed(0)} ms of ${RUNS} runs (budget 450 ms)`);
  console.log(`xterm.js takes over after:         median ${median(xterms).toFixed(0)} ms`);
  console.log(`Prompt shown after:               median ${median(prompts).toFixed(0)} ms`);

  const lessonPaints = [];
  const plainPaints = [];
  for (let i = 0; i < RUNS; i++) {
    const { lesson: l, plain } = await measurePaint(lesson, staticHtml);
    lessonPaints.push(l);
    plainPaints.push(plain);
  }
  const ratio = median(lessonPaints) / median(plainPaints);
  console.log(
    `First contentful paint: lesson ${median(lessonPaints).toFixed(0)} ms, static ${median(plainPaints).toFixed(0)} ms, ratio ${ratio.toFixed(2)} (budget 1.5)`,
  );

  for (const path of ['/en/', '/zh/', '/en/lessons/docker-architecture/', '/zh/lessons/docker-architecture/']) {
    const findings = await scanAccessibility(baseUrl + path);
    console.log(`axe serious/critical on ${path}: ${findings.length}${findings.length ? '\n  ' + findings.join('\n  ') : ''}`);
  }
} finally {
  await browser?.close();
  server.kill();
}
