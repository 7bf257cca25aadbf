import { expect, waitUntil } from '@open-wc/testing';
import { textOf } from './support/dom.js';

// This file loads only the built bundle, in a page of its own, as a portal
// page without a build step would. `npm test` builds `dist/` first.

async function loadPage(path: string): Promise<Window & { pageErrors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '900px';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = path;
  });
  return frame.contentWindow as Window & { pageErrors: string[] };
}

describe('dist/my-open-tickets.bundle.js', () => {
  it('renders a JSON file on a plain page', async () => {
    const page = await loadPage('/test/fixtures/bundle-page.html');
    const list = page.document.querySelector('my-open-tickets')!;
    await waitUntil(() => list.shadowRoot?.querySelectorAll('ticket-card').length === 2, 'cards did not render', { timeout: 5000 });

    const cards = [...list.shadowRoot!.querySelectorAll('ticket-card')];
    await waitUntil(() => cards.every((card) => card.shadowRoot?.querySelector('[part=subject]')));

    expect(textOf(list.shadowRoot!.querySelector('[part=heading]'))).to.equal('My Open Tickets (2)');
    expect(cards.map((card) => textOf(card.shadowRoot!.querySelector('[part=subject]')))).to.deep.equal([
      'Keypad beeps every night',
      'Schedule annual inspection',
    ]);
    expect(textOf(cards[0].shadowRoot!.querySelector('[part=customer]'))).to.equal('Doe, John');
    expect(textOf(cards[1].shadowRoot!.querySelector('[part=customer]'))).to.equal('Smith & Sons Hardware');
    expect(cards[0].getAttribute('due-state')).to.equal('today');
  });

  it('counts the due ticket in the summary', async () => {
    const page = await loadPage('/test/fixtures/bundle-page.html');
    const summary = page.document.querySelector('due-tickets-summary')!;

    await waitUntil(() => summary.shadowRoot?.querySelector('[part=count]'), 'summary did not load', { timeout: 5000 });

    expect(textOf(summary.shadowRoot!.querySelector('[part=heading]'))).to.equal('Due Tickets (1)');
    expect(summary.shadowRoot!.querySelector('[part=view-all]')!.getAttribute('href')).to.equal('/acme/home/tickets');
  });

  it('survives a second copy of the bundle', async () => {
    const page = await loadPage('/test/fixtures/bundle-page.html');
    await waitUntil(() => page.document.querySelector('my-open-tickets')?.shadowRoot?.querySelector('[part=count]'), 'list did not load', { timeout: 5000 });

    expect(page.pageErrors).to.deep.equal([]);
  });
});
