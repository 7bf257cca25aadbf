import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { DueTicketsSummary, MyOpenTickets, TicketCard } from '../src/index.js';
import { part } from './support/dom.js';
import { record } from './support/records.js';

const RECORDS = [
  record({ id: 1, dueDate: '2026-12-01', priority: 'high' }),
  record({ id: 2, dueDate: '2026-12-04', priority: 'medium', status: 'open' }),
  record({ id: 3, dueDate: null, priority: 'low' }),
];

const surfaceOf = (host: Element, name: string) => getComputedStyle(part(host, name)!).backgroundColor;

describe('theme', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('uses the light defaults', async () => {
    const el = await fixture<TicketCard>(html`<ticket-card .ticket=${record()}></ticket-card>`);

    expect(surfaceOf(el, 'card')).to.equal('rgb(255, 255, 255)');
  });

  it('follows a dark system preference', async () => {
    await emulateMedia({ colorScheme: 'dark' });

    const el = await fixture<TicketCard>(html`<ticket-card .ticket=${record()}></ticket-card>`);

    expect(surfaceOf(el, 'card')).to.equal('rgb(22, 27, 34)');
  });

  it('can be forced either way', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const light = await fixture<TicketCard>(html`<ticket-card theme="light" .ticket=${record()}></ticket-card>`);
    await emulateMedia({ colorScheme: 'light' });
    const dark = await fixture<TicketCard>(html`<ticket-card theme="dark" .ticket=${record()}></ticket-card>`);

    expect(surfaceOf(dark, 'card')).to.equal('rgb(22, 27, 34)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(surfaceOf(light, 'card')).to.equal('rgb(255, 255, 255)');
  });

  it('passes the theme of a list to its cards', async () => {
    const el = await fixture<MyOpenTickets>(html`<my-open-tickets theme="dark" .tickets=${RECORDS}></my-open-tickets>`);
    const card = el.shadowRoot!.querySelector('ticket-card')!;
    await card.updateComplete;

    expect(card.getAttribute('theme')).to.equal('dark');
    expect(surfaceOf(card, 'card')).to.equal('rgb(22, 27, 34)');
  });

  it('lets a custom property win over the dark default', async () => {
    const el = await fixture<TicketCard>(html`<ticket-card theme="dark" style="--tickets-surface-color: rgb(1, 2, 3)" .ticket=${record()}></ticket-card>`);

    expect(surfaceOf(el, 'card')).to.equal('rgb(1, 2, 3)');
  });

  for (const scheme of ['light', 'dark'] as const) {
    describe(`accessibility in ${scheme}`, () => {
      beforeEach(() => emulateMedia({ colorScheme: scheme }));

      it('passes for a list', async () => {
        const el = await fixture<MyOpenTickets>(html`<my-open-tickets .tickets=${RECORDS} date="2026-12-04" style="background: ${scheme === 'dark' ? '#0d1117' : '#fff'}"></my-open-tickets>`);
        await Promise.all([...el.shadowRoot!.querySelectorAll('ticket-card')].map((card) => card.updateComplete));

        await expect(el).to.be.accessible();
      });

      it('passes for an empty list and an error', async () => {
        await expect(await fixture(html`<my-open-tickets .tickets=${[]}></my-open-tickets>`)).to.be.accessible();
        await expect(await fixture(html`<my-open-tickets .tickets=${'not a list'}></my-open-tickets>`)).to.be.accessible();
      });

      it('passes for a summary', async () => {
        const el = await fixture<DueTicketsSummary>(html`<due-tickets-summary .tickets=${RECORDS} date="2026-12-04"></due-tickets-summary>`);

        await expect(el).to.be.accessible();
      });

      it('passes for a closed ticket card', async () => {
        const el = await fixture<TicketCard>(html`<ticket-card .ticket=${record({ status: 'closed' })}></ticket-card>`);

        await expect(el).to.be.accessible();
      });
    });
  }
});
