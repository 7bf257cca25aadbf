import { nextDayStartIn, todayIn } from './due.js';
import { TicketsError } from './errors.js';
import { fetchTicketRecords, type FetchOptions } from './fetch-tickets.js';
import { parseChangedRecords } from './reuse-tickets.js';
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
  /** Whether `payload` holds only the pages that loaded before `error`. */
  partial: boolean;
  /** Whether a request is in flight. */
  pending: boolean;
}

/** The source of a store's records: an endpoint, or records the host supplies. */
export type TicketSource =
  | { src: string; options?: FetchOptions }
  | {
      records: unknown;
      /**
       * The payload these records replace. A record that parseTicket would
       * read the same as the record of one of its tickets keeps that ticket
       * object and is not parsed again.
       */
      previous?: TicketsPayload | null;
    };

export type TicketStoreListener = (state: TicketStoreState) => void;

const INITIAL_STATE: TicketStoreState = { payload: null, error: null, partial: false, pending: false };

// Timers fire a little after the moment asked for, never before it, so a
// midnight check waits this long past midnight to be sure the day changed.
const MIDNIGHT_MARGIN = 50;

/**
 * Loads, parses and keeps the tickets of one source, and tells subscribers
 * about every change. It uses no element APIs, so a host page can create
 * one, subscribe and read its state on its own.
 *
 * While it has subscribers it can also refresh on an interval and report
 * each midnight; once the last subscriber leaves, it aborts its request and
 * clears its timers.
 */
export class TicketStore {
  readonly source: TicketSource;

  #state: TicketStoreState = INITIAL_STATE;
  #listeners = new Set<TicketStoreListener>();
  #controller: AbortController | null = null;
  #inFlight: Promise<void> | null = null;
  #loadedOnce = false;
  #lastLoadEnd = 0;

  #pollIntervals: number[] = [];
  #pollTimer: ReturnType<typeof setTimeout> | null = null;

  #dayListeners = new Map<string, Set<() => void>>();
  #days = new Map<string, string>();
  #dayTimer: ReturnType<typeof setTimeout> | null = null;

  #visibilityListening = false;
  #onlineListening = false;

  constructor(source: TicketSource) {
    this.source = source;
    if ('records' in source) this.#state = recordsState(source.records, source.previous ?? null);
  }

  get state(): TicketStoreState {
    return this.#state;
  }

  /** Whether the source is an endpoint, as opposed to records from the host. */
  get remote(): boolean {
    return 'src' in this.source;
  }

  /**
   * Calls `listener` on every change; returns the function that
   * unsubscribes. When the last subscriber leaves, the request in flight is
   * aborted and the timers stop.
   */
  subscribe(listener: TicketStoreListener): () => void {
    this.#listeners.add(listener);
    return () => {
      if (!this.#listeners.delete(listener) || this.#listeners.size > 0) return;
      this.abort();
      this.#stopTimers();
    };
  }

  /** Loads the records unless they were loaded or are loading already. */
  load(): Promise<void> {
    if (this.#inFlight) return this.#inFlight;
    if (this.#loadedOnce) return Promise.resolve();
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
    this.#clearPollTimer();
    this.#set({ ...this.#state, pending: true });

    const request = this.#request(this.source.src, controller.signal, this.source.options);
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

  /**
   * Refreshes every `seconds` while the page is visible; returns the
   * function that stops. With several callers the shortest interval wins.
   * A page that comes back after being hidden longer than the interval
   * refreshes at once.
   */
  refreshEvery(seconds: number): () => void {
    const interval = seconds * 1000;
    this.#pollIntervals.push(interval);
    this.#listenToVisibility();
    this.#schedulePoll();

    return () => {
      const index = this.#pollIntervals.indexOf(interval);
      if (index === -1) return;
      this.#pollIntervals.splice(index, 1);
      this.#schedulePoll();
    };
  }

  /**
   * Calls `listener` when a new day starts in `timeZone`, so due states can
   * change at midnight without a request. One timer serves every zone.
   * Returns the function that stops.
   */
  onNewDay(timeZone: string, listener: () => void): () => void {
    let listeners = this.#dayListeners.get(timeZone);
    if (!listeners) {
      listeners = new Set();
      this.#dayListeners.set(timeZone, listeners);
      this.#days.set(timeZone, todayIn(timeZone));
    }
    listeners.add(listener);
    this.#listenToVisibility();
    this.#armDayTimer();

    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        this.#dayListeners.delete(timeZone);
        this.#days.delete(timeZone);
      }
      this.#armDayTimer();
    };
  }

  async #request(src: string, signal: AbortSignal, options?: FetchOptions): Promise<void> {
    try {
      const { records, warnings } = await fetchTicketRecords(src, signal, options);
      if (!signal.aborted) {
        const payload = parseChangedRecords(records, warnings, this.#state.payload);
        this.#set({ payload, error: null, partial: false, pending: false });
      }
    } catch (error) {
      if (signal.aborted) return;
      const state = this.#failedState(error, src);
      this.#set(state);
      if (state.error?.kind === 'offline') this.#listenForOnline();
    } finally {
      if (this.#controller?.signal === signal) {
        this.#controller = null;
        this.#inFlight = null;
        this.#loadedOnce = true;
        this.#lastLoadEnd = Date.now();
        this.#schedulePoll();
      }
    }
  }

  #failedState(error: unknown, src: string): TicketStoreState {
    const failure =
      error instanceof TicketsError
        ? error
        : new TicketsError('invalid-response', `Loading tickets failed: ${String(error)}`, src, null, { cause: error });

    // Pages that loaded before the failure are shown on a first load; on a
    // refresh the complete earlier list is the better one to keep.
    if (!this.#state.payload && failure.partial) {
      const { records, warnings } = failure.partial;
      return { payload: parseChangedRecords(records, warnings), error: failure, partial: true, pending: false };
    }
    return { ...this.#state, error: failure, pending: false };
  }

  #set(state: TicketStoreState): void {
    this.#state = state;
    for (const listener of [...this.#listeners]) listener(state);
  }

  #clearPollTimer(): void {
    if (this.#pollTimer !== null) clearTimeout(this.#pollTimer);
    this.#pollTimer = null;
  }

  #schedulePoll(): void {
    this.#clearPollTimer();
    if (this.#pollIntervals.length === 0 || this.#inFlight || isHidden()) return;

    // A store whose subscribers all left stopped listening; a caller that
    // polls again needs the hidden-tab pause back.
    this.#listenToVisibility();
    const interval = Math.min(...this.#pollIntervals);
    const delay = Math.max(0, interval - (Date.now() - this.#lastLoadEnd));
    this.#pollTimer = setTimeout(() => {
      this.#pollTimer = null;
      void this.refresh();
    }, delay);
  }

  #clearDayTimer(): void {
    if (this.#dayTimer !== null) clearTimeout(this.#dayTimer);
    this.#dayTimer = null;
  }

  #armDayTimer(): void {
    this.#clearDayTimer();
    if (this.#dayListeners.size === 0) return;

    const now = Date.now();
    const delays = [...this.#dayListeners.keys()].map((zone) => nextDayStartIn(zone, now) - now);
    this.#dayTimer = setTimeout(() => {
      this.#dayTimer = null;
      this.#checkDays();
    }, Math.min(...delays) + MIDNIGHT_MARGIN);
  }

  #checkDays(): void {
    for (const [zone, listeners] of [...this.#dayListeners]) {
      const today = todayIn(zone);
      if (this.#days.get(zone) === today) continue;

      this.#days.set(zone, today);
      for (const listener of [...listeners]) listener();
    }
    this.#armDayTimer();
  }

  #onVisibilityChange = (): void => {
    this.#schedulePoll();
    // A computer that slept past midnight fires no timer on time.
    if (!isHidden()) this.#checkDays();
  };

  #listenToVisibility(): void {
    if (this.#visibilityListening || typeof document === 'undefined') return;
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    this.#visibilityListening = true;
  }

  #onOnline = (): void => {
    this.#stopListeningForOnline();
    void this.refresh();
  };

  /** Loads again once the browser is back online, while anyone subscribes. */
  #listenForOnline(): void {
    if (this.#onlineListening || typeof window === 'undefined' || this.#listeners.size === 0) return;
    window.addEventListener('online', this.#onOnline);
    this.#onlineListening = true;
  }

  #stopListeningForOnline(): void {
    if (!this.#onlineListening) return;
    window.removeEventListener('online', this.#onOnline);
    this.#onlineListening = false;
  }

  #stopTimers(): void {
    this.#stopListeningForOnline();
    this.#clearPollTimer();
    this.#clearDayTimer();
    if (this.#visibilityListening) document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.#visibilityListening = false;
  }
}

function isHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

function recordsState(records: unknown, previous: TicketsPayload | null): TicketStoreState {
  const list = Array.isArray(records)
    ? records
    : typeof records === 'object' && records !== null && Array.isArray((records as { data?: unknown }).data)
      ? (records as { data: unknown[] }).data
      : null;
  if (list) return { ...INITIAL_STATE, payload: parseChangedRecords(list, [], previous) };

  const kind = records === null ? 'null' : typeof records;
  const error = new TicketsError('invalid-response', `The tickets property is ${kind}; expected an array of tickets.`, '');
  return { ...INITIAL_STATE, error };
}
