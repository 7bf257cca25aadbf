import type { TicketsError } from '../data/errors.js';
import type { TicketStrings } from '../shared/strings.js';

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

function describeError(error: TicketsError): string {
  switch (error.kind) {
    case 'http':
      if (error.status === 401) return 'Sie sind abgemeldet. Bitte melden Sie sich erneut an und versuchen Sie es noch einmal.';
      if (error.status === 403) return 'Sie haben keine Berechtigung, diese Tickets zu sehen.';
      if (error.status === 404) return 'Die Ticket-Adresse wurde nicht gefunden (404). Bitte prüfen Sie die Adresse.';
      if (error.status === 429) return 'Zu viele Anfragen (429). Bitte versuchen Sie es gleich noch einmal.';
      return `Der Server hat mit dem Status ${error.status} geantwortet. Bitte versuchen Sie es gleich noch einmal.`;
    case 'network':
      return 'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung.';
    case 'offline':
      return 'Sie sind offline. Die Tickets werden geladen, sobald die Verbindung wieder besteht.';
    case 'timeout':
      return 'Der Server hat nicht rechtzeitig geantwortet.';
    case 'not-json':
      return 'Die Antwort war kein JSON. Möglicherweise ist Ihre Sitzung abgelaufen; bitte melden Sie sich erneut an.';
    case 'invalid-response':
      return 'Die Antwort des Servers hatte nicht das erwartete Format.';
    case 'pagination':
      return 'Beim Laden der Seiten wurde abgebrochen; die Liste ist unvollständig.';
  }
}

/** German texts for the elements, passed as `strings`. */
export const germanStrings: TicketStrings = {
  openTicketsHeading: 'Meine offenen Tickets',
  dueTicketsHeading: 'Fällige Tickets',
  empty: 'Keine Einträge',
  nothingDue: 'Nichts fällig',
  viewAll: 'Alle Tickets anzeigen',
  loading: 'Tickets werden geladen…',
  retry: 'Erneut versuchen',
  retrying: 'Wird erneut versucht…',
  refresh: 'Aktualisieren',
  refreshing: 'Wird aktualisiert…',
  noSource: 'Es ist keine Ticket-Adresse eingestellt. Setzen Sie das Attribut src auf die URL der Tickets.',
  loadFailed: 'Die Tickets konnten nicht geladen werden.',
  refreshFailed: 'Die Tickets konnten nicht aktualisiert werden; die Liste zeigt den letzten erfolgreichen Stand.',
  partialLoad: 'Nur ein Teil der Tickets konnte geladen werden; die Liste ist unvollständig.',
  describeError,
  failedUrl: 'Adresse',
  dueAsOf: (day) => `Fällig zum ${day}`,
  showingSome: (shown, total) => `${shown} von ${total} Tickets`,
  andMore: (count) => `und ${count} weitere`,
  changes: (added, closed, removed) =>
    [
      added > 0 ? `${added} ${plural(added, 'neues Ticket', 'neue Tickets')}` : '',
      closed > 0 ? `${closed} ${plural(closed, 'Ticket', 'Tickets')} geschlossen` : '',
      removed > 0 ? `${removed} ${plural(removed, 'Ticket', 'Tickets')} nicht mehr in der Liste` : '',
    ]
      .filter(Boolean)
      .join(', '),
  openTicket: 'Offenes Ticket',
  closedTicket: 'Geschlossenes Ticket',
  statusTicket: (status) => `Ticket: ${status}`,
  priority: { high: 'Hoch', medium: 'Mittel', low: 'Niedrig' },
  priorityLabel: 'Priorität',
  typeLabel: 'Art',
  unknownCustomer: 'Unbekannter Kunde',
  unassigned: 'Nicht zugewiesen',
  created: 'Erstellt',
  createdBy: 'von',
  assignedTo: 'Zugewiesen an',
  dueDate: 'Fällig am',
  noDueDate: 'Keines',
  overdue: 'Überfällig',
  dueToday: 'Heute fällig',
  unknownDate: 'Unbekannt',
  ticketId: (id) => `Ticket ${id}`,
  noTicket: 'Kein Ticket vorhanden.',
  invalidTicket: (reason) => `Dieses Ticket kann nicht angezeigt werden: ${reason}.`,
  recordsNotShown: (count) =>
    `${count} ${plural(count, 'Ticket kann', 'Tickets können')} nicht angezeigt werden, weil ${plural(count, 'sein Datensatz', 'ihre Datensätze')} ungültig ${plural(count, 'ist', 'sind')}.`,
  fieldsNotRead: (count) =>
    `Bei ${count} ${plural(count, 'Ticket', 'Tickets')} konnten Felder nicht gelesen werden und fehlen.`,
  problemDetails: 'Details',
  problemRecord: (id, position) => (id === null ? `Datensatz ${position}` : `ID ${id}`),
};
