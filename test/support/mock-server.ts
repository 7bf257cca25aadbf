import { setupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

/**
 * One msw worker per test file. Each test installs the handlers it needs
 * with `use`; they are removed after every test, so no test sees another's.
 */
export const worker = setupWorker();

before(async () => {
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'error',
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
});

afterEach(() => {
  worker.resetHandlers();
  worker.events.removeAllListeners();
});

after(() => {
  worker.stop();
});

/** Installs handlers for the current test. */
export function use(...handlers: RequestHandler[]): void {
  worker.use(...handlers);
}

/** Starts counting the requests the page sends; read `urls` at any time. */
export function recordRequests(): { urls: string[]; requests: Request[] } {
  const log = { urls: [] as string[], requests: [] as Request[] };
  worker.events.on('request:start', ({ request }) => {
    log.urls.push(request.url);
    log.requests.push(request.clone());
  });
  return log;
}

/**
 * A promise with its resolve function, for a test that must wait until a
 * handler has received a request before it aborts that request. Aborting
 * earlier lets the request reach the worker during the next test.
 */
export class Deferred<T = void> {
  resolve!: (value: T) => void;
  readonly promise = new Promise<T>((resolve) => {
    this.resolve = resolve;
  });
}
