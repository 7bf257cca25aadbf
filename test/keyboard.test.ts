import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { MyOpenTickets, TicketCard } from '../src/index.js';
import { part } from './support/dom.js';
import { record } from './support/records.js';

const RECORDS = [1, 2, 3, 4].map((id) => record({ id, url: `/notes/${id}`, subject: `Ticket subject ${id}` }));

async function inbox(records: unknown[] = RECORDS): Promise<MyOpenTickets> {
  const el = await fixture<MyOpenTickets>(html`<my-open-tickets .tickets=${records}></my-open-tickets>`);
  await Promise.all([...el.shadowRoot!.querySelectorAll('ticket-card')].map((card) => card.updateComplete));
  return el;
}

/** Returns the id of the card that holds keyboard focus, or null. */
function focusedId(el: MyOpenTickets): number | null {
  const card = el.shadowRoot!.activeElement as TicketCard | null;
  return card ? (card.ticket as { id: number }).id : null;
}

function firstLink(el: MyOpenTickets): HTMLAnchorElement {
  return part(el.shadowRoot!.querySelector('ticket-card')!, 'subject')!.querySelector('a')!;
}

describe('<my-open-tickets> keyboard', () => {
  it('reaches each ticket link with Tab in order', async () => {
    const el = await inbox();
    firstLink(el).focus();

    const order = [focusedId(el)];
    for (let step = 0; step < 3; step += 1) {
      await sendKeys({ press: 'Tab' });
      order.push(focusedId(el));
    }

    expect(order).to.deep.equal([4, 3, 2, 1]);
  });

  it('moves with j and k', async () => {
    const el = await inbox();
    firstLink(el).focus();

    await sendKeys({ press: 'j' });
    const afterJ = focusedId(el);
    await sendKeys({ press: 'j' });
    await sendKeys({ press: 'k' });

    expect(afterJ).to.equal(3);
    expect(focusedId(el)).to.equal(3);
  });

  it('moves with the arrow keys and jumps with Home and End', async () => {
    const el = await inbox();
    firstLink(el).focus();

    await sendKeys({ press: 'ArrowDown' });
    const afterDown = focusedId(el);
    await sendKeys({ press: 'End' });
    const afterEnd = focusedId(el);
    await sendKeys({ press: 'ArrowUp' });
    const afterUp = focusedId(el);
    await sendKeys({ press: 'Home' });

    expect(afterDown).to.equal(3);
    expect(afterEnd).to.equal(1);
    expect(afterUp).to.equal(2);
    expect(focusedId(el)).to.equal(4);
  });

  it('stops at the ends of the list', async () => {
    const el = await inbox();
    firstLink(el).focus();

    await sendKeys({ press: 'k' });

    expect(focusedId(el)).to.equal(4);
  });

  it('opens the focused ticket with Enter', async () => {
    const el = await inbox();
    const opened: string[] = [];
    el.addEventListener('ticket-open', (event) => {
      opened.push(event.detail.href);
      event.preventDefault();
    });
    firstLink(el).focus();

    await sendKeys({ press: 'j' });
    await sendKeys({ press: 'Enter' });

    expect(opened).to.deep.equal(['/notes/3']);
  });

  it('leaves keys typed into an input alone', async () => {
    const el = await fixture<MyOpenTickets>(html`<my-open-tickets .tickets=${RECORDS}></my-open-tickets>`);
    const card = el.shadowRoot!.querySelector('ticket-card')!;
    const input = document.createElement('input');
    input.slot = 'actions';
    card.append(input);
    await waitUntil(() => part(card, 'actions')?.hidden === false, 'the actions foot did not appear');
    input.focus();

    await sendKeys({ press: 'j' });
    await sendKeys({ press: 'k' });

    expect(input.value).to.equal('jk');
    expect(el.shadowRoot!.activeElement).to.equal(input);
  });

  it('focuses a card without a link itself', async () => {
    const el = await inbox([record({ id: 1 }), record({ id: 2 })]);
    el.shadowRoot!.querySelector('ticket-card')!.focus();

    await sendKeys({ press: 'j' });

    expect(focusedId(el)).to.equal(1);
  });
});
