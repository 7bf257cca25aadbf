import type { TicketsError } from '../data/errors.js';
import type { Priority } from '../data/types.js';

/**
 * Every text the elements show on their own. A host replaces any of them
 * through the `strings` property of an element or of a `<tickets-provider>`;
 * texts with counts are functions, so each language can apply its own
 * plural rules.
 */
export interface TicketStrings {
  openTicketsHeading: string;
  dueTicketsHeading: string;
  empty: string;
  nothingDue: string;
  viewAll: string;
  loading: string;
  retry: string;
  retrying: string;
  refresh: string;
  refreshing: string;
  noSource: string;
  loadFailed: string;
  refreshFailed: string;
  partialLoad: string;
  /** The message for a failed load; the English default is the error's own message. */
  describeError: (error: TicketsError) => string;
  failedUrl: string;
  dueAsOf: (day: string) => string;
  showingSome: (shown: number, total: number) => string;
  andMore: (count: number) => string;
  /** What a refresh changed, for the live region; '' when nothing changed. */
  changes: (added: number, closed: number, removed: number) => string;
  openTicket: string;
  closedTicket: string;
  /** The badge of a status other than open and closed, as sent by the endpoint. */
  statusTicket: (status: string) => string;
  priority: Record<Priority, string>;
  priorityLabel: string;
  typeLabel: string;
  unknownCustomer: string;
  unassigned: string;
  created: string;
  createdBy: string;
  assignedTo: string;
  dueDate: string;
  noDueDate: string;
  overdue: string;
  dueToday: string;
  unknownDate: string;
  ticketId: (id: number) => string;
  noTicket: string;
  invalidTicket: (reason: string) => string;
  recordsNotShown: (count: number) => string;
  fieldsNotRead: (count: number) => string;
  problemDetails: string;
  /** How a problem's record is named in the details list. */
  problemRecord: (id: string | null, position: number) => string;
}

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

/** The English texts, used for every text a host does not replace. */
export const englishStrings: TicketStrings = {
  openTicketsHeading: 'My Open Tickets',
  dueTicketsHeading: 'Due Tickets',
  empty: 'Nothing here',
  nothingDue: 'Nothing due',
  viewAll: 'View All Tickets',
  loading: 'Loading tickets…',
  retry: 'Retry',
  retrying: 'Retrying…',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  noSource: 'No tickets endpoint is configured. Set the src attribute to the tickets URL.',
  loadFailed: 'Tickets could not be loaded.',
  refreshFailed: 'Tickets could not be refreshed; the list below is from the last successful load.',
  partialLoad: 'Only part of the tickets could be loaded; the list below is incomplete.',
  describeError: (error) => error.message,
  failedUrl: 'Address',
  dueAsOf: (day) => `Due as of ${day}`,
  showingSome: (shown, total) => `Showing ${shown} of ${total} tickets`,
  andMore: (count) => `and ${count} more`,
  changes: (added, closed, removed) =>
    [
      added > 0 ? `${added} new ${plural(added, 'ticket', 'tickets')}` : '',
      closed > 0 ? `${closed} ${plural(closed, 'ticket', 'tickets')} closed` : '',
      removed > 0 ? `${removed} ${plural(removed, 'ticket', 'tickets')} no longer in the list` : '',
    ]
      .filter(Boolean)
      .join(', '),
  openTicket: 'Open Ticket',
  closedTicket: 'Closed Ticket',
  statusTicket: (status) => `${status.charAt(0).toUpperCase()}${status.slice(1)} Ticket`,
  priority: { high: 'High', medium: 'Medium', low: 'Low' },
  priorityLabel: 'Priority',
  typeLabel: 'Type',
  unknownCustomer: 'Unknown customer',
  unassigned: 'Unassigned',
  created: 'Created',
  createdBy: 'by',
  assignedTo: 'Assigned to',
  dueDate: 'Due Date',
  noDueDate: 'None',
  overdue: 'Overdue',
  dueToday: 'Due today',
  unknownDate: 'Unknown',
  ticketId: (id) => `Ticket ${id}`,
  noTicket: 'No ticket to show.',
  invalidTicket: (reason) => `This ticket could not be shown: ${reason}.`,
  recordsNotShown: (count) =>
    `${count} ${plural(count, 'ticket', 'tickets')} could not be shown because ${plural(count, 'its record is', 'their records are')} invalid.`,
  fieldsNotRead: (count) =>
    `${count} ${plural(count, 'ticket has', 'tickets have')} fields that could not be read and are left out.`,
  problemDetails: 'Details',
  problemRecord: (id, position) => (id === null ? `record ${position}` : `id ${id}`),
};

/** Returns the English texts with a host's replacements applied, in order. */
export function mergeStrings(...overrides: (Partial<TicketStrings> | null | undefined)[]): TicketStrings {
  let merged = englishStrings;
  for (const override of overrides) {
    if (override && typeof override === 'object') {
      merged = { ...merged, ...override, priority: { ...merged.priority, ...override.priority } };
    }
  }
  return merged;
}
