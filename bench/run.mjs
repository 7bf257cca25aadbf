// Runs the rendering benchmarks in headless Chromium and prints a Markdown
// table of medians, spreads and ratios to the hand-written floor on stdout.
// Progress goes to stderr. See BENCHMARKS.md for what is measured and why.
//
//   npm run bench
//   npm run bench -- --samples 11 --warmup 3 --json bench-results.json
//   npm run bench -- --workloads firstRender,refresh --sizes 1000
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { BUDGETS, measureSizes } from '../scripts/check-size.mjs';
import { createBenchRecords, createRefreshedRecords } from './data.mjs';
import { startServer } from './server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'bench');
const distDir = join(root, 'dist');

const HELP = `Usage: node bench/run.mjs [options]

  --samples N   timed samples per workload and side (default 7)
  --warmup N    untimed runs before the samples (default 2)
  --sizes LIST  ticket counts for the render workloads (default 100,1000,10000)
  --workloads LIST
                run only these timed workloads, comma-separated, and skip the
                JSON.parse, update count, request, footprint and size checks:
                firstScreen, firstRender, refresh, refreshFromEndpoint,
                summary, parse (default: all, with every check)
  --json FILE   also write every sample and footprint to FILE as JSON
  --help        show this text
`;

const { values: options } = parseArgs({
  options: {
    samples: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '2' },
    sizes: { type: 'string', default: '100,1000,10000' },
    workloads: { type: 'string' },
    json: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

function positiveInteger(name, text, minimum) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum) {
    console.error(`Invalid --${name} "${text}": expected a whole number of at least ${minimum}.\n\n${HELP}`);
    process.exit(2);
  }
  return value;
}

const SAMPLES = positiveInteger('samples', options.samples, 1);
const WARMUP = positiveInteger('warmup', options.warmup, 0);
const SIZES = options.sizes.split(',').map((size) => positiveInteger('sizes', size.trim(), 1));

const WORKLOADS = ['firstScreen', 'firstRender', 'refresh', 'refreshFromEndpoint', 'summary', 'parse'];
/** The workloads chosen with --workloads, or `null` for a full run. */
const CHOSEN_WORKLOADS = options.workloads === undefined ? null : options.workloads.split(',').map((name) => name.trim());
for (const name of CHOSEN_WORKLOADS ?? []) {
  if (!WORKLOADS.includes(name)) {
    console.error(`Invalid --workloads entry "${name}": expected one of ${WORKLOADS.join(', ')}.\n\n${HELP}`);
    process.exit(2);
  }
}
// The refresh, footprint and parse workloads use fixed sizes, because their
// targets are stated for these counts.
// The endpoint serves this many records too, for the refresh from it and
// for the provider's request count.
const REFRESH_SIZE = 1000;
const FOOTPRINT_SIZE = 10_000;
const PARSE_SIZE = 10_000;
// Above the library's chunking threshold of 200, so the comparison covers
// the long-list markup too.
const MARKUP_SAMPLE_SIZE = 250;

const log = (message) => process.stderr.write(`${message}\n`);

// ---------------------------------------------------------------------------
// Build

function newestModification(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestModification(join(path, name))));
}

function oldestOutput() {
  try {
    return Math.min(...['index.js', 'my-open-tickets.bundle.js'].map((name) => statSync(join(distDir, name)).mtimeMs));
  } catch {
    return -Infinity;
  }
}

/** Runs `npm run build` when dist/ is missing or older than the sources and build settings. */
function ensureBuild() {
  const inputs = ['src', 'vite.config.ts', 'tsconfig.json', 'tsconfig.build.json'].map((path) => newestModification(join(root, path)));
  if (oldestOutput() >= Math.max(...inputs)) {
    log('dist/ is up to date.');
    return;
  }
  log('dist/ is missing or older than src/; running npm run build.');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  if (result.status !== 0) {
    console.error(`npm run build failed with exit code ${result.status}; fix the build and run the benchmark again.`);
    process.exit(1);
  }
}

/**
 * Bundles dist/index.js with its dependencies, minified, in memory, the way
 * an application's bundler would ship it. Lit's production build is chosen
 * because esbuild does not set the `development` export condition.
 */
async function bundleLibrary() {
  const result = await build({
    entryPoints: [join(distDir, 'index.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Describes the measured source: the commit and whether src/ has uncommitted changes, or `unknown` outside a Git checkout. */
function sourceState() {
  const git = (args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const head = git(['rev-parse', '--short', 'HEAD']);
  if (head.status !== 0) return 'unknown';
  const changes = git(['status', '--porcelain', '--', 'src']).stdout.trim();
  return `${head.stdout.trim()}${changes ? ', with uncommitted changes in src/' : ''}`;
}

// ---------------------------------------------------------------------------
// Statistics and formatting

function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    samples,
  };
}

/** Formats milliseconds with three significant digits, or none after the point from 100 up. */
function milliseconds(value) {
  if (value >= 100) return value.toFixed(0);
  return value >= 10 ? value.toFixed(1) : value.toFixed(2);
}
const spread = (stats) => `${milliseconds(stats.median)} (${milliseconds(stats.min)}–${milliseconds(stats.max)})`;
const ratio = (value) => `${value.toFixed(2)}×`;
const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const thousands = (value) => value.toLocaleString('en-US');

// ---------------------------------------------------------------------------
// Browser

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];
const VIEWPORT = { width: 1280, height: 800 };

async function openPage(context, origin, side) {
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`  page error (${side}): ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log(`  console ${message.type()} (${side}): ${message.text()}`);
  });
  await page.goto(`${origin}/bench/index.html?side=${side}`);
  await page.waitForFunction(() => window.bench !== undefined);
  return page;
}

// Main-thread counters from the DevTools protocol, read right before and
// after each timed step. With the `threadTicks` time domain they are CPU
// time, so they rise much less than wall time when other processes compete
// for the CPUs.
const CPU_KEYS = ['thread', 'style', 'layout'];
const CPU_METRICS = { thread: 'ThreadTime', style: 'RecalcStyleDuration', layout: 'LayoutDuration' };

/** Returns the renderer main thread's CPU counters in milliseconds. */
async function mainThreadCounters(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const byName = new Map(metrics.map(({ name, value }) => [name, value]));
  return Object.fromEntries(CPU_KEYS.map((key) => [key, (byName.get(CPU_METRICS[key]) ?? Number.NaN) * 1000]));
}

/**
 * Measures `workload` on both sides, each in its own fresh page: `WARMUP`
 * untimed runs, then `SAMPLES` timed ones. The sides take turns run by run,
 * and which goes first alternates, so a change in machine load between runs
 * affects both sides alike. Every run of a side must render the same number
 * of items, except in the first screen, where a busy machine can paint one
 * more chunk.
 */
async function measurePair(context, origin, { workload, size, argument, styles }) {
  const label = `${workload}${argument ? ` (${argument})` : ''} at ${thousands(size)}`;
  log(`${label}…`);
  const sides = ['library', 'floor'];
  const pages = {};
  const samples = { library: [], floor: [] };
  const cpu = Object.fromEntries(sides.map((side) => [side, Object.fromEntries(CPU_KEYS.map((key) => [key, []]))]));
  const items = { library: null, floor: null };
  try {
    for (const side of sides) {
      const page = await openPage(context, origin, side);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      pages[side] = { page, cdp };
      await page.evaluate((input) => window.bench.prepare(input), { count: size, styles });
    }
    for (let run = 0; run < WARMUP + SAMPLES; run++) {
      for (const side of run % 2 === 0 ? sides : [...sides].reverse()) {
        const { page, cdp } = pages[side];
        await page.bringToFront();
        await page.evaluate(([name, value]) => window.bench.setUp(name, value), [workload, argument]);
        const before = await mainThreadCounters(cdp);
        const result = await page.evaluate(() => window.bench.measure());
        const after = await mainThreadCounters(cdp);
        await page.evaluate(() => window.bench.clear());
        if (items[side] !== null && result.items !== items[side]) {
          // The first frame of a long list can come after the task of the
          // second chunk when the machine is busy, and then paints both.
          // That is a slower first screen, not a broken run, so it is noted.
          if (workload !== 'firstScreen') {
            throw new Error(`${side} ${label} rendered ${result.items} items in run ${run + 1} but ${items[side]} before.`);
          }
          log(`  NOTE: ${side} ${label} painted ${result.items} items in run ${run + 1} but ${items[side]} before.`);
        }
        items[side] = Math.min(items[side] ?? result.items, result.items);
        if (run >= WARMUP) {
          samples[side].push(result.ms);
          for (const key of CPU_KEYS) cpu[side][key].push(after[key] - before[key]);
        }
      }
    }
  } finally {
    for (const { page } of Object.values(pages)) await page.close();
  }

  if (items.library !== items.floor) {
    log(`  WARNING: ${label}: the library rendered ${items.library} items and the floor ${items.floor}.`);
  }
  const sideResult = (side) => ({
    ...summarize(samples[side]),
    items: items[side],
    cpu: Object.fromEntries(CPU_KEYS.map((key) => [key, summarize(cpu[side][key])])),
  });
  const library = sideResult('library');
  const floor = sideResult('floor');
  return { workload, size, argument, library, floor, ratio: library.median / floor.median, cpuRatio: library.cpu.thread.median / floor.cpu.thread.median };
}

/** Renders 10,000 tickets once in a fresh browser context per side and returns heap and node counts. */
async function measureFootprint(browser, origin, side, styles) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await openPage(context, origin, side);
    await page.evaluate((input) => window.bench.prepare(input), { count: FOOTPRINT_SIZE, styles });
    await page.evaluate(() => window.bench.run('firstRender'));
    await page.evaluate(() => document.getElementById('stage').replaceChildren());
    const before = await page.evaluate(() => window.bench.footprint());
    await page.evaluate(() => window.bench.watchLongTasks());
    const rendered = await page.evaluate(() => window.bench.run('firstRender'));
    const longTasks = await page.evaluate(() => window.bench.stopLongTasks());
    const after = await page.evaluate(() => window.bench.footprint());
    return {
      items: rendered.items,
      heap: after.heap,
      heapAdded: after.heap - before.heap,
      nodes: after.nodes,
      nodesAdded: after.nodes - before.nodes,
      elementsAdded: after.elements - before.elements,
      shadowRootsAdded: after.shadowRoots - before.shadowRoots,
      longTasks,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------
// Report

function renderTable(results) {
  const lines = [
    '| Workload | Tickets | Library ms, median (min–max) | Floor ms, median (min–max) | Library ÷ floor |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const row of results.timings) {
    lines.push(`| ${row.title} | ${thousands(row.size)} | ${spread(row.library)} | ${spread(row.floor)} | ${ratio(row.ratio)} |`);
  }
  if (!results.footprint) return lines.join('\n');
  const { library, floor } = results.footprint;
  lines.push(
    `| JS heap after first render, forced GC (added by the render) | ${thousands(FOOTPRINT_SIZE)} | ${megabytes(library.heap)} (+${megabytes(library.heapAdded)}) | ${megabytes(floor.heap)} (+${megabytes(floor.heapAdded)}) | ${ratio(library.heapAdded / floor.heapAdded)} |`,
    `| DOM nodes, document and shadow roots (added by the render) | ${thousands(FOOTPRINT_SIZE)} | ${thousands(library.nodes)} (+${thousands(library.nodesAdded)}) | ${thousands(floor.nodes)} (+${thousands(floor.nodesAdded)}) | ${ratio(library.nodesAdded / floor.nodesAdded)} |`,
  );
  return lines.join('\n');
}

function renderCpuTable(results) {
  // The protocol's ScriptDuration leaves out script run through
  // Runtime.evaluate, which is all of the benchmark's, so the rest of the
  // thread time is shown instead: script, paint and garbage collection.
  const breakdown = ({ cpu }) => {
    const rest = cpu.thread.median - cpu.style.median - cpu.layout.median;
    return `${milliseconds(cpu.thread.median)} (${milliseconds(cpu.style.median)} / ${milliseconds(cpu.layout.median)} / ${milliseconds(rest)})`;
  };
  const lines = [
    '| Workload | Tickets | Library CPU ms (style / layout / rest) | Floor CPU ms (style / layout / rest) | Library ÷ floor |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const row of results.timings) {
    lines.push(`| ${row.title} | ${thousands(row.size)} | ${breakdown(row.library)} | ${breakdown(row.floor)} | ${ratio(row.cpuRatio)} |`);
  }
  return lines.join('\n');
}

function renderContext(results) {
  const lines = [];
  for (const row of results.jsonParse) {
    lines.push(`- JSON.parse of the ${row.format} response text for ${thousands(PARSE_SIZE)} records (${(row.bytes / 1e6).toFixed(1)} MB), before either side's parsing: ${spread(row.stats)} ms.`);
  }
  for (const [how, label] of [
    ['tickets', 'a new `tickets` array'],
    ['endpoint', '`refresh()` from the endpoint'],
  ]) {
    const updates = results.refreshUpdates[how];
    lines.push(
      `- Refresh by ${label} among ${thousands(REFRESH_SIZE)}: ${thousands(updates.cards)} cards after it, ${thousands(updates.kept)} kept as the same elements, ${updates.created} created, and ${thousands(updates.keptAndUpdated)} of the kept cards updated; 1 ticket changed, so 1 is the least possible.`,
    );
  }
  const { library, floor } = results.footprint;
  lines.push(
    `- Elements added at ${thousands(FOOTPRINT_SIZE)}: library ${thousands(library.elementsAdded)} with ${thousands(library.shadowRootsAdded)} shadow roots, floor ${thousands(floor.elementsAdded)} with ${thousands(floor.shadowRootsAdded)}.`,
  );
  lines.push(
    `- Long tasks (over 50 ms) while ${thousands(FOOTPRINT_SIZE)} tickets render in full: library ${library.longTasks.count}, the longest ${milliseconds(library.longTasks.longest)} ms; floor ${floor.longTasks.count}, the longest ${milliseconds(floor.longTasks.longest)} ms.`,
  );
  const provider = results.provider;
  lines.push(
    `- Requests to /api/tickets for a list and a summary under one <tickets-provider>: ${provider.requests} (server count; ${provider.resourceEntries} in the page's resource timing). List count ${provider.list}, summary count ${provider.summary}.`,
  );
  const { sizes } = results;
  lines.push(
    `- ${sizes.bundle.file}: ${(sizes.bundle.gzip / 1000).toFixed(2)} KB gzip; ${sizes.index.file}: ${(sizes.index.gzip / 1000).toFixed(2)} KB gzip (1 KB = 1,000 bytes).`,
  );
  if (results.markupDifferences.length > 0) {
    lines.push(`- WARNING: the floor's markup differs from the library's in ${results.markupDifferences.length} places; the first: ${JSON.stringify(results.markupDifferences[0])}`);
  } else {
    lines.push(`- The floor renders the same elements, classes, attributes and texts as the library for the ${MARKUP_SAMPLE_SIZE} tickets compared.`);
  }
  return lines.join('\n');
}

/** Returns whether a target holds on wall time and on CPU time, which disagree only when load distorts wall time. */
function verdict(wallMet, cpuMet) {
  if (wallMet === cpuMet) return wallMet ? 'yes' : 'no';
  return wallMet ? 'on wall time only' : 'on CPU time only';
}

function evaluateTargets(results) {
  const timing = (workload, size) => results.timings.find((row) => row.workload === workload && row.size === size && !row.argument);
  const first1000 = timing('firstRender', 1000);
  const first100 = timing('firstScreen', 100);
  const first10000 = timing('firstScreen', 10_000);
  const refresh = timing('refresh', REFRESH_SIZE);

  const both = (wall, cpu, format) => `${format(wall)} wall, ${format(cpu)} CPU`;
  const percent = (value) => `${(value * 100).toFixed(1)}%`;
  const targets = [];

  if (first1000) {
    targets.push({
      target: 'First render of 1,000 cards within 1.5× the floor',
      value: both(first1000.ratio, first1000.cpuRatio, ratio),
      met: verdict(first1000.ratio <= 1.5, first1000.cpuRatio <= 1.5),
    });
  }
  if (first1000 && refresh) {
    const wall = refresh.library.median / first1000.library.median;
    const cpu = refresh.library.cpu.thread.median / first1000.library.cpu.thread.median;
    targets.push({ target: 'Refresh changing 3 of 1,000 under a tenth of the first render', value: both(wall, cpu, percent), met: verdict(wall < 0.1, cpu < 0.1) });
  }
  if (first100 && first10000) {
    const wall = first10000.library.median / first100.library.median;
    const cpu = first10000.library.cpu.thread.median / first100.library.cpu.thread.median;
    targets.push({ target: 'First screen of 10,000 tickets paints within 3× the time for 100', value: both(wall, cpu, ratio), met: verdict(wall <= 3, cpu <= 3) });
  }

  const { sizes } = results;
  if (!sizes) return targets;
  const yesNo = (met) => (met ? 'yes' : 'no');
  targets.push(
    { target: 'Bundle ≤ 25 KB min+gzip', value: `${(sizes.bundle.gzip / 1000).toFixed(2)} KB`, met: yesNo(sizes.bundle.gzip <= BUDGETS.bundle) },
    { target: 'dist/index.js without dependencies ≤ 10 KB min+gzip', value: `${(sizes.index.gzip / 1000).toFixed(2)} KB`, met: yesNo(sizes.index.gzip <= BUDGETS.index) },
    { target: 'One request for a list and a summary under one provider', value: String(results.provider.requests), met: yesNo(results.provider.requests === 1) },
  );
  return targets;
}

function renderTargets(targets) {
  return ['| Target | Measured | Met |', '| --- | ---: | --- |', ...targets.map(({ target, value, met }) => `| ${target} | ${value} | ${met} |`)].join('\n');
}

// ---------------------------------------------------------------------------

const FORMAT_NAMES = { plain: 'plain', jsonapi: 'JSON:API' };

const TITLES = {
  firstScreen: 'First screen: `tickets` set to the first frame painted',
  firstRender: 'First render: `tickets` set to every card painted',
  refresh: 'Refresh by a new `tickets` array: 1 changed, 1 added, 1 closed',
  refreshFromEndpoint: 'Refresh by `refresh()` from the local endpoint, same changes',
  summary: 'Due summary first render',
  parse: 'Parse and normalize',
};

async function main() {
  ensureBuild();
  const source = sourceState();
  const loadBefore = loadavg();
  const libraryBundle = await bundleLibrary();
  // The same seed as the pages use, so the endpoint serves the records that
  // `prepare` generates there for REFRESH_SIZE.
  const endpointRecords = createBenchRecords(REFRESH_SIZE);
  const responseText = (records) => JSON.stringify({ data: records, links: { next: null } });
  const server = await startServer({
    mounts: { '/bench/': benchDir, '/dist/': distDir },
    memory: { '/lib.js': { type: 'text/javascript; charset=utf-8', body: libraryBundle } },
    endpointBodies: {
      initial: responseText(endpointRecords),
      refreshed: responseText(createRefreshedRecords(endpointRecords).records),
    },
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS });

  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const probe = await openPage(context, server.origin, 'probe');
    const styles = await probe.evaluate(() => window.bench.probe.styles());
    const markupDifferences = await probe.evaluate((count) => window.bench.probe.compareMarkup(count), MARKUP_SAMPLE_SIZE);
    await probe.close();
    for (const difference of markupDifferences) log(`WARNING: floor markup differs: ${JSON.stringify(difference)}`);

    const specs = [
      ...SIZES.map((size) => ({ workload: 'firstScreen', size })),
      ...SIZES.map((size) => ({ workload: 'firstRender', size })),
      { workload: 'refresh', size: REFRESH_SIZE },
      { workload: 'refreshFromEndpoint', size: REFRESH_SIZE },
      ...SIZES.map((size) => ({ workload: 'summary', size })),
      { workload: 'parse', size: PARSE_SIZE, argument: 'plain' },
      { workload: 'parse', size: PARSE_SIZE, argument: 'jsonapi' },
    ].filter((spec) => CHOSEN_WORKLOADS === null || CHOSEN_WORKLOADS.includes(spec.workload));
    const timings = [];
    for (const spec of specs) {
      const row = await measurePair(context, server.origin, { ...spec, styles });
      const format = FORMAT_NAMES[spec.argument] ?? '';
      timings.push({ ...row, title: `${TITLES[spec.workload]}${format ? `, ${format}` : ''}` });
    }

    const results = {
      date: new Date().toISOString(),
      source,
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memory: totalmem(), browser: browser.version(), node: process.version },
      // One-minute load averages; above the CPU count, other processes
      // competed with the browser and every time is inflated.
      load: { before: loadBefore[0], after: null },
      settings: { samples: SAMPLES, warmup: WARMUP, sizes: SIZES, workloads: CHOSEN_WORKLOADS ?? WORKLOADS },
      timings,
      markupDifferences,
    };
    if (CHOSEN_WORKLOADS === null) Object.assign(results, await measureChecks(browser, context, server, styles));
    else await context.close();
    results.load.after = loadavg()[0];
    results.targets = evaluateTargets(results);

    const machine = `${results.machine.cpus} × ${results.machine.cpuModel}, ${(results.machine.memory / 2 ** 30).toFixed(0)} GiB, Chromium ${results.machine.browser}, Node ${results.machine.node}`;
    const load = `Load average (1 min) ${results.load.before.toFixed(2)} before and ${results.load.after.toFixed(2)} after the run, on ${results.machine.cpus} CPUs.`;
    const details = CHOSEN_WORKLOADS === null ? `${renderContext(results)}\n\n` : `Workloads: ${CHOSEN_WORKLOADS.join(', ')} only; the other checks were skipped.\n\n`;
    process.stdout.write(
      `\nmy-open-tickets benchmark, ${results.date}, source ${results.source}\n${machine}\n${load}\n${WARMUP} warm-up runs and ${SAMPLES} samples per cell; each side in its own page, taking turns run by run.\n\n` +
        `Wall time:\n\n${renderTable(results)}\n\nRenderer main-thread CPU time, medians:\n\n${renderCpuTable(results)}\n\n${details}${renderTargets(results.targets)}\n`,
    );
    if (options.json) {
      writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);
      log(`Wrote ${options.json}.`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Runs the checks beside the timed workloads: JSON.parse, which cards a
 * refresh updates, the provider's request count, the footprint and the
 * sizes. Closes `context` when done.
 */
async function measureChecks(browser, context, server, styles) {
  log('JSON.parse, refresh update count and provider requests…');
  const page = await openPage(context, server.origin, 'library');
  await page.evaluate((input) => window.bench.prepare(input), { count: PARSE_SIZE });
  const jsonParse = [];
  for (const format of ['plain', 'jsonapi']) {
    const runs = [];
    let bytes = 0;
    for (let run = 0; run < WARMUP + SAMPLES; run++) {
      const result = await page.evaluate((value) => window.bench.jsonParse(value), format);
      bytes = result.bytes;
      if (run >= WARMUP) runs.push(result.ms);
    }
    jsonParse.push({ format, bytes, stats: summarize(runs) });
  }
  await page.evaluate((input) => window.bench.prepare(input), { count: REFRESH_SIZE });
  const refreshUpdates = {
    tickets: await page.evaluate(() => window.bench.countRefreshUpdates('tickets')),
    endpoint: await page.evaluate(() => window.bench.countRefreshUpdates('endpoint')),
  };
  server.resetEndpointRequests();
  const providerResult = await page.evaluate(() => window.bench.providerLoad());
  const provider = { ...providerResult, requests: server.endpointRequests };
  await page.close();
  await context.close();

  log(`Footprint at ${thousands(FOOTPRINT_SIZE)}: library…`);
  const libraryFootprint = await measureFootprint(browser, server.origin, 'library', styles);
  log(`Footprint at ${thousands(FOOTPRINT_SIZE)}: floor…`);
  const floorFootprint = await measureFootprint(browser, server.origin, 'floor', styles);

  return {
    jsonParse,
    refreshUpdates,
    provider,
    footprint: { library: libraryFootprint, floor: floorFootprint },
    sizes: await measureSizes(),
  };
}

main().catch((error) => {
  console.error(`Benchmark failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
