import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TicketStore, type TicketSource, type TicketStoreState } from '../data/ticket-store.js';

/**
 * Connects an element to the {@link TicketStore} of its source: subscribes
 * while the element is connected, aborts the request in flight when it is
 * removed, and loads again when it is put back.
 */
export class TicketsController implements ReactiveController {
  #host: ReactiveControllerHost;
  #store: TicketStore | null = null;
  #unsubscribe: (() => void) | null = null;
  #connected = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The current store's state, or `null` while the element has no source. */
  get state(): TicketStoreState | null {
    return this.#store?.state ?? null;
  }

  /** Replaces the source; the previous store's request is aborted. */
  setSource(source: TicketSource | null): void {
    this.#detach();
    this.#store = source ? new TicketStore(source) : null;
    if (this.#connected) this.#attach();
  }

  /** Loads the current source again; resolves when the load ends. */
  refresh(): Promise<void> {
    return this.#store?.refresh() ?? Promise.resolve();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#attach();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#detach();
  }

  #attach(): void {
    const store = this.#store;
    if (!store || this.#unsubscribe) return;

    this.#unsubscribe = store.subscribe(() => this.#host.requestUpdate());
    // A store that was loaded before the element was removed loads again,
    // and keeps its tickets on screen until the new response is in.
    void store.refresh();
  }

  #detach(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#store?.abort();
  }
}
