import type { Preview } from '@storybook/web-components-vite';
import { setupWorker } from 'msw/browser';
import { withActions } from 'storybook/actions/decorator';
import { createHandlers } from '../mocks/handlers.js';
import '../src/index.js';
import { EVENT_NAMES } from '../stories/manifest.js';

// The same handlers as the demo and the tests: stories request
// `/api/tickets`, with `?scenario=` for the error and loading states.
const worker = setupWorker(...createHandlers());

const preview: Preview = {
  async beforeAll() {
    await worker.start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: '/mockServiceWorker.js' },
    });
  },
  decorators: [withActions],
  parameters: {
    // Logs every library event in the Actions panel. The names come from
    // the manifest, so a new event shows up without a change here.
    actions: { handles: EVENT_NAMES },
    controls: { expanded: true },
  },
};

export default preview;
