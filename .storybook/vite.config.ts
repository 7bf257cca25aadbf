import { defineConfig } from 'vite';
import { mockServiceWorker } from '../scripts/vite-mock-service-worker.js';

// Storybook's vite config. The project's vite.config.ts builds the demo and
// the library, so Storybook does not use it.
export default defineConfig({
  plugins: [mockServiceWorker()],
});
