import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { acquireStore } from '../data/store-registry.js';
import type { TicketStore, TicketStoreState } from '../data/ticket-store.js';

/**
 * Which store an element uses: one it owns, one shared by key among the
 * elements of the page, or none.
 */
export type StoreBinding = { store: TicketStore } | { key: string; create: () => TicketStore } | null;

/** What the element wants from its store besides the data. */
export interface StoreTimers {
  /** Seconds between refreshes; 0 for none. */
  refreshInterval: number;
  /** The zone whose midnight should update the element, or `null` for none. */
  dayZone: string | null;
}

/**
 * Connects an element to its {@link TicketStore}: subscribes while the
 * element is connected, lets go when it is removed (the store aborts its
 * request once no element is left), and loads again when it is put back.
 */
export class TicketsController implements ReactiveController {
  #host: ReactiveControllerHost;
  #binding: StoreBinding = null;
  #timers: StoreTimers = { refreshInterval: 0, dayZone: null };
  #store: TicketStore | null = null;
  #attached: (() => void)[] = [];
  #timerStops: (() => void)[] = [];
  #connected = false;
  // Stores this element has shown before; attaching to one again refreshes
  // it, where a first attach only loads what is not loaded yet.
  #seen = new WeakSet<TicketStore>();
  // The last shared store, kept across a removal so that putting the
  // element back shows its tickets at once while they refresh.
  #previous: { key: string; store: TicketStore } | null = null;
  // The state shown while the element is removed: its store's last state,
  // so an element moved or put back keeps its cards, and the focus in them,
  // until its store reports again.
  #heldState: TicketStoreState | null = null;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The current store, or `null` while the element has no source. */
  get store(): TicketStore | null {
    return this.#store;
  }

  /** The current store's state, or `null` while the element has no source. */
  get state(): TicketStoreState | null {
    return this.#store?.state ?? this.#heldState;
  }

  /** Switches to another store; the previous one is let go. Binding the same store again does nothing. */
  bind(binding: StoreBinding): void {
    if (sameBinding(binding, this.#binding)) return;
    this.#heldState = null;
    this.#detach();
    this.#binding = binding;
    if (this.#connected) this.#attach();
  }

  /** Changes the refresh interval and the midnight zone. */
  setTimers(timers: StoreTimers): void {
    if (timers.refreshInterval === this.#timers.refreshInterval && timers.dayZone === this.#timers.dayZone) return;
    this.#timers = timers;
    this.#startTimers();
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
    this.#heldState = this.#store?.state ?? null;
    this.#detach();
  }

  #attach(): void {
    const binding = this.#binding;
    if (!binding || this.#store) return;

    let store: TicketStore;
    if ('store' in binding) {
      store = binding.store;
    } else {
      const previous = this.#previous?.key === binding.key ? this.#previous.store : null;
      const acquired = acquireStore(binding.key, () => previous ?? binding.create());
      store = acquired.store;
      this.#previous = { key: binding.key, store };
      this.#attached.push(acquired.release);
    }

    this.#store = store;
    this.#heldState = null;
    this.#attached.push(store.subscribe(() => this.#host.requestUpdate()));
    this.#startTimers();

    void (this.#seen.has(store) ? store.refresh() : store.load());
    this.#seen.add(store);
    this.#host.requestUpdate();
  }

  #startTimers(): void {
    for (const stop of this.#timerStops.splice(0)) stop();
    const store = this.#store;
    if (!store) return;

    const { refreshInterval, dayZone } = this.#timers;
    if (refreshInterval > 0 && store.remote) this.#timerStops.push(store.refreshEvery(refreshInterval));
    if (dayZone) this.#timerStops.push(store.onNewDay(dayZone, () => this.#host.requestUpdate()));
  }

  #detach(): void {
    for (const stop of this.#timerStops.splice(0)) stop();
    for (const release of this.#attached.splice(0)) release();
    // A removed element keeps showing its held state, so it needs no update.
    if (this.#store && this.#heldState === null) this.#host.requestUpdate();
    this.#store = null;
  }
}

function sameBinding(a: StoreBinding, b: StoreBinding): boolean {
  if (a === null || b === null) return a === b;
  if ('store' in a) return 'store' in b && a.store === b.store;
  return 'key' in b && a.key === b.key;
}
