/**
 * Builds Storybook into a temporary folder and checks the result, so that
 * a story that stops compiling, or goes missing, fails `npm test`.
 *
 * It checks that index.json lists every expected story id, that msw's
 * worker is at the output's root, and that a few stories render their
 * element with data from the mock endpoint in headless Chromium.
 * Run it with `node scripts/check-storybook.mjs`; it needs
 * custom-elements.json, which `npm run build` writes.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, run, serveDirectory } from './support.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The stories of each title, as the ids that Storybook derives from the export names. */
const EXPECTED_STORIES = {
  'elements-my-open-tickets': [
    'many-tickets', 'limited', 'all-users', 'loading', 'empty', 'server-error', 'unauthorized', 'not-found',
    'html-instead-of-json', 'malformed-json', 'wrong-shape', 'no-source', 'partial-data', 'long-text',
    'with-slots', 'right-to-left',
  ],
  'elements-ticket-card': [
    'high-priority', 'medium-priority', 'low-priority', 'no-priority', 'overdue', 'due-today', 'upcoming',
    'no-due-date', 'closed', 'business-customer', 'residential-customer', 'long-subject', 'long-url-in-body',
    'invalid-record', 'no-ticket', 'with-actions', 'right-to-left',
  ],
  'elements-due-tickets-summary': [
    'many-due-tickets', 'limited', 'past-date', 'loading', 'empty', 'server-error', 'unauthorized',
    'malformed-json', 'partial-data', 'right-to-left',
  ],
  'elements-tickets-provider': ['list-and-summary', 'loading', 'empty', 'server-error', 'right-to-left'],
};

/**
 * Stories to open, each with a check that runs in the story's iframe and
 * returns true once the story shows what it must.
 */
const RENDER_CHECKS = [
  {
    id: 'elements-my-open-tickets--limited',
    expect: 'five cards and "Showing 5 of …"',
    check: () => {
      const list = document.querySelector('my-open-tickets');
      const cards = list?.shadowRoot?.querySelectorAll('ticket-card') ?? [];
      const more = list?.shadowRoot?.querySelector('[part=more]');
      return cards.length === 5 && Boolean(more && !more.hidden);
    },
  },
  {
    id: 'elements-ticket-card--overdue',
    expect: 'a card with due-state="overdue"',
    check: () => document.querySelector('ticket-card')?.getAttribute('due-state') === 'overdue',
  },
  {
    id: 'elements-due-tickets-summary--unauthorized',
    expect: 'the error block',
    check: () => Boolean(document.querySelector('due-tickets-summary')?.shadowRoot?.querySelector('[part=error]')),
  },
  {
    id: 'elements-tickets-provider--list-and-summary',
    expect: 'a count in the list and in the summary',
    check: () =>
      ['my-open-tickets', 'due-tickets-summary'].every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part=count]')),
  },
  {
    id: 'elements-my-open-tickets--right-to-left',
    expect: 'cards laid out right to left',
    check: () => {
      const card = document.querySelector('my-open-tickets')?.shadowRoot?.querySelector('ticket-card');
      return Boolean(card) && getComputedStyle(card).direction === 'rtl';
    },
  },
];

const RENDER_TIMEOUT_MS = 10_000;

function checkIndex(index) {
  const ids = new Set(Object.keys(index.entries ?? {}));
  const expected = Object.entries(EXPECTED_STORIES).flatMap(([title, names]) => names.map((name) => `${title}--${name}`));
  const missing = expected.filter((id) => !ids.has(id));
  if (missing.length > 0) {
    throw new Error(`Storybook's index.json is missing ${missing.length} expected stories: ${missing.join(', ')}.`);
  }
  const unlisted = [...ids].filter((id) => !expected.includes(id) && index.entries[id].type === 'story');
  if (unlisted.length > 0) {
    console.log(`Stories not in EXPECTED_STORIES of scripts/check-storybook.mjs: ${unlisted.join(', ')}.`);
  }
  return expected.length;
}

async function checkRendering(baseUrl) {
  const browser = await launchChromium();
  try {
    // One context for all stories, so msw's worker registers once.
    const context = await browser.newContext();
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error));

    for (const { id, expect, check } of RENDER_CHECKS) {
      const url = `${baseUrl}/iframe.html?id=${id}&viewMode=story`;
      await page.goto(url, { waitUntil: 'load' });
      try {
        await page.waitForFunction(check, null, { timeout: RENDER_TIMEOUT_MS, polling: 100 });
      } catch (error) {
        const thrown = pageErrors.length > 0 ? ` Uncaught exception: ${pageErrors[0].message}` : '';
        throw new Error(`Story ${id} did not show ${expect} within ${RENDER_TIMEOUT_MS} ms (${error.message}).${thrown}`);
      }
      if (pageErrors.length > 0) throw new Error(`Story ${id} threw an uncaught exception: ${pageErrors[0].stack}`);
    }
  } finally {
    await browser.close();
  }
}

async function main() {
  const started = Date.now();
  if (!existsSync(path.join(projectRoot, 'custom-elements.json'))) {
    throw new Error('custom-elements.json is missing; the stories read it. Run `npm run analyze` first.');
  }

  const outputDir = await mkdtemp(path.join(tmpdir(), 'my-open-tickets-storybook-'));
  try {
    await run(path.join(projectRoot, 'node_modules/.bin/storybook'), ['build', '--quiet', '--output-dir', outputDir], {
      cwd: projectRoot,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    });

    const index = JSON.parse(await readFile(path.join(outputDir, 'index.json'), 'utf8'));
    const storyCount = checkIndex(index);
    if (!existsSync(path.join(outputDir, 'mockServiceWorker.js'))) {
      throw new Error(`The Storybook build has no mockServiceWorker.js at its root (${outputDir}).`);
    }

    const server = await serveDirectory(outputDir);
    try {
      await checkRendering(server.url);
    } finally {
      await server.close();
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Storybook builds with all ${storyCount} expected stories; ${RENDER_CHECKS.length} stories render (${seconds} s).`);
  } finally {
    await rm(outputDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
