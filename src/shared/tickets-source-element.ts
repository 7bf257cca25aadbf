import { type PropertyDeclarations, type PropertyValues } from 'lit';
import { DEFAULT_TIMEOUT, type FetchOptions } from '../data/fetch-tickets.js';
import type { ResponseFormat, ResponseTransform } from '../data/parse-response.js';
import { countProblemRecords } from '../data/problem-counts.js';
import { storeKey } from '../data/store-registry.js';
import { TicketStore } from '../data/ticket-store.js';
import type { Ticket, TicketProblem, TicketsPayload } from '../data/types.js';
import { emit, type TicketsLoadDetail } from './events.js';
import { TicketsController, type StoreBinding } from './tickets-controller.js';
import { TicketViewElement } from './ticket-view-element.js';
import { warnOnce } from './warn.js';

/**
 * The shortest refresh interval in seconds. A shorter value, such as a
 * typo of 0.01, would send dozens of requests a second to the back end.
 */
export const MIN_REFRESH_INTERVAL = 5;

// The provider's tag, and the tags of subclasses registered as `*-tickets-provider`.
const PROVIDER_TAG = /(^|-)tickets-provider$/;

const CREDENTIALS: readonly RequestCredentials[] = ['same-origin', 'include', 'omit'];
const FORMATS: readonly ResponseFormat[] = ['auto', 'plain', 'jsonapi'];

/** The properties that choose where tickets come from and how they are requested. */
export const SOURCE_PROPERTIES = ['src', 'tickets', 'headers', 'credentials', 'timeout', 'fetcher', 'format', 'transform'] as const;

/**
 * The source settings of an element or provider, checked: an invalid value
 * warns once and falls back to the default.
 */
export function fetchOptionsOf(
  tag: string,
  element: {
    headers?: HeadersInit;
    credentials: RequestCredentials | null;
    timeout: number | null;
    fetcher?: typeof fetch;
    format: ResponseFormat | null;
    transform?: ResponseTransform;
    getAttribute(name: string): string | null;
  },
): FetchOptions {
  const options: FetchOptions = {};
  if (element.headers !== undefined) options.headers = element.headers;
  if (typeof element.fetcher === 'function') options.fetcher = element.fetcher;
  if (typeof element.transform === 'function') options.transform = element.transform;

  const { credentials, timeout, format } = element;
  if (credentials) {
    if (CREDENTIALS.includes(credentials)) options.credentials = credentials;
    else warnOnce(tag, `credentials "${credentials}" is not one of same-origin, include or omit; using same-origin.`);
  }
  if (timeout !== null) {
    if (Number.isFinite(timeout) && timeout > 0) options.timeout = timeout;
    else warnOnce(tag, `timeout "${element.getAttribute('timeout') ?? timeout}" is not a positive number of milliseconds; using ${DEFAULT_TIMEOUT}.`);
  }
  if (format) {
    if (FORMATS.includes(format)) options.format = format;
    else warnOnce(tag, `format "${format}" is not one of auto, plain or jsonapi; using auto.`);
  }
  return options;
}

/**
 * Reads a `refresh-interval` value in seconds. Absent or 0 turns refreshing
 * off; anything that is not a non-negative number warns once and does too.
 */
export function refreshIntervalOf(tag: string, value: number | null, attribute: string | null): number {
  if (value === null || value === 0) return 0;
  if (Number.isFinite(value) && value >= MIN_REFRESH_INTERVAL) return value;
  if (Number.isFinite(value) && value > 0) {
    warnOnce(tag, `refresh-interval "${attribute ?? value}" is shorter than ${MIN_REFRESH_INTERVAL} seconds; refreshing every ${MIN_REFRESH_INTERVAL} seconds.`);
    return MIN_REFRESH_INTERVAL;
  }

  warnOnce(tag, `refresh-interval "${attribute ?? value}" is not a number of seconds; refreshing on an interval is off.`);
  return 0;
}

/**
 * An element that shows tickets loaded from `src`, given in `tickets`, or
 * provided by the nearest `<tickets-provider>`, in that order. It sends the
 * `tickets-load` and `tickets-error` events; subclasses say which tickets
 * they show through {@link shownTickets}.
 */
export abstract class TicketsSourceElement extends TicketViewElement {
  static override properties: PropertyDeclarations = {
    src: {},
    userId: { attribute: 'user-id' },
    tickets: { attribute: false },
    limit: { type: Number },
    refreshInterval: { attribute: 'refresh-interval', type: Number },
    headers: { attribute: false },
    credentials: {},
    timeout: { type: Number },
    fetcher: { attribute: false },
    format: {},
    transform: { attribute: false },
  };

  /** URL of the tickets endpoint. */
  src: string | null = null;

  /** Show only tickets assigned to this user id. */
  userId: string | null = null;

  /**
   * Tickets in the endpoint's format, an array or an object with a `data`
   * array. When set, no request is sent.
   */
  tickets: unknown = undefined;

  /**
   * The maximum number of tickets to list; the heading still counts all of them. Absent
   * or 0 lists every ticket.
   */
  limit: number | null = null;

  /** Seconds between refreshes while the page is visible; absent or 0 for none. */
  refreshInterval: number | null = null;

  /** Extra request headers, such as `{ Authorization: 'Bearer …' }`. */
  headers: HeadersInit | undefined = undefined;

  /** Whether requests send cookies: `same-origin` (default), `include` or `omit`. */
  credentials: RequestCredentials | null = null;

  /** Milliseconds one page request may take; 15000 by default. */
  timeout: number | null = null;

  /** A function with `fetch`'s signature to send requests with. */
  fetcher: typeof fetch | undefined = undefined;

  /** How to read the response: `auto` (default), `plain` or `jsonapi`. */
  format: ResponseFormat | null = null;

  /** A function from the parsed response body to an array of plain records, for any other shape. */
  transform: ResponseTransform | undefined = undefined;

  protected readonly data = new TicketsController(this);

  #recordsStore: { records: unknown; store: TicketStore } | null = null;
  #shown: { payload: TicketsPayload; key: string; tickets: Ticket[] } | null = null;
  #announcedPayload: TicketsPayload | null = null;
  #announcedError: unknown = null;

  /** Loads the tickets again; resolves when the load ends, whether it succeeded or not. */
  refresh(): Promise<void> {
    return this.data.refresh();
  }

  /** Returns the tickets this element shows from a load, in display order. */
  protected abstract shownTickets(tickets: readonly Ticket[]): Ticket[];

  /**
   * Returns {@link shownTickets} of a payload, computed once per payload,
   * user, day and zone, because rendering, the live region and the
   * `tickets-load` event all need the same list.
   */
  protected shownOf(payload: TicketsPayload): Ticket[] {
    const key = `${this.effectiveUserId}|${this.viewConfig.today}|${this.viewConfig.timeZone}`;
    if (this.#shown?.payload !== payload || this.#shown.key !== key) {
      this.#shown = { payload, key, tickets: this.shownTickets(payload.tickets) };
    }
    return this.#shown.tickets;
  }

  /**
   * Whether an ancestor is a `<tickets-provider>`, defined or not. Until a
   * provider that is not defined yet arrives, the element shows its loading
   * state rather than saying that no endpoint is configured.
   */
  protected get awaitsProvider(): boolean {
    if (this.provided) return false;
    let node: Node | null = this.parentNode;
    while (node) {
      if (node instanceof Element && PROVIDER_TAG.test(node.localName)) return true;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return false;
  }

  /** The user whose tickets are shown: this element's `user-id`, or the provider's. */
  protected get effectiveUserId(): string | null {
    const userId = this.userId ?? this.provided?.settings.userId ?? null;
    return userId?.trim() || null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A provider's store is one more source, so a new one binds again too.
    if (changed.has('provided' as keyof TicketsSourceElement) || SOURCE_PROPERTIES.some((name) => changed.has(name))) this.data.bind(this.#binding());

    this.data.setTimers({
      refreshInterval: refreshIntervalOf(this.tag, this.refreshInterval, this.getAttribute('refresh-interval')),
      dayZone: this.hasFixedDate ? null : this.viewConfig.timeZone,
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.data.state;

    this.toggleAttribute('aria-busy', Boolean(state?.pending && !state.payload));

    if (state?.payload && state.payload !== this.#announcedPayload) {
      this.#announcedPayload = state.payload;
      this.#announceLoad(state.payload);
    }
    if (state?.error && state.error !== this.#announcedError) {
      this.#announcedError = state.error;
      emit(this, 'tickets-error', { error: state.error, url: state.error.url });
      if (state.error.authRequired) {
        const status = state.error.status as 401 | 403;
        emit(this, 'tickets-auth-required', { status, url: state.error.url, error: state.error });
      }
    }
  }

  /** Returns the tickets to list under the `limit`, which warns once when it is invalid. */
  protected limited(tickets: readonly Ticket[]): readonly Ticket[] {
    const { limit } = this;
    if (limit === null || limit === 0) return tickets;
    if (Number.isInteger(limit) && limit > 0) return tickets.slice(0, limit);

    warnOnce(this.tag, `limit "${this.getAttribute('limit') ?? limit}" is not a whole number above 0; every ticket is listed.`);
    return tickets;
  }

  /** Returns the problems that concern what this element shows. */
  protected relevantProblems(payload: TicketsPayload, shown: readonly Ticket[]): TicketProblem[] {
    if (payload.problems.length === 0) return [];
    const shownIds = new Set(shown.map((ticket) => String(ticket.id)));
    return payload.problems.filter((problem) => !problem.shown || shownIds.has(problem.id ?? ''));
  }

  #announceLoad(payload: TicketsPayload): void {
    const tickets = this.shownOf(payload);
    const problems = this.relevantProblems(payload, tickets);
    if (problems.length > 0) {
      const store = this.data.store;
      const where = store && 'src' in store.source ? ` from ${store.source.src}` : '';
      const { skipped, partial } = countProblemRecords(problems);
      const parts = [
        skipped > 0 ? `${skipped} ${skipped === 1 ? 'record' : 'records'}${where} could not be shown` : '',
        partial > 0 ? `${partial} ${partial === 1 ? 'ticket is' : 'tickets are'} shown with fields left out` : '',
      ].filter(Boolean);
      console.warn(`<${this.tag}>: ${parts.join('; ')}:`, problems);
    }

    const detail: TicketsLoadDetail = { tickets, count: tickets.length, problems };
    emit(this, 'tickets-load', detail);
  }

  #binding(): StoreBinding {
    if (this.tickets !== undefined) {
      if (this.#recordsStore?.records !== this.tickets) {
        // New records from the host keep the objects of unchanged tickets,
        // as a refresh does, so only the changed cards render again.
        const previous = this.#recordsStore?.store.state.payload ?? null;
        this.#recordsStore = { records: this.tickets, store: new TicketStore({ records: this.tickets, previous }) };
      }
      return { store: this.#recordsStore.store };
    }

    const src = this.src?.trim();
    if (src) {
      const options = fetchOptionsOf(this.tag, this);
      return { key: storeKey(src, options), create: () => new TicketStore({ src, options }) };
    }

    const provided = this.provided?.store;
    return provided ? { store: provided } : null;
  }
}
