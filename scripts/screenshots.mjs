/**
 * Takes full-page PNG screenshots of the demo pages in headless Chromium,
 * for a visual check of the elements in each state.
 *
 * Run with `npm run screenshots`. The script starts vite's dev server on a
 * free port of 127.0.0.1, writes the PNGs to screenshots/ and prints their
 * paths. It exits with 1 when a page fails to load, throws an uncaught
 * exception or ends in another state than the one expected.
 * CHROME_PATH selects another Chromium build than /usr/bin/chromium.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { launchChromium } from './support.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const outputDir = path.join(projectRoot, 'screenshots');

const DESKTOP = { width: 1280, height: 900 };
const MOBILE = { width: 390, height: 844 };

/** How long one page may take until every element has sent tickets-load or tickets-error. */
const SETTLE_TIMEOUT_MS = 20_000;

// The mock data set and the elements both date everything from "now", so a
// fixed clock, with the fixed time zone and locale, keeps the dates in the
// screenshots the same on every day. This instant is 9:30 AM in New York.
// NOTE: the error screenshots still differ between runs, because the error
// block shows the request URL with the server's port, which is random.
const FIXED_TIME = new Date('2026-12-04T14:30:00Z');

const TICKETS_PAGE = '/acme-security/home/tickets/';

/**
 * The screenshots to take. `expect` is the event that each tickets element
 * on the page must send last: `tickets-load` or `tickets-error`.
 */
const SHOTS = [
  { name: 'dashboard', url: '/', viewport: DESKTOP, expect: 'tickets-load' },
  { name: 'tickets', url: TICKETS_PAGE, viewport: DESKTOP, expect: 'tickets-load' },
  { name: 'tickets-empty', url: `${TICKETS_PAGE}?scenario=empty`, viewport: DESKTOP, expect: 'tickets-load' },
  { name: 'tickets-error', url: `${TICKETS_PAGE}?scenario=error`, viewport: DESKTOP, expect: 'tickets-error' },
  { name: 'tickets-malformed', url: `${TICKETS_PAGE}?scenario=malformed`, viewport: DESKTOP, expect: 'tickets-error' },
  { name: 'tickets-mobile', url: TICKETS_PAGE, viewport: MOBILE, expect: 'tickets-load' },
];


/**
 * Stores the type of the last tickets-load or tickets-error event that each
 * element sent. It runs in each page before the page's scripts, so no event
 * is missed.
 */
function recordTicketsEvents() {
  const lastEvents = new Map();
  window.__screenshotTicketsEvents = lastEvents;
  for (const type of ['tickets-load', 'tickets-error']) {
    window.addEventListener(type, (event) => lastEvents.set(event.target, type), true);
  }
}

/** Resolves when every tickets element has sent an event and every element on the page has rendered. */
async function waitForTicketsElements(page) {
  await page.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('my-open-tickets, due-tickets-summary')];
      const lastEvents = window.__screenshotTicketsEvents;
      return elements.length > 0 && elements.every((element) => lastEvents?.has(element));
    },
    null,
    { timeout: SETTLE_TIMEOUT_MS },
  );

  return page.evaluate(async () => {
    const elements = [...document.querySelectorAll('my-open-tickets, due-tickets-summary')];
    const cards = elements.flatMap((element) => [...(element.shadowRoot?.querySelectorAll('ticket-card') ?? [])]);
    await Promise.all([...elements, ...cards].map((element) => element.updateComplete));
    await document.fonts.ready;
    return elements.map((element) => ({
      tag: element.localName,
      event: window.__screenshotTicketsEvents.get(element),
    }));
  });
}

/** Returns the demo bar's failure messages, such as a mock worker that failed to start. */
async function demoFailures(page) {
  return page
    .locator('.demo-bar__failure')
    .allTextContents()
    .catch(() => []);
}

async function takeScreenshot(context, baseUrl, shot, consoleMessages) {
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    // Chromium's "Failed to load resource" text omits the URL, which only the message location has.
    const where = message.type() === 'error' && message.location().url ? ` (${message.location().url})` : '';
    const text = `${message.type()}: ${message.text()}${where}`;
    const seen = consoleMessages.get(text);
    if (seen) seen.shots.add(shot.name);
    else consoleMessages.set(text, { shots: new Set([shot.name]) });
  });

  const url = new URL(shot.url, baseUrl).href;
  try {
    await page.goto(url, { waitUntil: 'load' });
    let results;
    try {
      results = await waitForTicketsElements(page);
    } catch (error) {
      const cause =
        error.name === 'TimeoutError'
          ? `no tickets-load or tickets-error event within ${SETTLE_TIMEOUT_MS} ms`
          : error.message.replace(/\.$/, '');
      const failures = await demoFailures(page);
      const demoBar = failures.length > 0 ? ` The demo bar reports: ${failures.join(' ')}` : '';
      // An exception in a module, such as a missing export, stops the page
      // before any event, and would otherwise show only as the timeout.
      const thrown = pageErrors.length > 0 ? ` Uncaught exception in the page: ${pageErrors[0].message}` : '';
      throw new Error(`${shot.name}: ${url} failed to load its tickets elements: ${cause}.${demoBar}${thrown}`);
    }

    const unexpected = results.filter((result) => result.event !== shot.expect);
    if (unexpected.length > 0) {
      const found = unexpected.map((result) => `<${result.tag}> sent ${result.event}`).join(', ');
      throw new Error(`${shot.name}: expected ${shot.expect} on ${url}, but ${found}.`);
    }
    if (pageErrors.length > 0) {
      throw new Error(`${shot.name}: ${url} threw an uncaught exception: ${pageErrors[0].stack ?? pageErrors[0]}`);
    }

    const file = path.join(outputDir, `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    return file;
  } finally {
    await page.close();
  }
}

async function newContext(browser, viewport) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    timezoneId: 'America/New_York',
    locale: 'en-US',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  await context.clock.setFixedTime(FIXED_TIME);
  await context.addInitScript(recordTicketsEvents);
  return context;
}

async function main() {
  await mkdir(outputDir, { recursive: true });

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
    const baseUrl = `http://127.0.0.1:${port}`;

    browser = await launchChromium();
    // One context per viewport, so the mock worker registers once for each.
    const contexts = new Map();
    const consoleMessages = new Map();
    const files = [];
    for (const shot of SHOTS) {
      const key = `${shot.viewport.width}x${shot.viewport.height}`;
      if (!contexts.has(key)) contexts.set(key, await newContext(browser, shot.viewport));
      files.push(await takeScreenshot(contexts.get(key), baseUrl, shot, consoleMessages));
    }

    for (const [text, { shots }] of consoleMessages) {
      console.warn(`Browser console (${[...shots].join(', ')}) ${text}`);
    }
    for (const file of files) console.log(path.relative(process.cwd(), file));
  } finally {
    await browser?.close();
    await server.close();
  }
}

try {
  await main();
} catch (error) {
  console.error(`Screenshots failed: ${error.message ?? error}`);
  process.exitCode = 1;
}
