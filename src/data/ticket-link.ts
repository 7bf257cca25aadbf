import type { Ticket } from './types.js';
import { fillTemplate, safeHref } from './url-safety.js';

/** A ticket's link target, and the template placeholders that had no value. */
export interface TicketLink {
  href: string | null;
  missing: string[];
}

/**
 * Returns where a ticket's subject links to: the ticket's own `url` when it
 * is safe, or else the `ticket-href` template filled in. `href` is `null`
 * when neither gives a safe link, and the subject is then shown as text.
 */
export function ticketLink(ticket: Ticket, template: string | null, company: string | null): TicketLink {
  const own = safeHref(ticket.url);
  if (own) return { href: own, missing: [] };
  if (!template) return { href: null, missing: [] };

  return fillTemplate(template, {
    id: ticket.id,
    customerId: ticket.customer?.id ?? null,
    company,
  });
}
