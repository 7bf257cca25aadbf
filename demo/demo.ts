/**
 * Runs the demo pages: picks the tickets endpoint, starts the mock service
 * worker when the page uses the mock, and wires the demo controls.
 *
 * Query parameters:
 * - `src`: a tickets endpoint to load instead of the mock. The mock worker is
 *   not started, so requests reach that URL.
 * - `scenario`: a response state of the mock endpoint, such as `empty` or
 *   `error`. It is ignored when `src` is set.
 */
import type { Ticket } from '../src/index.js';
import { SCENARIOS, TICKETS_PATH } from '../mocks/handlers.js';

/** The query parameters that the demo carries from page to page. */
const DEMO_PARAMS = ['scenario', 'src'] as const;

const TOAST_DURATION_MS = 6000;

/** The default target of the summary's "View All Tickets" link for the demo company. */
const TICKETS_PAGE_PATH = '/acme-security/home/tickets';

const pageParams = new URLSearchParams(location.search);
const customSrc = pageParams.get('src')?.trim() || null;
const scenario = pageParams.get('scenario')?.trim() || null;

/** The elements that take the endpoint: providers, and ticket elements outside a provider. */
function ticketsElements(): HTMLElement[] {
  return [
    ...document.querySelectorAll<HTMLElement>(
      'tickets-provider, my-open-tickets:not(tickets-provider *), due-tickets-summary:not(tickets-provider *)',
    ),
  ];
}

/** Returns `path` with the demo's query parameters of this page appended. */
function withDemoParams(path: string): string {
  const query = new URLSearchParams();
  for (const name of DEMO_PARAMS) {
    const value = pageParams.get(name);
    if (value !== null) query.set(name, value);
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function mockUrl(): string {
  return scenario ? `${TICKETS_PATH}?scenario=${encodeURIComponent(scenario)}` : TICKETS_PATH;
}

// Toast

let toast: HTMLElement | null = null;
let toastTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Creates the toast's live region at startup, because screen readers
 * announce changes only in a live region that existed before them.
 */
function createToast(): void {
  toast = document.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  document.body.append(toast);
}

function showToast(message: string): void {
  if (!toast) return;
  toast.textContent = message;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    if (toast) toast.textContent = '';
  }, TOAST_DURATION_MS);
}

// Links

function setUpLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-demo-link]')) {
    link.href = withDemoParams(link.getAttribute('href') ?? '/');
  }

  // Portal pages outside this library are not part of the demo, so their
  // links explain that instead of leading to a page that does not exist.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-demo-missing]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      showToast(`The ${link.dataset.demoMissing} page is not part of this demo.`);
    });
  }

  // The summary's own default, /acme-security/home/tickets, is kept unless
  // the demo has parameters to carry over to the tickets page.
  const viewAllHref = withDemoParams(`${TICKETS_PAGE_PATH}/`);
  if (viewAllHref.includes('?')) {
    for (const summary of document.querySelectorAll('due-tickets-summary')) {
      if (!summary.hasAttribute('href')) summary.setAttribute('href', viewAllHref);
    }
  }
}

// Demo controls

function setUpScenarioSwitcher(): void {
  const control = document.getElementById('demo-scenario-control');
  const select = document.getElementById('demo-scenario');
  const endpoint = document.getElementById('demo-endpoint');
  if (!(select instanceof HTMLSelectElement) || !control || !endpoint) return;

  if (customSrc) {
    // Scenarios exist only in the mock, so the switcher would change nothing.
    control.hidden = true;
    endpoint.textContent = 'Endpoint: ';
    const code = document.createElement('code');
    code.textContent = customSrc;
    const useMock = document.createElement('a');
    const mockParams = new URLSearchParams(location.search);
    mockParams.delete('src');
    const mockSearch = mockParams.toString();
    useMock.href = `${location.pathname}${mockSearch ? `?${mockSearch}` : ''}`;
    useMock.textContent = 'Use the mock instead';
    endpoint.append(code, ' (mock service worker off) · ', useMock);
    if (scenario) console.warn(`[demo] scenario "${scenario}" is ignored because src is set.`);
    return;
  }

  const current = scenario ?? 'normal';
  const names: string[] = [...SCENARIOS];
  // The mock returns 400 for an unknown scenario, which the demo shows on
  // purpose, so the switcher lists the value instead of hiding it.
  if (!names.includes(current)) names.push(current);
  for (const name of names) {
    const known = (SCENARIOS as readonly string[]).includes(name);
    select.add(new Option(known ? name : `${name} (unknown)`, name, false, name === current));
  }

  select.addEventListener('change', () => {
    const params = new URLSearchParams(location.search);
    if (select.value === 'normal') params.delete('scenario');
    else params.set('scenario', select.value);
    const search = params.toString();
    location.assign(`${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  });

  endpoint.textContent = `Endpoint: mock ${TICKETS_PATH}`;
}

function showDemoFailure(message: string): void {
  const bar = document.querySelector('.demo-bar');
  if (!bar) return;
  const failure = document.createElement('span');
  failure.className = 'demo-bar__failure';
  failure.textContent = message;
  bar.append(failure);
}

// CSV export

/** The tickets of each element's last tickets-load, in display order. */
const loadedTickets = new WeakMap<Element, Ticket[]>();

let formatCustomer: ((customer: Ticket['customer']) => string | null) | null = null;

/**
 * Quotes a CSV field. A leading =, +, - or @ gets an apostrophe, because
 * spreadsheets run such a field as a formula, and subjects are user text.
 */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

function ticketsToCsv(tickets: readonly Ticket[]): string {
  const header = ['Id', 'Subject', 'Customer', 'Priority', 'Type', 'Due date', 'Created', 'Created by'];
  const rows = tickets.map((ticket) => [
    String(ticket.id),
    ticket.subject,
    formatCustomer?.(ticket.customer) ?? '',
    ticket.priority ?? '',
    ticket.noteType ?? '',
    ticket.dueDate?.raw ?? '',
    ticket.createdAt?.toISOString() ?? '',
    ticket.createdBy?.name ?? '',
  ]);
  // RFC 4180 ends every record with CRLF.
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked in a later task, not at once, so the URL is still valid when the download starts.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function setUpCsvExport(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-export-csv]')) {
    button.addEventListener('click', () => {
      const target = document.getElementById(button.dataset.exportCsv ?? '');
      if (!target) {
        console.error(`[demo] Export failed: no element with id "${button.dataset.exportCsv}".`);
        return;
      }
      const tickets = loadedTickets.get(target);
      if (!tickets) {
        showToast('No tickets are loaded, so there is nothing to export.');
        return;
      }
      if (tickets.length === 0) {
        showToast('There are no open tickets to export.');
        return;
      }
      // en-CA formats a local date as yyyy-MM-dd.
      const day = new Date().toLocaleDateString('en-CA');
      downloadText(ticketsToCsv(tickets), `open-tickets-${day}.csv`, 'text/csv;charset=utf-8');
      showToast(`Exported ${plural(tickets.length, 'ticket')} to open-tickets-${day}.csv.`);
    });
  }
}

// Element events

function describeElement(target: EventTarget | null): string {
  return target instanceof Element ? `<${target.localName}>` : 'an element';
}

function setUpEventListeners(): void {
  const lastEvent = document.getElementById('demo-last-event');

  document.body.addEventListener('ticket-open', (event) => {
    // The portal's ticket edit pages are not part of this demo, so the
    // navigation is cancelled and the toast shows where it would have gone.
    event.preventDefault();
    const { ticket, href } = event.detail;
    showToast(`Would open ticket ${ticket.id} → ${href}`);
  });

  document.body.addEventListener('tickets-load', (event) => {
    const { tickets, count, problems } = event.detail;
    if (event.target instanceof Element) loadedTickets.set(event.target, tickets);
    const summary = `${plural(count, 'ticket')}, ${plural(problems.length, 'problem')}`;
    console.info(`[demo] tickets-load from ${describeElement(event.target)}: ${summary}`, event.detail);
    if (lastEvent) lastEvent.textContent = `Last event: tickets-load, ${plural(count, 'ticket')}`;
  });

  document.body.addEventListener('tickets-error', (event) => {
    const { error, url } = event.detail;
    console.info(`[demo] tickets-error from ${describeElement(event.target)} on ${url}: ${error.message}`, event.detail);
    if (lastEvent) lastEvent.textContent = `Last event: tickets-error, ${error.kind}`;
  });
}

// Start

async function resolveSource(): Promise<string | null> {
  if (customSrc) return customSrc;

  try {
    const { startMockWorker } = await import('../mocks/browser.js');
    await startMockWorker();
    return mockUrl();
  } catch (error) {
    console.error('[demo] The mock service worker failed to start:', error);
    showDemoFailure(
      'The mock service worker failed to start, so no tickets are loaded. ' +
        'Open the demo on http://127.0.0.1 or http://localhost, or pass ?src= with a tickets endpoint.',
    );
    return null;
  }
}

async function start(): Promise<void> {
  createToast();
  setUpLinks();
  setUpScenarioSwitcher();
  setUpCsvExport();
  setUpEventListeners();

  const src = await resolveSource();
  if (src) {
    for (const element of ticketsElements()) element.setAttribute('src', src);
  }
  // The elements are registered only after `src` is set, because until then
  // they would show the "No tickets endpoint is configured" error while the
  // mock worker starts.
  const library = await import('../src/index.js');
  formatCustomer = library.formatCustomerName;
}

void start();
