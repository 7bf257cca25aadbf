// JSX types of the library's elements for React 19. React sets a prop as a
// property when the element has one of that name (`tickets`, `headers`,
// `limit`), and as an attribute otherwise (`user-id`). A prop `on<event>`
// adds a listener for that event name, such as `onticket-open`.
// NOTE: TypeScript does not check JSX props with a hyphen that are not
// declared here, so a misspelled `onticket-opn` compiles and never fires.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  DueTicketsSummary,
  MyOpenTickets,
  TicketOpenDetail,
  TicketsAuthRequiredDetail,
  TicketsErrorDetail,
  TicketsLoadDetail,
} from 'my-open-tickets';

interface TicketsSourceProps {
  src?: string;
  'user-id'?: string;
  company?: string;
  'ticket-href'?: string;
  date?: string;
  locale?: string;
  'time-zone'?: string;
  'heading-level'?: number;
  limit?: number;
  'refresh-interval'?: number;
  format?: 'auto' | 'plain' | 'jsonapi';
  credentials?: RequestCredentials;
  timeout?: number;
  tickets?: unknown;
  headers?: HeadersInit;
  'ontickets-load'?: (event: CustomEvent<TicketsLoadDetail>) => void;
  'ontickets-error'?: (event: CustomEvent<TicketsErrorDetail>) => void;
  'ontickets-auth-required'?: (event: CustomEvent<TicketsAuthRequiredDetail>) => void;
  'onticket-open'?: (event: CustomEvent<TicketOpenDetail>) => void;
}

type ElementProps<Element extends HTMLElement, Extra> = DetailedHTMLProps<HTMLAttributes<Element>, Element> & Extra;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'my-open-tickets': ElementProps<MyOpenTickets, TicketsSourceProps & { 'hide-refresh'?: boolean }>;
      'due-tickets-summary': ElementProps<DueTicketsSummary, TicketsSourceProps & { href?: string }>;
    }
  }
}
