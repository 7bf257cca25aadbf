import { useMemo, useState } from 'react';
import type { TicketOpenDetail, TicketsLoadDetail } from 'my-open-tickets';

export interface AppProps {
  /** Records for the summary, given as its `tickets` property. */
  records: unknown[];
  /** Endpoint of the list, which it requests with `headers`. */
  src: string;
  userId: string;
  company: string;
}

// The portal's link template of a ticket, for records without their own `url`.
const TICKET_HREF = '/{company}/customers/{customerId}/notes/{id}/edit';

/**
 * Renders the summary and the list. React passes `tickets`,
 * `headers` and `limit` as properties and listens to the elements' events
 * through `on<event>` props.
 */
export function App({ records, src, userId, company }: AppProps) {
  const [loads, setLoads] = useState<string[]>([]);
  const [opened, setOpened] = useState<TicketOpenDetail | null>(null);
  // One object for every render, so React does not set the property again
  // and the list does not send a new request.
  const headers = useMemo(() => ({ Authorization: 'Bearer example-token' }), []);

  const onLoad = (event: CustomEvent<TicketsLoadDetail>) => {
    const source = (event.currentTarget as HTMLElement).localName;
    setLoads((previous) => [...previous, `${source} loaded ${event.detail.count} tickets`]);
  };
  const onOpen = (event: CustomEvent<TicketOpenDetail>) => {
    // A single-page app routes itself instead of following the link.
    event.preventDefault();
    setOpened(event.detail);
  };

  return (
    <main style={{ display: 'grid', gap: '1.5rem', gridTemplateColumns: 'minmax(16rem, 1fr) 2fr', alignItems: 'start' }}>
      <due-tickets-summary
        tickets={records}
        user-id={userId}
        company={company}
        ticket-href={TICKET_HREF}
        limit={5}
        ontickets-load={onLoad}
        onticket-open={onOpen}
      />
      <my-open-tickets
        src={src}
        headers={headers}
        user-id={userId}
        company={company}
        ticket-href={TICKET_HREF}
        limit={5}
        ontickets-load={onLoad}
        onticket-open={onOpen}
      />
      <section aria-label="Events received by React" style={{ gridColumn: '1 / -1' }}>
        <ul id="loads">
          {loads.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
        <p id="opened">{opened ? `Opened ticket ${opened.ticket.id} at ${opened.href}` : 'No ticket opened'}</p>
      </section>
    </main>
  );
}
