// Every text the elements show on their own, in one place, so a later
// translation has one file to replace.

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

export const messages = {
  openTicketsHeading: 'My Open Tickets',
  dueTicketsHeading: 'Due Tickets',
  empty: 'Nothing here',
  nothingDue: 'Nothing due',
  viewAll: 'View All Tickets',
  loading: 'Loading tickets…',
  retry: 'Retry',
  retrying: 'Retrying…',
  noSource: 'No tickets endpoint is configured. Set the src attribute to the tickets URL.',
  loadFailed: 'Tickets could not be loaded.',
  refreshFailed: 'Tickets could not be refreshed; the list below is from the last successful load.',
  partialLoad: 'Only part of the tickets could be loaded; the list below is incomplete.',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  dueAsOf: (day: string) => `Due as of ${day}`,
  showingSome: (shown: number, total: number) => `Showing ${shown} of ${total} tickets`,
  andMore: (count: number) => `and ${count} more`,
  changes: (added: number, closed: number, removed: number) =>
    [
      added > 0 ? `${added} new ${plural(added, 'ticket', 'tickets')}` : '',
      closed > 0 ? `${closed} ${plural(closed, 'ticket', 'tickets')} closed` : '',
      removed > 0 ? `${removed} ${plural(removed, 'ticket', 'tickets')} no longer in the list` : '',
    ]
      .filter(Boolean)
      .join(', '),
  failedUrl: 'Address',
  openTicket: 'Open Ticket',
  closedTicket: 'Closed Ticket',
  statusTicket: (status: string) => `${status.charAt(0).toUpperCase()}${status.slice(1)} Ticket`,
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
  ticketId: (id: number) => `Ticket ${id}`,
  noTicket: 'No ticket to show.',
  invalidTicket: (reason: string) => `This ticket could not be shown: ${reason}.`,
  recordsNotShown: (count: number) =>
    `${count} ${plural(count, 'ticket', 'tickets')} could not be shown because ${plural(count, 'its record is', 'their records are')} invalid.`,
  fieldsNotRead: (count: number) =>
    `${count} ${plural(count, 'ticket has', 'tickets have')} fields that could not be read and are left out.`,
  problemDetails: 'Details',
};
