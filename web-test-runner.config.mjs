import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { minifyLiterals } from './scripts/minify-literals.mjs';
import { CHROMIUM_LAUNCH_OPTIONS } from './scripts/support.mjs';

const workerScript = fileURLToPath(
  new URL('node_modules/msw/lib/mockServiceWorker.js', import.meta.url),
);


export default {
  files: ['test/**/*.test.ts'],
  hostname: '127.0.0.1',
  // Lit's production build, so the dev-mode notice does not fill the
  // console that the tests expect to stay clean.
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: {
    config: { timeout: 10000 },
  },
  plugins: [
    // The build minifies the library's template literals, so the tests run
    // them minified too. Listed before esbuild, it receives the TypeScript source.
    {
      name: 'minify-template-literals',
      transform(context) {
        if (!context.path.startsWith('/src/') || !context.path.endsWith('.ts')) return undefined;
        const minified = minifyLiterals(context.body, context.path);
        return minified === null ? undefined : { body: minified };
      },
    },
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('tsconfig.json', import.meta.url)),
    }),
  ],
  middleware: [
    // msw's worker must be served from the origin root so that its scope
    // covers the test pages.
    function mockServiceWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') {
        context.type = 'text/javascript';
        context.body = readFileSync(workerScript, 'utf8');
        return undefined;
      }
      return next();
    },
    // Serves the strict-CSP fixtures with the policy in a response header,
    // as a portal with a strict policy would send it.
    async function strictContentSecurityPolicy(context, next) {
      await next();
      if (context.path.startsWith('/test/fixtures/csp-')) {
        context.set(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
        );
      }
    },
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: CHROMIUM_LAUNCH_OPTIONS,
    }),
  ],
};
