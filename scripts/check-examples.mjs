/**
 * Checks the examples in headless Chromium.
 *
 * examples/react, built with vite: React 19 passes properties to the
 * elements and receives their events. `tickets` and `headers` arrive as
 * properties, not as attributes, the list's request carries the header,
 * `tickets-load` reaches the React handlers of both elements, and
 * `ticket-open` reaches React, which cancels the navigation. tsc also
 * checks the example's JSX types.
 *
 * examples/plain-html, served as it is: the bundle from dist/ renders the
 * cards, and the page's listeners receive the events.
 *
 * Run it after `npm run build` with `node scripts/check-examples.mjs`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium, run, serveDirectory } from './support.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const exampleRoot = path.join(projectRoot, 'examples/react');
const TIMEOUT_MS = 10_000;

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function checkReactPage(browser, baseUrl) {
  const page = await browser.newPage();
  try {
    const errors = [];
    const authorizationHeaders = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/tickets') authorizationHeaders.push(request.headers().authorization);
    });

    await page.goto(`${baseUrl}/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('#loads li').length === 2, null, { timeout: TIMEOUT_MS });

    const loads = await page.locator('#loads li').allTextContents();
    assert(loads.some((text) => /^due-tickets-summary loaded \d+ tickets$/.test(text)), `React did not receive tickets-load from the summary: ${JSON.stringify(loads)}`);
    assert(loads.some((text) => /^my-open-tickets loaded \d+ tickets$/.test(text)), `React did not receive tickets-load from the list: ${JSON.stringify(loads)}`);

    const properties = await page.evaluate(() => {
      const summary = document.querySelector('due-tickets-summary');
      const list = document.querySelector('my-open-tickets');
      return {
        ticketsIsArray: Array.isArray(summary.tickets),
        ticketsAttribute: summary.getAttribute('tickets'),
        authorization: list.headers?.Authorization,
        headersAttribute: list.getAttribute('headers'),
        limit: list.limit,
        userIdAttribute: list.getAttribute('user-id'),
      };
    });
    const found = JSON.stringify(properties);
    assert(properties.ticketsIsArray, `The summary's tickets property is not the records array: ${found}`);
    assert(properties.ticketsAttribute === null, `React set tickets as an attribute: ${found}`);
    assert(properties.authorization === 'Bearer example-token', `The list's headers property lacks the Authorization header: ${found}`);
    assert(properties.headersAttribute === null, `React set headers as an attribute: ${found}`);
    assert(properties.limit === 5, `The list's limit property is not 5: ${found}`);
    assert(properties.userIdAttribute === '9', `The list's user-id attribute is not "9": ${found}`);
    assert(authorizationHeaders.length > 0, 'The list sent no request to /api/tickets.');
    assert(
      authorizationHeaders.every((value) => value === 'Bearer example-token'),
      `The list's requests did not carry the Authorization header: ${JSON.stringify(authorizationHeaders)}`,
    );

    const startUrl = page.url();
    const link = page.locator('my-open-tickets ticket-card').first().locator('[part~="subject"] a');
    const href = await link.getAttribute('href', { timeout: TIMEOUT_MS });
    await link.click({ timeout: TIMEOUT_MS });
    await page.waitForFunction(() => document.querySelector('#opened')?.textContent?.startsWith('Opened ticket'), null, { timeout: TIMEOUT_MS });
    const opened = await page.locator('#opened').textContent();
    assert(opened.endsWith(` at ${href}`), `React received ticket-open with another href than the link's ${href}: ${opened}`);
    assert(page.url() === startUrl, `The page navigated to ${page.url()} although the React handler called preventDefault().`);

    assert(errors.length === 0, `The example threw: ${errors.join('; ')}`);
    return loads;
  } finally {
    await page.close();
  }
}

async function checkPlainPage(browser, baseUrl) {
  const page = await browser.newPage();
  try {
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/examples/plain-html/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('#events li').length === 2, null, { timeout: TIMEOUT_MS });

    const cards = page.locator('my-open-tickets ticket-card');
    assert((await cards.count()) === 2, `The plain HTML example shows ${await cards.count()} cards instead of 2.`);
    await cards.first().locator('[part~="subject"] a').click({ timeout: TIMEOUT_MS });
    await page.waitForFunction(() => document.querySelectorAll('#events li').length === 3, null, { timeout: TIMEOUT_MS });

    const events = await page.locator('#events li').allTextContents();
    assert(events.includes('due-tickets-summary: 1 tickets'), `The summary did not count the overdue ticket: ${JSON.stringify(events)}`);
    assert(events.includes('my-open-tickets: 2 tickets'), `The list did not load both tickets: ${JSON.stringify(events)}`);
    assert(events[2].startsWith('ticket-open: /acme-security/customers/'), `ticket-open did not reach the page: ${JSON.stringify(events)}`);
    assert(errors.length === 0, `The plain HTML example threw: ${errors.join('; ')}`);
    return events;
  } finally {
    await page.close();
  }
}

async function main() {
  const started = Date.now();
  await run(path.join(projectRoot, 'node_modules/.bin/tsc'), ['-p', path.join(exampleRoot, 'tsconfig.json')], { cwd: projectRoot });

  const outDir = await mkdtemp(path.join(tmpdir(), 'my-open-tickets-react-'));
  const browser = await launchChromium();
  try {
    await build({
      configFile: path.join(exampleRoot, 'vite.config.ts'),
      // 'error' hides the warning about the size of the chunk with msw and
      // the mock data set, which only the example bundles.
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
    const exampleServer = await serveDirectory(outDir);
    let loads;
    try {
      loads = await checkReactPage(browser, exampleServer.url);
    } finally {
      await exampleServer.close();
    }

    const projectServer = await serveDirectory(projectRoot);
    let plainEvents;
    try {
      plainEvents = await checkPlainPage(browser, projectServer.url);
    } finally {
      await projectServer.close();
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`React example: ${loads.join('; ')}; properties and ticket-open reach React.`);
    console.log(`Plain HTML example: ${plainEvents.join('; ')} (${seconds} s in all).`);
  } finally {
    await browser.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
