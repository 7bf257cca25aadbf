import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/index.js';
import type { DueTicketsSummary, TicketCard } from '../../src/index.js';
import { part, textOf, watchConsole } from '../support/dom.js';
import { record } from '../support/records.js';

// Only http:, https: and relative URLs may become an href. Every other
// scheme, however it is spelled, leaves the subject or "View All Tickets"
// as plain text.

const SUBJECT = 'Keypad beeps every night';

const SAFE_URLS = [
  'http://crm.example/tickets/1042',
  'https://crm.example/tickets/1042',
  'HTTPS://crm.example/tickets/1042',
  'https://crm.example/search?q=a%20b#top',
  '/acme/customers/77/notes/1042/edit',
  'notes/1042',
  '../notes/1042',
  '?ticket=1042',
  '#ticket-1042',
];

const UNSAFE_URLS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  '   javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\njavascript:alert(1)',
  '\r\njavascript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'javascript&#58;alert(1)',
  'javascript&#x3A;alert(1)',
  'javascript&#x3a alert(1)',
  '&#106;avascript:alert(1)',
  '&#0000106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'JAVASCRIPT&COLON;alert(1)',
  'jav&#x09;ascript:alert(1)',
  'jav&Tab;ascript:alert(1)',
  'java&NewLine;script:alert(1)',
  'data&colon;text/html,x',
  'vbscript&#58;msgbox(1)',
  'blob:https://crm.example/0b1c',
  'file:///etc/passwd',
];

const describeUrl = (url: string) => JSON.stringify(url);

async function card(fields: Record<string, unknown>, ticketHref?: string, company?: string): Promise<TicketCard> {
  return fixture<TicketCard>(html`<ticket-card
    .ticket=${record(fields)}
    date="2026-12-04"
    time-zone="America/New_York"
    locale="en-US"
    ticket-href=${ticketHref ?? nothing}
    company=${company ?? nothing}
  ></ticket-card>`);
}

async function summary(fields: Record<string, unknown>, attributes: { ticketHref?: string; company?: string; href?: string } = {}): Promise<DueTicketsSummary> {
  const el = await fixture<DueTicketsSummary>(html`<due-tickets-summary
    .tickets=${[record(fields)]}
    date="2026-12-04"
    time-zone="America/New_York"
    locale="en-US"
    ticket-href=${attributes.ticketHref ?? nothing}
    company=${attributes.company ?? nothing}
    href=${attributes.href ?? nothing}
  ></due-tickets-summary>`);
  await el.updateComplete;
  return el;
}

/** Returns the href of the link inside `element`, or `null` when it has none. */
function linkIn(element: Element | null): string | null {
  return element?.querySelector('a[href]')?.getAttribute('href') ?? null;
}

function viewAll(el: DueTicketsSummary): HTMLElement {
  return part(el, 'view-all')!;
}

/** Resolves `href` against the page and returns its decoded path segments, query and fragment. */
function parseHref(href: string | null) {
  const url = new URL(href ?? 'about:blank', location.href);
  return {
    segments: url.pathname.split('/').slice(1).map(decodeURIComponent),
    search: url.search,
    hash: url.hash,
    params: url.searchParams,
  };
}

describe('<ticket-card> subject link', () => {
  describe('from the ticket url', () => {
    for (const url of SAFE_URLS) {
      it(`links ${describeUrl(url)}`, async () => {
        const el = await card({ url });

        expect(linkIn(part(el, 'subject'))).to.equal(url);
        expect(textOf(part(el, 'subject'))).to.equal(SUBJECT);
      });
    }

    for (const url of UNSAFE_URLS) {
      it(`shows text for ${describeUrl(url)}`, async () => {
        const el = await card({ url });

        expect(linkIn(part(el, 'subject'))).to.equal(null);
        expect(textOf(part(el, 'subject'))).to.equal(SUBJECT);
      });
    }
  });

  describe('from ticket-href', () => {
    for (const url of SAFE_URLS) {
      it(`links ${describeUrl(url)}`, async () => {
        const el = await card({}, url);

        expect(linkIn(part(el, 'subject'))).to.equal(url);
      });
    }

    for (const url of UNSAFE_URLS) {
      it(`shows text for ${describeUrl(url)}`, async () => {
        const el = await card({}, url);

        expect(linkIn(part(el, 'subject'))).to.equal(null);
        expect(textOf(part(el, 'subject'))).to.equal(SUBJECT);
      });
    }

    it('shows text for a javascript: template', async () => {
      const el = await card({}, 'javascript:open({id})');

      expect(linkIn(part(el, 'subject'))).to.equal(null);
    });

    it('shows text when an unsafe url falls back to an unsafe template', async () => {
      const el = await card({ url: 'javascript:alert(1)' }, 'data:text/html,{id}');

      expect(linkIn(part(el, 'subject'))).to.equal(null);
      expect(textOf(part(el, 'subject'))).to.equal(SUBJECT);
    });

    it('uses the template when the ticket url is unsafe', async () => {
      const el = await card({ url: 'javascript:alert(1)' }, '/tickets/{id}');

      expect(linkIn(part(el, 'subject'))).to.equal('/tickets/1042');
    });
  });
});

describe('<due-tickets-summary> links', () => {
  describe('item subject from the ticket url', () => {
    for (const url of SAFE_URLS) {
      it(`links ${describeUrl(url)}`, async () => {
        const el = await summary({ url });

        expect(linkIn(part(el, 'item-subject'))).to.equal(url);
        expect(textOf(part(el, 'item-subject'))).to.equal(SUBJECT);
      });
    }

    for (const url of UNSAFE_URLS) {
      it(`shows text for ${describeUrl(url)}`, async () => {
        const el = await summary({ url });

        expect(linkIn(part(el, 'item-subject'))).to.equal(null);
        expect(textOf(part(el, 'item-subject'))).to.equal(SUBJECT);
      });
    }
  });

  describe('item subject from ticket-href', () => {
    for (const url of UNSAFE_URLS) {
      it(`shows text for ${describeUrl(url)}`, async () => {
        const el = await summary({}, { ticketHref: url });

        expect(linkIn(part(el, 'item-subject'))).to.equal(null);
        expect(textOf(part(el, 'item-subject'))).to.equal(SUBJECT);
      });
    }
  });

  describe('View All Tickets', () => {
    for (const url of SAFE_URLS) {
      it(`links ${describeUrl(url)}`, async () => {
        const el = await summary({}, { href: url });

        expect(viewAll(el).getAttribute('href')).to.equal(url);
      });
    }

    for (const url of UNSAFE_URLS) {
      it(`shows text for ${describeUrl(url)}`, async () => {
        const log = watchConsole();
        let el: DueTicketsSummary;
        try {
          el = await summary({}, { href: url });
        } finally {
          log.restore();
        }

        expect(viewAll(el).hasAttribute('href')).to.equal(false);
        expect(viewAll(el).querySelector('[href]')).to.equal(null);
        expect(textOf(viewAll(el))).to.equal('View All Tickets');
      });
    }

    it('warns about an unsafe href', async () => {
      const log = watchConsole();
      try {
        await summary({}, { href: 'javascript:warnAboutThis()' });
      } finally {
        log.restore();
      }

      expect(log.warnings).to.deep.equal([
        ['<due-tickets-summary>: href "javascript:warnAboutThis()" is not an http(s) or relative URL; "View All Tickets" is shown without a link.'],
      ]);
    });
  });
});

describe('values in ticket-href', () => {
  const PATH_TEMPLATE = '/customers/{customerId}/notes/{id}';

  // Values that would add a path segment, climb a folder or start a query
  // or a fragment if they were put into the URL as they are.
  const CUSTOMER_IDS = ['../admin', '1?x=y', '1#top', 'a/b', '%2e%2e', '..%2F..%2Fadmin', '1 2', '...'];

  for (const customerId of CUSTOMER_IDS) {
    it(`keeps the path for customer id ${describeUrl(customerId)}`, async () => {
      const el = await card({ customer: { id: customerId, firstName: 'John', lastName: 'Doe' } }, PATH_TEMPLATE);

      const href = parseHref(linkIn(part(el, 'subject')));

      expect(href.segments, 'path segments').to.deep.equal(['customers', customerId, 'notes', '1042']);
      expect(href.search, 'query').to.equal('');
      expect(href.hash, 'fragment').to.equal('');
    });
  }

  it('keeps the query for customer id "1&id=7"', async () => {
    const el = await card({ customer: { id: '1&id=7', lastName: 'Doe' } }, '/notes?customer={customerId}&id={id}');

    const href = parseHref(linkIn(part(el, 'subject')));

    expect(href.params.get('customer')).to.equal('1&id=7');
    expect(href.params.getAll('id')).to.deep.equal(['1042']);
  });

  const COMPANIES = ['a/b?c#d', 'acme security', 'a%2Fb', '...'];

  for (const company of COMPANIES) {
    it(`keeps the card path for company ${describeUrl(company)}`, async () => {
      const el = await card({}, '/{company}/tickets/{id}', company);

      const href = parseHref(linkIn(part(el, 'subject')));

      expect(href.segments, 'path segments').to.deep.equal([company, 'tickets', '1042']);
      expect(href.search, 'query').to.equal('');
      expect(href.hash, 'fragment').to.equal('');
    });

    it(`keeps the summary item path for company ${describeUrl(company)}`, async () => {
      const el = await summary({}, { ticketHref: '/{company}/tickets/{id}', company });

      const href = parseHref(linkIn(part(el, 'item-subject')));

      expect(href.segments, 'path segments').to.deep.equal([company, 'tickets', '1042']);
      expect(href.search, 'query').to.equal('');
      expect(href.hash, 'fragment').to.equal('');
    });

    it(`keeps the View All Tickets path for company ${describeUrl(company)}`, async () => {
      const el = await summary({}, { company });

      const href = parseHref(viewAll(el).getAttribute('href'));

      expect(href.segments, 'path segments').to.deep.equal([company, 'home', 'tickets']);
      expect(href.search, 'query').to.equal('');
      expect(href.hash, 'fragment').to.equal('');
    });
  }

  // A URL parser reads "." and ".." as dot segments even when encoded as
  // %2E, so no encoding keeps them as a segment: the only safe link is none.
  for (const dots of ['.', '..']) {
    it(`shows text for customer id ${describeUrl(dots)}`, async () => {
      const el = await card({ customer: { id: dots, lastName: 'Doe' } }, PATH_TEMPLATE);

      expect(linkIn(part(el, 'subject'))).to.equal(null);
      expect(textOf(part(el, 'subject'))).to.equal(SUBJECT);
    });

    it(`shows text for company ${describeUrl(dots)} in a template`, async () => {
      const el = await card({}, '/{company}/tickets/{id}', dots);

      expect(linkIn(part(el, 'subject'))).to.equal(null);
      expect(textOf(part(el, 'subject'))).to.equal(SUBJECT);
    });

    it(`shows View All Tickets as text for company ${describeUrl(dots)}`, async () => {
      const el = await summary({}, { company: dots });

      expect(viewAll(el).getAttribute('href')).to.equal(null);
      expect(textOf(viewAll(el))).to.equal('View All Tickets');
    });
  }

  it('renders a card for a customer id that is not well-formed UTF-16', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('ticket-card');
    el.ticket = record({ customer: { id: '7\uD800', lastName: 'Doe' } });
    el.ticketHref = PATH_TEMPLATE;
    container.append(el);

    const update = await el.updateComplete.then(
      () => 'completed',
      (error: unknown) => String(error),
    );

    expect(update, 'update').to.equal('completed');
    expect(textOf(part(el, 'subject')), 'subject').to.equal(SUBJECT);
  });
});
