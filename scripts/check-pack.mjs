/**
 * Checks the package as a user installs it: `npm pack` of the built
 * package, installed into a scratch project in a temporary folder.
 *
 * 1. The tarball contains the entry points of package.json's `exports` and
 *    no sources or tests.
 * 2. Bundler use: vite builds `import 'my-open-tickets'` with
 *    `import { TicketCard } from 'my-open-tickets/ticket-card'`, and a
 *    class-only import. In Chromium the first defines all four tags, and
 *    the class-only import defines none.
 * 3. Script-tag use: a page loads `dist/my-open-tickets.bundle.js` from the
 *    installed package and renders `<my-open-tickets>` from a JSON file.
 * 4. TypeScript use: tsc compiles a file against the installed declarations
 *    that needs the HTMLElementTagNameMap and HTMLElementEventMap entries.
 *
 * Run it after `npm run build` with `node scripts/check-pack.mjs`. The
 * install takes lit and the other dependencies from npm's cache, or from
 * the registry when the cache lacks them.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium, run, serveDirectory } from './support.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const TAGS = ['my-open-tickets', 'ticket-card', 'due-tickets-summary', 'tickets-provider'];
const RENDER_TIMEOUT_MS = 10_000;

/** Files that the tarball must contain, relative to the package root. */
const REQUIRED_FILES = [
  'package.json',
  'custom-elements.json',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/my-open-tickets.bundle.js',
  ...TAGS.flatMap((tag) => [`dist/${tag}/define.js`, `dist/${tag}/define.d.ts`, `dist/${tag}/${tag}.js`, `dist/${tag}/${tag}.d.ts`]),
];

async function pack(outputDir) {
  const output = await run('npm', ['pack', '--json', '--pack-destination', outputDir], { cwd: projectRoot });
  const [result] = JSON.parse(output.slice(output.indexOf('[')));
  const files = result.files.map((file) => file.path);

  const missing = REQUIRED_FILES.filter((file) => !files.includes(file));
  if (missing.length > 0) throw new Error(`The tarball lacks ${missing.join(', ')}. Run \`npm run build\` first.`);
  const unexpected = files.filter((file) => /^(src|test|stories|mocks|demo|scripts)\//.test(file));
  if (unexpected.length > 0) throw new Error(`The tarball contains files that users do not need: ${unexpected.join(', ')}.`);
  return path.join(outputDir, result.filename);
}

async function createScratchProject(root, tarball) {
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }, null, 2));
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], { cwd: root, timeoutMs: 90_000 });
}

/** Writes the entry modules of the bundler check and builds them with vite. */
async function buildBundlerEntries(root) {
  const sourceDir = path.join(root, 'src');
  await mkdir(sourceDir);
  await writeFile(
    path.join(sourceDir, 'app.js'),
    [
      "import 'my-open-tickets';",
      "import { TicketCard } from 'my-open-tickets/ticket-card';",
      '',
      `window.bundlerResult = {`,
      `  defined: ${JSON.stringify(TAGS)}.filter((tag) => customElements.get(tag) !== undefined),`,
      "  cardClassMatches: customElements.get('ticket-card') === TicketCard,",
      '};',
      '',
    ].join('\n'),
  );
  await writeFile(
    path.join(sourceDir, 'class-only.js'),
    [
      "import { TicketCard } from 'my-open-tickets/ticket-card/class';",
      '',
      `window.classOnlyResult = {`,
      `  defined: ${JSON.stringify(TAGS)}.filter((tag) => customElements.get(tag) !== undefined),`,
      '  isElementClass: TicketCard.prototype instanceof HTMLElement,',
      '};',
      '',
    ].join('\n'),
  );

  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: path.join(root, 'built'),
      emptyOutDir: true,
      minify: true,
      lib: {
        entry: { app: path.join(sourceDir, 'app.js'), 'class-only': path.join(sourceDir, 'class-only.js') },
        formats: ['es'],
      },
    },
  });
}

async function writePages(root) {
  await copyFile(path.join(projectRoot, 'test/fixtures/tickets.json'), path.join(root, 'tickets.json'));
  const page = (title, script) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <my-open-tickets src="/tickets.json" user-id="9" date="2026-12-04" time-zone="America/Chicago" locale="en-US"></my-open-tickets>
  </body>
</html>
`;
  await writeFile(path.join(root, 'app.html'), page('Bundler build', '/built/app.js'));
  await writeFile(path.join(root, 'class-only.html'), page('Class-only import', '/built/class-only.js'));
  await writeFile(path.join(root, 'bundle.html'), page('Bundle only', '/node_modules/my-open-tickets/dist/my-open-tickets.bundle.js'));
}

/** Resolves with the subjects of the cards that `<my-open-tickets>` renders on `page`. */
function waitForCards(page) {
  return page
    .waitForFunction(
      () => {
        const cards = [...(document.querySelector('my-open-tickets')?.shadowRoot?.querySelectorAll('ticket-card') ?? [])];
        const subjects = cards.map((card) => card.shadowRoot?.querySelector('[part~="subject"]')?.textContent?.trim());
        return cards.length > 0 && subjects.every(Boolean) ? subjects : null;
      },
      null,
      { timeout: RENDER_TIMEOUT_MS, polling: 100 },
    )
    .then((handle) => handle.jsonValue());
}

async function checkInBrowser(baseUrl) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const open = async (file) => {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${baseUrl}/${file}`, { waitUntil: 'load' });
      return { page, errors };
    };

    const app = await open('app.html');
    const appSubjects = await waitForCards(app.page);
    const bundlerResult = await app.page.evaluate(() => window.bundlerResult);
    if (bundlerResult.defined.length !== TAGS.length) {
      throw new Error(`The vite build of "import 'my-open-tickets'" defined only ${bundlerResult.defined.join(', ')}.`);
    }
    if (!bundlerResult.cardClassMatches) {
      throw new Error("TicketCard from 'my-open-tickets/ticket-card' is not the class registered as <ticket-card>.");
    }

    const classOnly = await open('class-only.html');
    await classOnly.page.waitForFunction(() => window.classOnlyResult, null, { timeout: RENDER_TIMEOUT_MS });
    const classOnlyResult = await classOnly.page.evaluate(() => window.classOnlyResult);
    if (classOnlyResult.defined.length > 0 || !classOnlyResult.isElementClass) {
      throw new Error(`'my-open-tickets/ticket-card/class' must export TicketCard without registering tags, but got ${JSON.stringify(classOnlyResult)}.`);
    }

    const bundle = await open('bundle.html');
    const bundleSubjects = await waitForCards(bundle.page);

    for (const [name, { errors }] of Object.entries({ app, classOnly, bundle })) {
      if (errors.length > 0) throw new Error(`The ${name} page threw: ${errors.join('; ')}`);
    }
    return { appSubjects, bundleSubjects };
  } finally {
    await browser.close();
  }
}

/** Compiles a consumer file against the installed declarations. */
async function checkTypes(root) {
  await writeFile(
    path.join(root, 'consumer.ts'),
    `// Imports only one element's module, as a page that needs only the card would.
import type { TicketCard } from 'my-open-tickets/ticket-card';
import 'my-open-tickets/ticket-card';
import type { MyOpenTickets, TicketOpenDetail } from 'my-open-tickets';

const queriedCard = document.querySelector('ticket-card');
const queriedList = document.querySelector('my-open-tickets');
export const card: TicketCard | null = queriedCard;
export const list: MyOpenTickets | null = queriedList;

queriedCard?.addEventListener('ticket-open', (event) => {
  const href: string = event.detail.href;
  const detail: TicketOpenDetail = event.detail;
  void [href, detail];
});
queriedList?.addEventListener('tickets-load', (event) => {
  const count: number = event.detail.count;
  void count;
});
`,
  );
  await writeFile(
    path.join(root, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  await run(path.join(projectRoot, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: root });
}

/** Seconds since `start`, with one decimal. */
function secondsSince(start) {
  return ((Date.now() - start) / 1000).toFixed(1);
}

async function main() {
  const started = Date.now();
  const phases = [];
  const timed = async (name, step) => {
    const start = Date.now();
    const result = await step();
    phases.push(`${name} ${secondsSince(start)} s`);
    return result;
  };
  const workDir = await mkdtemp(path.join(tmpdir(), 'my-open-tickets-pack-'));
  try {
    const tarball = await timed('pack', () => pack(workDir));
    const root = path.join(workDir, 'app');
    await mkdir(root);
    await timed('install', () => createScratchProject(root, tarball));

    await timed('vite build', () => buildBundlerEntries(root));
    await writePages(root);
    const server = await serveDirectory(root);
    let subjects;
    try {
      subjects = await timed('browser', () => checkInBrowser(server.url));
    } finally {
      await server.close();
    }
    await timed('tsc', () => checkTypes(root));

    console.log(
      `Packed ${path.basename(tarball)}: the vite build renders ${subjects.appSubjects.length} cards, ` +
        `the bundle renders ${subjects.bundleSubjects.length}, and the declarations type-check ` +
        `(${secondsSince(started)} s: ${phases.join(', ')}).`,
    );
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
