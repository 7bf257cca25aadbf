import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { MyOpenTickets, TicketCard } from '../src/index.js';
import { CHUNK_BUDGET_MS, CHUNK_SIZE, nextChunkSize, PROGRESSIVE_THRESHOLD } from '../src/shared/progressive-render.js';
import { part, settle, textOf } from './support/dom.js';
import { record } from './support/records.js';

const many = (count: number) => Array.from({ length: count }, (_, index) => record({ id: index + 1, url: `/notes/${index + 1}` }));
const cards = (el: MyOpenTickets): TicketCard[] => [...el.shadowRoot!.querySelectorAll('ticket-card')];

describe('<my-open-tickets> long lists', () => {
  it('renders a short list in one update', async () => {
    const el = await fixture<MyOpenTickets>(html`<my-open-tickets .tickets=${many(PROGRESSIVE_THRESHOLD)}></my-open-tickets>`);

    expect(cards(el)).to.have.length(PROGRESSIVE_THRESHOLD);
    expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('paints the first chunk, then renders every card', async () => {
    const el = await fixture<MyOpenTickets>(html`<my-open-tickets .tickets=${many(1000)}></my-open-tickets>`);
    const first = { cards: cards(el).length, busy: part(el, 'list')!.getAttribute('aria-busy'), count: textOf(part(el, 'count')) };

    await settle(el, () => cards(el).length === 1000, 'not every card rendered');

    expect(first).to.deep.equal({ cards: CHUNK_SIZE, busy: 'true', count: '(1000)' });
    expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('false');
    expect((cards(el)[999].ticket as { id: number }).id).to.equal(1);
  });

  it('skips painting offscreen cards of a long list', async () => {
    const el = await fixture<MyOpenTickets>(html`<my-open-tickets .tickets=${many(PROGRESSIVE_THRESHOLD + 1)}></my-open-tickets>`);

    const item = part(el, 'list')!.querySelector('li')!;

    expect(getComputedStyle(item).contentVisibility).to.equal('auto');
  });

  it('jumps to the last ticket with End before every card rendered', async () => {
    const el = await fixture<MyOpenTickets>(html`<my-open-tickets .tickets=${many(2000)}></my-open-tickets>`);
    const firstCard = cards(el)[0];
    await firstCard.updateComplete;
    part(firstCard, 'subject')!.querySelector('a')!.focus();

    await sendKeys({ press: 'End' });
    await settle(el, () => (el.shadowRoot!.activeElement as TicketCard | null)?.ticket !== firstCard.ticket);

    expect(((el.shadowRoot!.activeElement as TicketCard).ticket as { id: number }).id).to.equal(1);
    expect(cards(el)).to.have.length(2000);
  });

  it('keeps the rendered cards across a refresh', async () => {
    const el = await fixture<MyOpenTickets>(html`<my-open-tickets .tickets=${many(600)}></my-open-tickets>`);
    await settle(el, () => cards(el).length === 600);

    el.tickets = many(601);
    await el.updateComplete;

    expect(cards(el)).to.have.length(601);
  });
});

describe('nextChunkSize', () => {
  it('fits the next chunk in the budget at the last time per item', () => {
    // 400 items in 100 ms is 0.25 ms each.
    expect(nextChunkSize(400, 100)).to.equal(Math.floor(CHUNK_BUDGET_MS / 0.25));
  });

  it('grows the chunk when items are cheap', () => {
    expect(nextChunkSize(100, 2)).to.be.above(100);
  });

  it('keeps at least 200 items per chunk', () => {
    expect(nextChunkSize(200, 100_000)).to.equal(200);
  });

  it('keeps at most 2,000 items per chunk', () => {
    expect(nextChunkSize(200, 0)).to.equal(2000);
  });

  it('uses the smallest chunk when the last one added nothing', () => {
    expect(nextChunkSize(0, 10)).to.equal(200);
  });
});
