import { type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_TIMEOUT, type TransportOptions } from '../data/fetch-tickets.js';
import type { TicketSource } from '../data/ticket-store.js';
import type { Ticket, TicketProblem, TicketsPayload } from '../data/types.js';
import { emit, type TicketsLoadDetail } from './events.js';
import { TicketsController } from './tickets-controller.js';
import { TicketViewElement } from './ticket-view-element.js';
import { warnOnce } from './warn.js';

const CREDENTIALS: readonly RequestCredentials[] = ['same-origin', 'include', 'omit'];

const SOURCE_PROPERTIES = ['src', 'tickets', 'headers', 'credentials', 'timeout', 'fetcher'] as const;

/**
 * An element that shows tickets loaded from `src`, or given in `tickets`.
 * It sends the `tickets-load` and `tickets-error` events; subclasses say
 * which tickets they show through {@link shownTickets}.
 */
export abstract class TicketsSourceElement extends TicketViewElement {
  /** URL of the tickets endpoint. */
  @property() src: string | null = null;

  /** Show only tickets assigned to this user id. */
  @property({ attribute: 'user-id' }) userId: string | null = null;

  /**
   * Tickets in the endpoint's format, an array or an object with a `data`
   * array. When set, no request is sent.
   */
  @property({ attribute: false }) tickets: unknown = undefined;

  /** Extra request headers, such as `{ Authorization: 'Bearer …' }`. */
  @property({ attribute: false }) headers: HeadersInit | undefined = undefined;

  /** Whether requests send cookies: `same-origin` (default), `include` or `omit`. */
  @property() credentials: RequestCredentials | null = null;

  /** Milliseconds one page request may take; 15000 by default. */
  @property({ type: Number }) timeout: number | null = null;

  /** A function with `fetch`'s signature to send requests with. */
  @property({ attribute: false }) fetcher: typeof fetch | undefined = undefined;

  protected readonly data = new TicketsController(this);

  #announcedPayload: TicketsPayload | null = null;
  #announcedError: unknown = null;

  /** Loads the tickets again; resolves when the load ends, whether it succeeded or not. */
  refresh(): Promise<void> {
    return this.data.refresh();
  }

  /** Returns the tickets this element shows from a load, in display order. */
  protected abstract shownTickets(tickets: readonly Ticket[]): Ticket[];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (SOURCE_PROPERTIES.some((name) => changed.has(name))) this.data.setSource(this.#source());
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
    }
  }

  /** Returns the problems that concern what this element shows. */
  protected relevantProblems(payload: TicketsPayload, shown: readonly Ticket[]): TicketProblem[] {
    const shownIds = new Set(shown.map((ticket) => String(ticket.id)));
    return payload.problems.filter((problem) => !problem.shown || shownIds.has(problem.id ?? ''));
  }

  #announceLoad(payload: TicketsPayload): void {
    const tickets = this.shownTickets(payload.tickets);
    const problems = this.relevantProblems(payload, tickets);
    if (problems.length > 0) {
      const where = typeof this.src === 'string' && this.tickets === undefined ? ` from ${this.src}` : '';
      console.warn(`<${this.tag}>: ${problems.length} ticket records${where} could not be shown in full:`, problems);
    }

    const detail: TicketsLoadDetail = { tickets, count: tickets.length, problems };
    emit(this, 'tickets-load', detail);
  }

  #source(): TicketSource | null {
    if (this.tickets !== undefined) return { records: this.tickets };

    const src = this.src?.trim();
    if (!src) return null;

    const transport: TransportOptions = {
      headers: this.headers,
      credentials: this.#credentials(),
      timeout: this.#timeout(),
      fetcher: typeof this.fetcher === 'function' ? this.fetcher : undefined,
    };
    return { src, transport };
  }

  #credentials(): RequestCredentials | undefined {
    const value = this.credentials;
    if (value === null || value === ('' as RequestCredentials)) return undefined;
    if (CREDENTIALS.includes(value)) return value;

    warnOnce(this.tag, `credentials "${value}" is not one of same-origin, include or omit; using same-origin.`);
    return undefined;
  }

  #timeout(): number | undefined {
    const value = this.timeout;
    if (value === null) return undefined;
    if (Number.isFinite(value) && value > 0) return value;

    warnOnce(this.tag, `timeout "${this.getAttribute('timeout') ?? value}" is not a positive number of milliseconds; using ${DEFAULT_TIMEOUT}.`);
    return undefined;
  }
}
