import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.mjs';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The packages a bundler user installs beside this library; only the
// self-contained bundle inlines them.
const dependencies = ['lit', '@lit/context', 'date-fns'];

/**
 * Serves msw's worker script at the origin root. A service worker only
 * controls pages inside its own folder, so it must live at `/`, and serving
 * it from node_modules keeps the demo independent of `msw init`.
 */
function mockServiceWorker(): Plugin {
  const workerPath = fromRoot('node_modules/msw/lib/mockServiceWorker.js');
  return {
    name: 'mock-service-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(readFileSync(workerPath));
      });
    },
  };
}

/**
 * Minifies the `html` and `css` template literals of the library's source,
 * in the demo server as in the build, so that both serve what ships.
 */
function templateLiterals(): Plugin {
  const sourceFolder = fromRoot('src/');
  return {
    name: 'minify-template-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(sourceFolder) || !id.endsWith('.ts')) return null;
      const minified = minifyLiterals(code, id);
      return minified === null ? null : { code: minified, map: null };
    },
  };
}

/**
 * Minifies the self-contained bundle with esbuild: names, syntax and white
 * space. Vite's library mode leaves the white space of ES output in place,
 * which made the bundle 2.7 KB gzip larger with Vite 8.4.1.
 */
function minifyBundle(): Plugin {
  return {
    name: 'minify-bundle',
    apply: 'build',
    // generateBundle runs after every renderChunk hook, Vite's own
    // included, so no later step prints the code again.
    async generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const result = await transform(output.code, { minify: true, format: 'esm', target: 'es2022' });
        output.code = result.code;
      }
    },
  };
}

/**
 * Redirects `/acme-security/home/tickets` to `/acme-security/home/tickets/`
 * when that folder of the demo has an index.html. Vite's dev server serves
 * its single-page fallback, the Home page, for a folder path without the
 * slash, and the summary's default "View All Tickets" link has none.
 */
function folderRedirect(): Plugin {
  return {
    name: 'folder-redirect',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const folder = fromRoot(`demo${url.pathname}/index.html`);
        if (request.method === 'GET' && !url.pathname.endsWith('/') && !url.pathname.includes('.') && existsSync(folder)) {
          response.statusCode = 302;
          response.setHeader('Location', `${url.pathname}/${url.search}`);
          response.end();
          return;
        }
        next();
      });
    },
  };
}

// The package entry and each element's registering module. The class
// modules need no entry of their own, because the registering modules
// import them.
const elementTags = ['my-open-tickets', 'ticket-card', 'due-tickets-summary', 'tickets-provider'];
const libraryEntries = Object.fromEntries([
  ['index', fromRoot('src/index.ts')],
  ...elementTags.map((tag) => [`${tag}/define`, fromRoot(`src/${tag}/define.ts`)]),
  ['locales/de', fromRoot('src/locales/de.ts')],
  ['locales/ar', fromRoot('src/locales/ar.ts')],
]);

/**
 * Serves the pages under `/strict/` with a strict Content Security Policy:
 * no inline script or style, no eval, and Trusted Types with only Lit's
 * `lit-html` policy, so the demo shows the elements under such a policy.
 */
function strictContentSecurityPolicy(): Plugin {
  const policy = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
  const setPolicy = (request: { url?: string }, response: { setHeader(name: string, value: string): unknown }, next: () => void) => {
    if (request.url?.startsWith('/strict/')) response.setHeader('Content-Security-Policy', policy);
    next();
  };
  return {
    name: 'strict-content-security-policy',
    configureServer(server) {
      server.middlewares.use(setPolicy);
    },
  };
}

export default defineConfig(({ mode }) => ({
  root: fromRoot('demo'),
  plugins: [
    templateLiterals(),
    mockServiceWorker(),
    folderRedirect(),
    strictContentSecurityPolicy(),
    ...(mode === 'bundle' ? [minifyBundle()] : []),
  ],
  server: {
    host: '127.0.0.1',
    port: 5173,
    fs: { allow: [projectRoot] },
  },
  build:
    mode === 'bundle'
      ? {
          outDir: fromRoot('dist'),
          emptyOutDir: false,
          copyPublicDir: false,
          // minifyBundle() minifies instead, because in library mode Vite
          // keeps the white space of an ES module output.
          minify: false,
          lib: {
            entry: fromRoot('src/index.ts'),
            formats: ['es'],
            fileName: () => 'my-open-tickets.bundle.js',
          },
        }
      : {
          outDir: fromRoot('dist'),
          emptyOutDir: true,
          copyPublicDir: false,
          minify: false,
          lib: {
            entry: libraryEntries,
            formats: ['es'],
          },
          rolldownOptions: {
            external: (id: string) =>
              dependencies.some((name) => id === name || id.startsWith(`${name}/`)),
            // One output module per source module, in src/'s folders, so each
            // element's class module and registering module can be imported
            // alone, as package.json's `exports` lists them.
            output: {
              preserveModules: true,
              preserveModulesRoot: fromRoot('src'),
              entryFileNames: '[name].js',
            },
          },
        },
}));
