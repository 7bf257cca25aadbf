/**
 * Records for the stories that set `tickets` or `ticket` directly, taken
 * from the data set that the mock endpoint serves, so that stories, demo
 * and tests show the same tickets.
 */
import type { Scenario } from '../mocks/handlers.js';
import { createTicketRecords, DEMO_COMPANY, DEMO_USER_ID, type TicketRecord } from '../mocks/ticket-records.js';

export { DEMO_COMPANY, DEMO_USER_ID };

/** The mock endpoint's URL; add `?scenario=` for another response state. */
export const TICKETS_URL = '/api/tickets';

/** The template for links of tickets without a `url`, as the portal builds them. */
export const TICKET_HREF = '/{company}/customers/{customerId}/notes/{id}/edit';

const records = createTicketRecords();

/** Returns a copy of the record with `id`, so that a story may change it. */
export function recordById(id: number | string): TicketRecord {
  const record = records.find((candidate) => String(candidate.id) === String(id));
  if (!record) throw new Error(`No record with id ${id} in the mock data set.`);
  return structuredClone(record);
}

/** Returns a copy of every record of the data set. */
export function allRecords(): TicketRecord[] {
  return structuredClone(records);
}

/** Returns the scenario URL of the mock endpoint, such as `/api/tickets?scenario=error`. */
export function scenarioUrl(scenario: Scenario): string {
  return `${TICKETS_URL}?scenario=${encodeURIComponent(scenario)}`;
}
