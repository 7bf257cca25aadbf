// Importing the package registers the elements; the classes and the data
// layer are exported for hosts that extend them or use the data alone.
import './define.js';

export { defineElement } from './define.js';
export { DueTicketsSummary } from './due-tickets-summary/due-tickets-summary.js';
export { MyOpenTickets } from './my-open-tickets/my-open-tickets.js';
export { TicketCard } from './ticket-card/ticket-card.js';
export { TicketsProvider } from './tickets-provider/tickets-provider.js';
export { acquireStore, storeKey } from './data/store-registry.js';

export { formatCustomerName } from './data/customer-name.js';
export { dueStateOf, isDue, todayIn } from './data/due.js';
export { TicketsError, type TicketsErrorKind } from './data/errors.js';
export { DEFAULT_TIMEOUT, MAX_PAGES, fetchTicketRecords, type FetchOptions, type TransportOptions } from './data/fetch-tickets.js';
export { decodePage, parseRecords, type ResponseFormat, type ResponseTransform } from './data/parse-response.js';
export { parseTicket } from './data/parse-ticket.js';
export { selectDueTickets, selectOpenTickets } from './data/select.js';
export { TicketStore, type TicketSource, type TicketStoreListener, type TicketStoreState } from './data/ticket-store.js';
export type { Customer, DueDate, DueState, Person, Priority, Ticket, TicketProblem, TicketsPayload } from './data/types.js';
export { safeHref } from './data/url-safety.js';
export { englishStrings, mergeStrings, type TicketStrings } from './shared/strings.js';
export type { TicketOpenDetail, TicketsAuthRequiredDetail, TicketsErrorDetail, TicketsLoadDetail } from './shared/events.js';
export { DEFAULT_RETRY, type RetryPolicy } from './data/retry.js';
