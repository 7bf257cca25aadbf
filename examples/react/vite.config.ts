import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { mockServiceWorker } from '../../scripts/vite-mock-service-worker.js';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `npx vite --config examples/react/vite.config.ts` serves the example on
// 127.0.0.1:5174. The package name resolves to this repository's sources.
export default defineConfig({
  root: fromHere('.'),
  plugins: [mockServiceWorker()],
  resolve: {
    alias: { 'my-open-tickets': fromHere('../../src/index.ts') },
  },
  server: {
    host: '127.0.0.1',
    port: 5174,
    fs: { allow: [fromHere('../..')] },
  },
  build: {
    target: 'es2022',
  },
});
