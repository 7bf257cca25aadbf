import { expect, waitUntil } from '@open-wc/testing';
import type { DueTicketsSummary, MyOpenTickets } from '../../src/index.js';
import { textOf } from '../support/dom.js';

// Loads the built bundle in a page served with a strict Content Security
// Policy and Trusted Types, as a portal with such a policy would. `npm test`
// builds dist/ first. To run this file alone, run `npm run build` before it.

const PAGE = '/test/fixtures/csp-page.html';
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  source: string;
}

type CspPage = Window & typeof globalThis & { cspViolations: Violation[]; pageErrors: string[] };

async function loadPage(): Promise<CspPage> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '900px';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = PAGE;
  });
  return frame.contentWindow as CspPage;
}

function subjectsOf(list: MyOpenTickets): string[] {
  return [...list.shadowRoot!.querySelectorAll('ticket-card')].map((card) => textOf(card.shadowRoot?.querySelector('[part=subject]')));
}

async function waitForTickets(page: CspPage): Promise<{ list: MyOpenTickets; summary: DueTicketsSummary }> {
  const list = page.document.querySelector('my-open-tickets')!;
  const summary = page.document.querySelector('due-tickets-summary')!;
  await waitUntil(() => subjectsOf(list).filter(Boolean).length === 2, 'cards did not render', { timeout: 5000 });
  await waitUntil(() => summary.shadowRoot?.querySelector('[part=count]'), 'summary did not load', { timeout: 5000 });
  return { list, summary };
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('bundle under a strict CSP', () => {
  it('is served with the policy header', async () => {
    const response = await fetch(PAGE);

    expect(response.headers.get('Content-Security-Policy')).to.equal(POLICY);
  });

  it('renders the cards with no violations', async () => {
    const page = await loadPage();

    const { list, summary } = await waitForTickets(page);

    expect(subjectsOf(list)).to.deep.equal(['Keypad beeps every night', 'Schedule annual inspection']);
    expect(textOf(summary.shadowRoot!.querySelector('[part=heading]'))).to.equal('Due Tickets (1)');
    expect(page.cspViolations, 'violations').to.deep.equal([]);
    expect(page.pageErrors, 'page errors').to.deep.equal([]);
  });

  it('refreshes with no violations', async () => {
    const page = await loadPage();
    const { list } = await waitForTickets(page);

    await list.refresh();
    await list.updateComplete;
    await waitForTickets(page);

    expect(subjectsOf(list)).to.deep.equal(['Keypad beeps every night', 'Schedule annual inspection']);
    expect(page.cspViolations, 'violations').to.deep.equal([]);
    expect(page.pageErrors, 'page errors').to.deep.equal([]);
  });

  it('applies styles from constructed style sheets', async () => {
    const page = await loadPage();
    const { list } = await waitForTickets(page);
    const card = list.shadowRoot!.querySelector('ticket-card')!;

    const status = card.shadowRoot!.querySelector('[part=status]')!;

    expect(page.getComputedStyle(status).borderRadius).to.not.equal('0px');
    expect(page.cspViolations, 'violations').to.deep.equal([]);
  });

  it('blocks an HTML string, eval and an inline style on the page', async () => {
    // The control: the policy is in force, and the page records what it
    // blocks, so the empty lists above mean something.
    const page = await loadPage();
    await waitForTickets(page);

    const assignHtml = () => {
      page.document.createElement('div').innerHTML = '<b>x</b>';
    };
    const runEval = () => page.eval('1');
    const style = page.document.createElement('style');
    style.textContent = 'body { color: red; }';
    page.document.head.append(style);

    expect(assignHtml).to.throw(/TrustedHTML/);
    expect(runEval).to.throw(/unsafe-eval/);
    await waitUntil(() => page.cspViolations.some((violation) => violation.directive === 'style-src-elem'), 'the inline style was not reported', {
      timeout: 2000,
    });
    expect([...new Set(page.cspViolations.map((violation) => violation.directive))].sort()).to.deep.equal([
      'require-trusted-types-for',
      'style-src-elem',
    ]);
  });
});
