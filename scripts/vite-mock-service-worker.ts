import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const workerPath = fileURLToPath(new URL('../node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

/**
 * Returns a vite plugin that serves msw's worker script at `/mockServiceWorker.js`
 * on the dev server and writes it to the root of the build output. A
 * service worker only controls pages inside its own folder, so it must be
 * at the root. Storybook and the React example use it.
 */
export function mockServiceWorker(): Plugin {
  return {
    name: 'mock-service-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(readFileSync(workerPath));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: readFileSync(workerPath, 'utf8') });
    },
  };
}
