import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ResponseFormat, ResponseTransform } from '../data/parse-response.js';
import { acquireStore, storeKey } from '../data/store-registry.js';
import { TicketStore } from '../data/ticket-store.js';
import type { TicketStrings } from '../shared/strings.js';
import { ticketsContext, type ProvidedTickets } from '../shared/tickets-context.js';
import { fetchOptionsOf, refreshIntervalOf, SOURCE_PROPERTIES } from '../shared/tickets-source-element.js';

/**
 * Loads the tickets once and gives one store, and its settings, to every
 * ticket element inside it, so a list and a summary on one page send one
 * request and always show the same snapshot. An element inside with its
 * own `src` loads that instead; a setting on the element itself wins over
 * the provider's. The nearest provider wins when providers are nested.
 * The provider sends no events itself; each element inside sends its own
 * `tickets-load` and `tickets-error`.
 *
 * @tag tickets-provider
 *
 * @attr {string} src - URL of the tickets endpoint.
 * @attr {string} user-id - Show only tickets assigned to this user id.
 * @attr {string} ticket-href - URL template for tickets without a `url`, with `{id}`, `{customerId}` and `{company}`.
 * @attr {string} company - Company slug for `{company}`.
 * @attr {string} date - Day to evaluate due dates against, `yyyy-MM-dd`; today by default.
 * @attr {string} locale - BCP 47 locale for dates.
 * @attr {string} time-zone - IANA time zone for "today" and date-times.
 * @attr {number} refresh-interval - Seconds between refreshes while the page is visible; absent or 0 for none.
 * @attr {string} credentials - Whether requests send cookies: `same-origin` (default), `include` or `omit`.
 * @attr {number} timeout - Milliseconds one page request may take; 15000 by default.
 * @attr {string} format - How to read the response: `auto` (default), `plain` or `jsonapi`.

 *
 * @slot - The page content that contains the ticket elements.
 */
export class TicketsProvider extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    userId: { attribute: 'user-id' },
    company: {},
    ticketHref: { attribute: 'ticket-href' },
    date: {},
    locale: {},
    timeZone: { attribute: 'time-zone' },
    refreshInterval: { attribute: 'refresh-interval', type: Number },
    credentials: {},
    timeout: { type: Number },
    format: {},
    tickets: { attribute: false },
    headers: { attribute: false },
    fetcher: { attribute: false },
    transform: { attribute: false },
    strings: { attribute: false },
  };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  src: string | null = null;
  userId: string | null = null;
  company: string | null = null;
  ticketHref: string | null = null;
  date: string | null = null;
  locale: string | null = null;
  timeZone: string | null = null;
  refreshInterval: number | null = null;
  credentials: RequestCredentials | null = null;
  timeout: number | null = null;
  format: ResponseFormat | null = null;

  /** Tickets in the endpoint's format; when set, no request is sent. */
  tickets: unknown = undefined;

  /** Extra request headers, such as `{ Authorization: 'Bearer …' }`. */
  headers: HeadersInit | undefined = undefined;

  /** A function with `fetch`'s signature to send requests with. */
  fetcher: typeof fetch | undefined = undefined;

  /** A function from the parsed response body to an array of plain records. */
  transform: ResponseTransform | undefined = undefined;

  /** Replacements for the texts of every element inside, such as a translation. */
  strings: Partial<TicketStrings> | undefined = undefined;

  readonly #provider = new ContextProvider(this, { context: ticketsContext, initialValue: { store: null, settings: emptySettings() } });

  /** The value that the elements inside receive. Setting it notifies them, as `@provide` would. */
  protected get provided(): ProvidedTickets {
    return this.#provider.value!;
  }

  protected set provided(value: ProvidedTickets) {
    this.#provider.setValue(value);
  }

  #store: TicketStore | null = null;
  #key: string | null = null;
  #release: (() => void) | null = null;
  #stopRefreshing: (() => void) | null = null;
  #interval = 0;

  /** The store shared with the elements inside, for a host that reads its state or subscribes. */
  get store(): TicketStore | null {
    return this.#store;
  }

  /** Loads the tickets again; resolves when the load ends. */
  refresh(): Promise<void> {
    return this.#store?.refresh() ?? Promise.resolve();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#bind(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unbind();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (SOURCE_PROPERTIES.some((name) => changed.has(name))) this.#bind(false);

    const interval = refreshIntervalOf(this.localName, this.refreshInterval, this.getAttribute('refresh-interval'));
    if (interval !== this.#interval) {
      this.#interval = interval;
      this.#startRefreshing();
    }

    this.provided = {
      store: this.#store,
      settings: {
        userId: this.userId,
        company: this.company,
        ticketHref: this.ticketHref,
        date: this.date,
        locale: this.locale,
        timeZone: this.timeZone,
        strings: this.strings,
      },
    };
  }

  #bind(reconnected: boolean): void {
    const src = this.src?.trim();
    const options = fetchOptionsOf(this.localName, this);
    const key = this.tickets === undefined && src ? storeKey(src, options) : null;
    if (!reconnected && key !== null && key === this.#key && this.#release) return;

    this.#unbind();
    this.#key = key;
    if (this.tickets !== undefined) {
      this.#store = new TicketStore({ records: this.tickets });
    } else if (src && key) {
      const previous = this.#store && this.#store.remote ? this.#store : null;
      const acquired = acquireStore(key, () => (reconnected && previous ? previous : new TicketStore({ src, options })));
      this.#store = acquired.store;
      this.#release = acquired.release;
      // The provider holds its store like an element does, so the store
      // keeps loading while the elements inside are still being defined.
      const unsubscribe = this.#store.subscribe(() => {});
      const release = acquired.release;
      this.#release = () => {
        unsubscribe();
        release();
      };
      void (reconnected ? this.#store.refresh() : this.#store.load());
    } else {
      this.#store = null;
    }
    this.#startRefreshing();
    this.requestUpdate();
  }

  #unbind(): void {
    this.#stopRefreshing?.();
    this.#stopRefreshing = null;
    this.#release?.();
    this.#release = null;
  }

  #startRefreshing(): void {
    this.#stopRefreshing?.();
    this.#stopRefreshing = this.#interval > 0 && this.#store?.remote ? this.#store.refreshEvery(this.#interval) : null;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

function emptySettings(): ProvidedTickets['settings'] {
  return { userId: null, company: null, ticketHref: null, date: null, locale: null, timeZone: null, strings: undefined };
}

declare global {
  interface HTMLElementTagNameMap {
    'tickets-provider': TicketsProvider;
  }
}
