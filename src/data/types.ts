/** Ticket priority after normalization; `null` when none is set. */
export type Priority = 'high' | 'medium' | 'low';

/** The state of a ticket's due date relative to the day being viewed. */
export type DueState = 'overdue' | 'today' | 'upcoming';

/** A user of the portal as the endpoint names them. */
export interface Person {
  id: number | string | null;
  name: string;
}

/** The customer record a ticket's note belongs to. */
export interface Customer {
  id: number | string | null;
  firstName: string;
  lastName: string;
  businessName: string;
}

/**
 * A due date as the endpoint sent it. `day` is the calendar day
 * (`yyyy-MM-dd`) for date-only values; `instant` is set for date-times with
 * an offset, and `wallClock` (`yyyy-MM-ddTHH:mm:ss`) for date-times without
 * one, which are read in the viewer's time zone.
 */
export type DueDate =
  | { kind: 'date'; day: string; raw: string }
  | { kind: 'instant'; instant: Date; raw: string }
  | { kind: 'wall-clock'; wallClock: string; raw: string };

/** One ticket after parsing; every field has a safe, typed value. */
export interface Ticket {
  /** The numeric id, used for sorting and for `{id}` in link templates. */
  id: number;
  subject: string;
  /** Plain text; line breaks are normalized to `\n`. */
  body: string;
  isTicket: boolean;
  /** Lower-case status as sent, such as `open` or `closed`. */
  status: string;
  priority: Priority | null;
  noteType: string | null;
  customer: Customer | null;
  createdAt: Date | null;
  createdBy: Person | null;
  assignedTo: Person | null;
  dueDate: DueDate | null;
  /** The ticket's own link as sent; checked for safety only when rendered. */
  url: string | null;
}

/** Why one record of a response could not be shown. */
export interface TicketProblem {
  /** The record's id as sent, or `null` when it had none. */
  id: string | null;
  /** Position of the record in the response, counting from 0 across pages. */
  index: number;
  reason: string;
  /**
   * `true` when the ticket is shown with the named field left out, `false`
   * when the whole record is left out.
   */
  shown: boolean;
}

/** What one load produced: the shown tickets and what was left out. */
export interface TicketsPayload {
  tickets: Ticket[];
  problems: TicketProblem[];
}
