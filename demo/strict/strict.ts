/**
 * Runs the strict-CSP demo page: lists every policy violation on the page,
 * serves the tickets requests from the mock handlers and registers the
 * elements. index.html explains what loads under the page's policy.
 *
 * msw's service worker, which the other demo pages use, cannot start here:
 * `navigator.serviceWorker.register()` is a Trusted Types sink that needs a
 * TrustedScriptURL, and the policy allows no policy besides Lit's to create
 * one. So the mock handlers respond in the page, through the provider's
 * `fetcher` property and msw's `getResponse`, with the same responses as on
 * the other pages.
 *
 * Query parameters: `scenario` selects a response state of the mock
 * endpoint, such as `empty` or `error`, as on the other demo pages.
 */
import { getResponse } from 'msw';
import { createHandlers, TICKETS_PATH } from '../../mocks/handlers.js';

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
}

declare global {
  interface Window {
    /** The policy violations on this page, for a check that reads them. */
    cspViolations: Violation[];
  }
}

window.cspViolations = [];

function showViolation(violation: Violation): void {
  const item = document.createElement('li');
  item.textContent = `${violation.directive} blocked ${violation.blockedURI || 'a value'}${violation.sample ? `: ${violation.sample}` : ''}`;
  document.getElementById('violations')?.append(item);
  const summary = document.getElementById('violations-summary');
  if (summary) summary.textContent = `${window.cspViolations.length} so far.`;
}

document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    const violation = { directive: event.effectiveDirective, blockedURI: event.blockedURI, sample: event.sample };
    window.cspViolations.push(violation);
    showViolation(violation);
  },
  true,
);

const handlers = createHandlers();

/** Returns the mock handlers' response to a request, or a 404 for a URL they do not handle. */
const mockFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await getResponse(handlers, request);
  return response ?? new Response(`The mock has no handler for ${request.url}.`, { status: 404, statusText: 'Not Found' });
};

async function start(): Promise<void> {
  const scenario = new URLSearchParams(location.search).get('scenario')?.trim();
  const provider = document.querySelector('tickets-provider');
  if (provider) {
    // Set before the elements are defined, so the provider's first load
    // already uses the mock.
    (provider as HTMLElement & { fetcher?: typeof fetch }).fetcher = mockFetch;
    provider.setAttribute('src', scenario ? `${TICKETS_PATH}?scenario=${encodeURIComponent(scenario)}` : TICKETS_PATH);
  }
  await import('../../src/index.js');
}

void start();
