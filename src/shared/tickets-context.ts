import { createContext, ContextRoot } from '@lit/context';
import type { TicketStore } from '../data/ticket-store.js';
import type { TicketStrings } from './strings.js';

/** The settings a `<tickets-provider>` passes to the elements inside it. */
export interface ProvidedSettings {
  userId: string | null;
  company: string | null;
  ticketHref: string | null;
  date: string | null;
  locale: string | null;
  timeZone: string | null;
  strings: Partial<TicketStrings> | undefined;
}

/** What a `<tickets-provider>` gives its descendants. */
export interface ProvidedTickets {
  /** The provider's store, or `null` while the provider has no source. */
  store: TicketStore | null;
  settings: ProvidedSettings;
}

// A string key, not a symbol, so that two copies of the library on one page
// still find each other's providers.
export const ticketsContext = createContext<ProvidedTickets | undefined>('my-open-tickets/tickets');

const ROOT_FLAG = Symbol.for('my-open-tickets.context-root');

/**
 * Attaches one ContextRoot to the document, once per page. It holds the
 * requests of elements that connect before their provider is defined or
 * connected, and sends them again when the provider arrives.
 */
export function ensureContextRoot(): void {
  const global = globalThis as { [ROOT_FLAG]?: boolean };
  if (global[ROOT_FLAG] || typeof document === 'undefined') return;

  global[ROOT_FLAG] = true;
  new ContextRoot().attach(document.documentElement);
}
