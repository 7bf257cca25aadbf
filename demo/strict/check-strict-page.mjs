/**
 * Checks the strict-CSP demo page in headless Chromium: the page must be
 * served with its Content Security Policy header, render its cards, survive
 * a refresh and show no policy violation.
 *
 * Run with `node demo/strict/check-strict-page.mjs [screenshot.png]`. The
 * script starts vite's dev server on a free port of 127.0.0.1, as
 * `npm start` does, and writes a full-page screenshot to the given path, or
 * to strict-page.png in the system's temporary folder. It exits with 1 when
 * a check fails. CHROME_PATH selects another Chromium build than
 * /usr/bin/chromium.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const screenshotPath = path.resolve(process.argv[2] ?? path.join(tmpdir(), 'strict-page.png'));

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const LOAD_TIMEOUT_MS = 15_000;

const LAUNCH_OPTIONS = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/** Returns the number of cards, the list heading and the violations the page recorded. */
function readPage(page) {
  return page.evaluate(() => {
    const list = document.querySelector('my-open-tickets');
    return {
      cards: list?.shadowRoot?.querySelectorAll('ticket-card').length ?? 0,
      heading: list?.shadowRoot?.querySelector('[part=heading]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
      violations: window.cspViolations ?? null,
    };
  });
}

async function checkPage(baseUrl, browser) {
  const failures = [];
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on('pageerror', (error) => failures.push(`uncaught exception: ${error.message}`));

  const response = await page.goto(new URL('/strict/', baseUrl).href);
  const header = response?.headers()['content-security-policy'];
  if (header !== POLICY) failures.push(`Content-Security-Policy header is ${JSON.stringify(header)}, expected ${JSON.stringify(POLICY)}`);

  await page.waitForFunction(() => document.querySelector('my-open-tickets')?.shadowRoot?.querySelector('[part=count]'), null, {
    timeout: LOAD_TIMEOUT_MS,
  });
  await page.locator('my-open-tickets [part=refresh]').click();
  await page.waitForFunction(() => document.querySelector('my-open-tickets')?.shadowRoot?.querySelector('[part=refresh]')?.textContent?.trim() === 'Refresh');
  await page.locator('my-open-tickets [part=notice] summary').click();

  const state = await readPage(page);
  if (state.cards === 0) failures.push(`no cards rendered; the list heading reads ${JSON.stringify(state.heading)}`);
  if (state.violations === null) failures.push('the page did not record violations; strict.ts did not run');
  for (const violation of state.violations ?? []) {
    failures.push(`violation of ${violation.directive}: ${violation.blockedURI} ${violation.sample}`.trim());
  }

  await page.screenshot({ path: screenshotPath, fullPage: true });
  await page.close();
  return { state, failures };
}

async function main() {
  const server = await createServer({
    configFile: path.join(projectRoot, 'vite.config.ts'),
    server: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    logLevel: 'warn',
    clearScreen: false,
  });
  let browser;
  try {
    await server.listen();
    const { port } = server.httpServer.address();
    browser = await chromium.launch(LAUNCH_OPTIONS);

    const { state, failures } = await checkPage(`http://127.0.0.1:${port}`, browser);
    console.log(`${state.heading}: ${state.cards} cards, ${state.violations?.length ?? 'unknown'} violations; screenshot ${screenshotPath}`);
    for (const failure of failures) console.error(failure);
    process.exitCode = failures.length > 0 ? 1 : 0;
  } finally {
    await browser?.close();
    await server.close();
  }
}

await main();
