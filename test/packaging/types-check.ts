// Type-level checks of the global maps that the library declares, compiled
// by `npm run typecheck` (tsc --noEmit) and never run. Each assignment
// fails to compile when HTMLElementTagNameMap or HTMLElementEventMap lacks
// the library's entry, because querySelector would return Element and
// addEventListener would pass a plain Event. scripts/check-pack.mjs runs
// the same checks against the published declarations in dist/.
import type { DueTicketsSummary, MyOpenTickets, TicketCard, TicketsProvider } from '../../src/index.js';
import type { Ticket, TicketProblem, TicketsError } from '../../src/index.js';

// Each query is inferred first and assigned after, because querySelector's
// type parameter would otherwise take the annotated type and accept any tag.
const queriedList = document.querySelector('my-open-tickets');
const createdCard = document.createElement('ticket-card');
const queriedSummary = document.querySelector('due-tickets-summary');
const queriedProvider = document.querySelector('tickets-provider');

export const list: MyOpenTickets | null = queriedList;
export const card: TicketCard = createdCard;
export const summary: DueTicketsSummary | null = queriedSummary;
export const provider: TicketsProvider | null = queriedProvider;

export function listen(target: HTMLElement): void {
  target.addEventListener('ticket-open', (event) => {
    const href: string = event.detail.href;
    const ticket: Ticket = event.detail.ticket;
    void [href, ticket];
  });
  target.addEventListener('tickets-load', (event) => {
    const count: number = event.detail.count;
    const problems: TicketProblem[] = event.detail.problems;
    void [count, problems];
  });
  target.addEventListener('tickets-error', (event) => {
    const error: TicketsError = event.detail.error;
    void error;
  });
  target.addEventListener('tickets-auth-required', (event) => {
    const status: 401 | 403 = event.detail.status;
    void status;
  });
}
