// Checks the built files against their size budgets, measured as gzip
// bytes (1 KB = 1,000 bytes):
//   dist/my-open-tickets.bundle.js, as built (already minified): 25 KB
//   dist/index.js minified by esbuild, its dependencies left out: 10 KB
// Over a budget it lists the largest inputs of the minified output, from
// esbuild's metafile, so the cut can start there. Run it after `npm run build`.
//
//   node scripts/check-size.mjs              fails when a budget is exceeded
//   node scripts/check-size.mjs --ceilings   fails when a file grows past its
//                                            ceiling (see CEILINGS), and
//                                            prints how far each budget is
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minifyLiterals } from './minify-literals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const INDEX = 'dist/index.js';
const BUNDLE = 'dist/my-open-tickets.bundle.js';
const KB = 1000;

/** Maximum gzip sizes in bytes. */
export const BUDGETS = { bundle: 25 * KB, index: 10 * KB };

/**
 * Gzip sizes in bytes that the files must not grow past while they are over
 * their budgets: the sizes of the build of 2026-12-04 (26.98 KB and
 * 20.42 KB), rounded up to the next 0.25 KB. `npm test` checks these, so a
 * change that grows a file past its ceiling fails. Lower a ceiling when a
 * cut lands, down to its budget. Never raise one to let a change pass.
 */
export const CEILINGS = { bundle: 27.25 * KB, index: 20.5 * KB };

// The packages that dist/index.js imports by bare specifier and that a
// bundler user installs beside the library.
const DEPENDENCIES = ['lit', '@lit/context', 'date-fns'];

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

// Minifies the template literals of src/ as the vite build does, so that
// the sizes listed per module match the built files.
const templateLiterals = {
  name: 'minify-template-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      return { contents: minifyLiterals(source, path) ?? source, loader: 'ts' };
    });
  },
};

async function minify(entry, { external, sourceRoot }) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: external.flatMap((name) => [name, `${name}/*`]),
    ...(sourceRoot ? { tsconfig: 'tsconfig.json', plugins: [templateLiterals] } : {}),
  });
  const [output] = result.outputFiles;
  const [meta] = Object.values(result.metafile.outputs);
  return { bytes: output.contents, inputs: meta.inputs };
}

/**
 * Returns the gzip sizes of the bundle and of dist/index.js minified, in
 * bytes, with the minified byte counts beside them.
 */
export async function measureSizes() {
  for (const file of [INDEX, BUNDLE]) {
    if (!existsSync(new URL(`../${file}`, import.meta.url))) {
      throw new Error(`${file} is missing; run \`npm run build\` first.`);
    }
  }
  const bundle = readFileSync(new URL(`../${BUNDLE}`, import.meta.url));
  const index = await minify(INDEX, { external: DEPENDENCIES });
  return {
    bundle: { file: BUNDLE, minified: bundle.length, gzip: gzipSize(bundle) },
    index: { file: `${INDEX} (minified, dependencies external)`, minified: index.bytes.length, gzip: gzipSize(index.bytes) },
  };
}

/**
 * Lists the largest contributors to the minified output, by source module
 * and by package. dist/index.js is one flat file, so the library's own
 * modules are measured by bundling src/index.ts the same way.
 */
async function largestInputs({ external }) {
  const { inputs } = await minify('src/index.ts', { external, sourceRoot: true });
  const rows = Object.entries(inputs).map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }));
  const packages = new Map();
  for (const { path, bytes } of rows) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'src/ (this library)';
    packages.set(name, (packages.get(name) ?? 0) + bytes);
  }
  return {
    modules: rows.sort((a, b) => b.bytes - a.bytes).slice(0, 12),
    packages: [...packages].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes),
  };
}

const kilobytes = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

function printContributors(title, { modules, packages }) {
  console.error(`\n${title}\n  by package (minified bytes before gzip):`);
  for (const { name, bytes } of packages) console.error(`    ${kilobytes(bytes).padStart(10)}  ${name}`);
  console.error('  largest modules:');
  for (const { path, bytes } of modules) console.error(`    ${kilobytes(bytes).padStart(10)}  ${path}`);
}

async function main() {
  const useCeilings = process.argv.includes('--ceilings');
  const sizes = await measureSizes();
  const overBudget = [];
  let failed = false;
  for (const [key, size] of Object.entries(sizes)) {
    const budget = BUDGETS[key];
    const limit = useCeilings ? Math.max(budget, CEILINGS[key]) : budget;
    const over = size.gzip > limit;
    failed ||= over;
    if (size.gzip > budget) overBudget.push(key);

    let status = `budget ${kilobytes(budget)} gzip`;
    if (size.gzip > budget) status += `, over by ${kilobytes(size.gzip - budget)}`;
    if (useCeilings && limit > budget) status += `; ceiling ${kilobytes(limit)}`;
    console.log(`${over ? 'FAIL' : 'ok  '} ${size.file}: ${kilobytes(size.gzip)} gzip (${kilobytes(size.minified)} minified), ${status}`);
  }
  if (useCeilings && overBudget.length > 0 && !failed) {
    console.log(`NOTE: ${overBudget.map((key) => sizes[key].file).join(' and ')} ${overBudget.length === 1 ? 'is' : 'are'} over budget; the check passes while no file grows past its ceiling.`);
  }
  if (!failed) return;

  if (sizes.index.gzip > BUDGETS.index) {
    printContributors(`Contributors to ${INDEX} minified, dependencies external:`, await largestInputs({ external: DEPENDENCIES }));
  }
  if (sizes.bundle.gzip > BUDGETS.bundle) {
    printContributors(`Contributors to the self-contained bundle (bundled by esbuild, so totals differ from ${BUNDLE} slightly):`, await largestInputs({ external: [] }));
  }
  console.error(
    useCeilings
      ? '\nA file grew past its ceiling. Cut the largest contributors above; do not raise the ceiling to pass.'
      : '\nSize budget exceeded. Cut the largest contributors above; do not raise the budget to pass.',
  );
  process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(`check-size failed: ${error.message}`);
    process.exitCode = 1;
  });
}
