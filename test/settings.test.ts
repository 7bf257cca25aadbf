import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { DueTicketsSummary, MyOpenTickets, TicketCard } from '../src/index.js';
import { http, HttpResponse } from 'msw';
import { part, settle, textOf, watchConsole } from './support/dom.js';
import { use } from './support/mock-server.js';
import { record } from './support/records.js';

interface InvalidSetting {
  attribute: string;
  value: string;
  warning: string;
}

const INVALID: InvalidSetting[] = [
  { attribute: 'time-zone', value: 'Mars/Base', warning: 'time-zone "Mars/Base" is not a known IANA time zone; using the browser\'s time zone' },
  { attribute: 'locale', value: 'xx-invalid-', warning: 'locale "xx-invalid-" is not a valid language tag; using' },
  { attribute: 'date', value: '2026-02-30', warning: 'date "2026-02-30" is not a calendar day written as yyyy-MM-dd; using today' },
  { attribute: 'refresh-interval', value: 'abc', warning: 'refresh-interval "abc" is not a number of seconds; refreshing on an interval is off.' },
  { attribute: 'refresh-interval', value: '0.01', warning: 'refresh-interval "0.01" is shorter than 5 seconds; refreshing every 5 seconds.' },
  { attribute: 'theme', value: 'purple', warning: 'theme "purple" is not light or dark; following the system preference.' },
  { attribute: 'heading-level', value: '9', warning: 'heading-level "9" is not a whole number from 1 to 6; using 2.' },
  { attribute: 'heading-level', value: 'abc', warning: 'heading-level "abc" is not a whole number from 1 to 6; using 2.' },
  { attribute: 'limit', value: '-3', warning: 'limit "-3" is not a whole number above 0; every ticket is listed.' },
];

// Request settings apply, and are checked, only when the element loads `src`.
const INVALID_TRANSPORT: InvalidSetting[] = [
  { attribute: 'timeout', value: 'soon', warning: 'timeout "soon" is not a positive number of milliseconds; using 15000.' },
  { attribute: 'credentials', value: 'always', warning: 'credentials "always" is not one of same-origin, include or omit; using same-origin.' },
  { attribute: 'format', value: 'xml', warning: 'format "xml" is not one of auto, plain or jsonapi; using auto.' },
];

async function listWith(attribute: string, value: string, source: 'tickets' | 'src' = 'tickets'): Promise<MyOpenTickets> {
  const el = document.createElement('my-open-tickets');
  if (source === 'src') el.src = '/api/tickets';
  else el.tickets = [record({ id: 1 }), record({ id: 2 })];
  el.setAttribute(attribute, value);
  const attached = await fixture<MyOpenTickets>(el);
  await settle(attached, () => part(attached, 'count') !== null, `${attribute}="${value}" did not load`);
  return attached;
}

describe('invalid settings', () => {
  const cases = [
    ...INVALID.map((setting) => ({ ...setting, source: 'tickets' as const })),
    ...INVALID_TRANSPORT.map((setting) => ({ ...setting, source: 'src' as const })),
  ];
  for (const { attribute, value, warning, source } of cases) {
    it(`warns once for ${attribute}="${value}" and still renders`, async () => {
      use(http.get('/api/tickets', () => HttpResponse.json([record({ id: 1 }), record({ id: 2 })])));
      const log = watchConsole();
      try {
        const first = await listWith(attribute, value, source);
        const second = await listWith(attribute, value, source);
        const messages = log.warnings.map((args) => String(args[0]));

        expect(messages, 'warnings').to.have.length(1);
        expect(messages[0]).to.contain(`<my-open-tickets>: ${warning}`);
        expect(log.errors).to.deep.equal([]);
        expect(textOf(part(first, 'count'))).to.equal('(2)');
        expect(first.shadowRoot!.querySelectorAll('ticket-card')).to.have.length(2);
        expect(textOf(part(second, 'count'))).to.equal('(2)');
      } finally {
        log.restore();
      }
    });
  }

  it('falls back to the default heading level', async () => {
    const log = watchConsole();
    try {
      const el = await listWith('heading-level', '0');

      expect(part(el, 'heading')!.localName).to.equal('h2');
    } finally {
      log.restore();
    }
  });

  it('keeps a card readable with an unknown time zone and locale', async () => {
    const log = watchConsole();
    try {
      const el = await fixture<TicketCard>(html`<ticket-card .ticket=${record()} time-zone="Nowhere/Else" locale="!!" date="not-a-day"></ticket-card>`);

      expect(textOf(part(el, 'subject'))).to.equal('Keypad beeps every night');
      expect(textOf(part(el, 'due'))).to.match(/Dec 4, 2026|4 Dec 2026|2026/);
      expect(log.warnings).to.have.length(3);
    } finally {
      log.restore();
    }
  });

  it('returns to the default when an attribute is removed', async () => {
    const el = await fixture<DueTicketsSummary>(html`<due-tickets-summary .tickets=${[record()]} heading-level="4" date="2026-12-04"></due-tickets-summary>`);

    el.removeAttribute('heading-level');
    await el.updateComplete;

    expect(part(el, 'heading')!.localName).to.equal('h2');
  });
});
