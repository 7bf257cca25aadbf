import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers.js';

/**
 * Starts msw's service worker with the tickets handlers. The page's server
 * must serve msw's worker script at `/mockServiceWorker.js`, because a
 * service worker only controls pages inside its own folder.
 */
export async function startMockWorker(): Promise<void> {
  const worker = setupWorker(...createHandlers());
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
}
