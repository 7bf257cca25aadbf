import { TicketsError } from './errors.js';
import { fetchTicketRecords, type TransportOptions } from './fetch-tickets.js';
import { parseRecords } from './parse-response.js';
import type { TicketsPayload } from './types.js';

/**
 * A snapshot of a store. `payload` is the last successful load and stays
 * while a refresh is pending and after a refresh fails, so a page never
 * empties on a slow or failed refresh.
 */
export interface TicketStoreState {
  payload: TicketsPayload | null;
  /** The error of the last load, cleared when a load succeeds. */
  error: TicketsError | null;
  /** Whether a request is in flight. */
  pending: boolean;
}

/** Where a store's records come from: an endpoint, or records the host supplies. */
export type TicketSource =
  | { src: string; transport?: TransportOptions }
  | { records: unknown };

export type TicketStoreListener = (state: TicketStoreState) => void;

/**
 * Loads, parses and holds the tickets of one source, and tells subscribers
 * about every change. It uses no element APIs, so a host page can create
 * one, subscribe and read its state on its own.
 */
export class TicketStore {
  readonly source: TicketSource;

  #state: TicketStoreState = { payload: null, error: null, pending: false };
  #listeners = new Set<TicketStoreListener>();
  #controller: AbortController | null = null;
  #inFlight: Promise<void> | null = null;

  constructor(source: TicketSource) {
    this.source = source;
    if ('records' in source) this.#applyRecords(source.records);
  }

  get state(): TicketStoreState {
    return this.#state;
  }

  /** Calls `listener` on every change; returns the function that unsubscribes. */
  subscribe(listener: TicketStoreListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Loads the records unless they are loaded or loading already. */
  load(): Promise<void> {
    if (this.#state.payload || this.#state.error) return Promise.resolve();
    return this.refresh();
  }

  /**
   * Loads the records again. A request already in flight is shared rather
   * than sent twice. The promise resolves once the load ends; a failure is
   * stored in the state, never thrown.
   */
  refresh(): Promise<void> {
    if (!('src' in this.source)) return Promise.resolve();
    if (this.#inFlight) return this.#inFlight;

    const controller = new AbortController();
    this.#controller = controller;
    this.#set({ ...this.#state, pending: true });

    const request = this.#request(this.source.src, controller.signal, this.source.transport);
    this.#inFlight = request;
    return request;
  }

  /** Cancels the request in flight, if any, and keeps the current state. */
  abort(): void {
    if (!this.#controller) return;

    this.#controller.abort();
    this.#controller = null;
    this.#inFlight = null;
    this.#set({ ...this.#state, pending: false });
  }

  async #request(src: string, signal: AbortSignal, transport?: TransportOptions): Promise<void> {
    try {
      const records = await fetchTicketRecords(src, signal, transport);
      if (!signal.aborted) this.#set({ payload: parseRecords(records), error: null, pending: false });
    } catch (error) {
      if (signal.aborted) return;
      const failure =
        error instanceof TicketsError
          ? error
          : new TicketsError('invalid-response', `Loading tickets failed: ${String(error)}`, src, null, { cause: error });
      this.#set({ ...this.#state, error: failure, pending: false });
    } finally {
      if (this.#controller?.signal === signal) {
        this.#controller = null;
        this.#inFlight = null;
      }
    }
  }

  #applyRecords(records: unknown): void {
    const list = Array.isArray(records)
      ? records
      : typeof records === 'object' && records !== null && Array.isArray((records as { data?: unknown }).data)
        ? (records as { data: unknown[] }).data
        : null;

    if (list) {
      this.#state = { payload: parseRecords(list), error: null, pending: false };
      return;
    }

    const error = new TicketsError(
      'invalid-response',
      `The tickets property is ${records === null ? 'null' : typeof records}; expected an array of tickets.`,
      '',
    );
    this.#state = { payload: null, error, pending: false };
  }

  #set(state: TicketStoreState): void {
    this.#state = state;
    for (const listener of this.#listeners) listener(state);
  }
}
