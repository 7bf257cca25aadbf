import { expect, fixture, html } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import '../../src/index.js';
import type { LitElement } from 'lit';
import type { MyOpenTickets, TicketsProvider } from '../../src/index.js';
import { nextEvent, part, settle } from '../support/dom.js';
import { recordRequests, use } from '../support/mock-server.js';
import { record } from '../support/records.js';

// Connects and disconnects elements many times while their requests are in
// flight, and checks that nothing is left behind: no uncaught error, no
// unhandled rejection, no pending timer and no `visibilitychange` or
// `online` listener.

const SRC = '/api/slow-tickets';
const RESPONSE_DELAY = 100;
const CYCLES = 1000;

// The test's own waits use the browser's timers, so they are not counted.
const realSetTimeout = window.setTimeout.bind(window);
const pause = (ms: number) => new Promise<void>((resolve) => realSetTimeout(resolve, ms));

const TRACKED_EVENTS = new Set(['visibilitychange', 'online']);

interface Listener {
  target: EventTarget;
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
}

/**
 * Replaces the window's timer functions and the `addEventListener` and
 * `removeEventListener` of `window` and `document` with wrappers that count
 * the timers not yet fired or cleared and the tracked listeners not yet
 * removed. `restore` puts the originals back.
 */
class ResourceTracker {
  readonly timers = new Set<number>();
  readonly listeners: Listener[] = [];
  /** The maximum number of timers and tracked listeners outstanding at once, which shows that the wrappers saw the elements' own. */
  readonly peak = { timers: 0, listeners: 0 };
  #restores: (() => void)[] = [];

  install(): void {
    this.#wrapTimers('setTimeout', 'clearTimeout', true);
    this.#wrapTimers('setInterval', 'clearInterval', false);
    this.#wrapListeners(window);
    this.#wrapListeners(document);
  }

  restore(): void {
    for (const restore of this.#restores.splice(0).reverse()) restore();
  }

  /** Returns the outstanding listeners as sorted `target type` strings, such as `document visibilitychange`. */
  listenerTypes(): string[] {
    return this.listeners.map((entry) => `${entry.target === document ? 'document' : 'window'} ${entry.type}`).sort();
  }

  #wrapTimers(setName: 'setTimeout' | 'setInterval', clearName: 'clearTimeout' | 'clearInterval', firesOnce: boolean): void {
    type SetTimer = (handler: TimerHandler, timeout?: number, ...args: unknown[]) => number;
    type ClearTimer = (id?: number) => void;
    const globals = window as unknown as Record<string, SetTimer | ClearTimer>;
    const set = globals[setName] as SetTimer;
    const clear = globals[clearName] as ClearTimer;
    const timers = this.timers;
    const peak = this.peak;

    const wrappedSet: SetTimer = (handler, timeout, ...args) => {
      let id = 0;
      const callback =
        typeof handler === 'function' && firesOnce
          ? (...callbackArgs: unknown[]) => {
              timers.delete(id);
              (handler as (...values: unknown[]) => void)(...callbackArgs);
            }
          : handler;
      id = set.call(window, callback, timeout, ...args);
      timers.add(id);
      peak.timers = Math.max(peak.timers, timers.size);
      return id;
    };
    const wrappedClear: ClearTimer = (id) => {
      if (id !== undefined) timers.delete(id);
      clear.call(window, id);
    };
    globals[setName] = wrappedSet;
    globals[clearName] = wrappedClear;
    this.#restores.push(() => {
      globals[setName] = set;
      globals[clearName] = clear;
    });
  }

  #wrapListeners(target: Window | Document): void {
    const add: EventTarget['addEventListener'] = target.addEventListener;
    const remove: EventTarget['removeEventListener'] = target.removeEventListener;
    const listeners = this.listeners;
    const peak = this.peak;
    const captureOf = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
    const indexOf = (type: string, listener: EventListenerOrEventListenerObject, capture: boolean) =>
      listeners.findIndex((entry) => entry.target === target && entry.type === type && entry.listener === listener && entry.capture === capture);

    target.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (listener && TRACKED_EVENTS.has(type)) {
        const capture = captureOf(options);
        if (indexOf(type, listener, capture) === -1) listeners.push({ target, type, listener, capture });
        peak.listeners = Math.max(peak.listeners, listeners.length);
      }
      add.call(this, type, listener, options);
    };
    target.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (listener && TRACKED_EVENTS.has(type)) {
        const index = indexOf(type, listener, captureOf(options));
        if (index !== -1) listeners.splice(index, 1);
      }
      remove.call(this, type, listener, options);
    };
    this.#restores.push(() => {
      delete (target as { addEventListener?: unknown }).addEventListener;
      delete (target as { removeEventListener?: unknown }).removeEventListener;
    });
  }
}

/** Collects uncaught errors and unhandled rejections until `stop` is called. */
function watchFailures(): { failures: string[]; stop: () => void } {
  const failures: string[] = [];
  const onError = (event: ErrorEvent) => failures.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => failures.push(`unhandled rejection: ${String(event.reason)}`);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    failures,
    stop: () => {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Waits until `predicate` holds, polling with the browser's own timer. Returns whether it held within `timeout` milliseconds. */
async function waitFor(predicate: () => boolean, timeout: number): Promise<boolean> {
  const deadline = performance.now() + timeout;
  while (!predicate()) {
    if (performance.now() > deadline) return false;
    await pause(20);
  }
  return true;
}

/** Counts the requests that reached the handler, and waits for the next one. */
class Arrivals {
  count = 0;
  #lastAt = performance.now();
  #waiting: (() => void)[] = [];

  record(): void {
    this.count += 1;
    this.#lastAt = performance.now();
    for (const resolve of this.#waiting.splice(0)) resolve();
  }

  /** Returns the milliseconds since the last request arrived. */
  quietFor(): number {
    return performance.now() - this.#lastAt;
  }

  /** Resolves when the next request arrives, or after `timeout` milliseconds. */
  next(timeout: number): Promise<void> {
    return new Promise((resolve) => {
      this.#waiting.push(resolve);
      realSetTimeout(resolve, timeout);
    });
  }
}

/** Serves one ticket after a delay. */
function serveSlowly(): Arrivals {
  const arrivals = new Arrivals();
  use(
    http.get(SRC, async () => {
      arrivals.record();
      await delay(RESPONSE_DELAY);
      return HttpResponse.json([record()]);
    }),
  );
  return arrivals;
}

/**
 * Connects `element` to `container` and disconnects it {@link CYCLES} times.
 * Every tenth time it waits until the request reaches the handler before it
 * disconnects. Every seventh time it lets the element render its loading
 * state first. The other times it disconnects in the same task.
 */
async function cycle(container: Element, element: LitElement, arrivals: Arrivals): Promise<void> {
  for (let index = 0; index < CYCLES; index += 1) {
    container.append(element);
    if (index % 10 === 0) {
      await arrivals.next(2000);
    } else if (index % 7 === 0) {
      await element.updateComplete;
    }
    element.remove();
  }
}

describe('lifecycle under load', () => {
  let tracker: ResourceTracker;

  beforeEach(() => {
    tracker = new ResourceTracker();
  });

  afterEach(() => {
    tracker.restore();
  });

  const setups: { name: string; build: () => { element: LitElement; list: MyOpenTickets } }[] = [
    {
      name: '<my-open-tickets>',
      build: () => {
        const list = document.createElement('my-open-tickets');
        list.src = SRC;
        list.refreshInterval = 30;
        return { element: list, list };
      },
    },
    {
      name: '<tickets-provider> with a list and a summary',
      build: () => {
        const provider = document.createElement('tickets-provider');
        provider.src = SRC;
        provider.refreshInterval = 30;
        const list = document.createElement('my-open-tickets');
        provider.append(list, document.createElement('due-tickets-summary'));
        return { element: provider, list };
      },
    },
  ];

  for (const setup of setups) {
    it(`leaves nothing behind after ${CYCLES} cycles of ${setup.name}`, async function () {
      this.timeout(90_000);
      const arrivals = serveSlowly();
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const { element, list } = setup.build();
      const watch = watchFailures();
      tracker.install();
      const baseline = { timers: tracker.timers.size, listeners: tracker.listenerTypes() };

      try {
        await cycle(container, element, arrivals);
        // msw hands every request to its handler, aborted ones too, so the
        // handlers' own delay timers drain only once msw has caught up.
        await waitFor(() => arrivals.quietFor() > RESPONSE_DELAY * 3 && tracker.timers.size <= baseline.timers, 30_000);
      } finally {
        tracker.restore();
        watch.stop();
      }

      expect(watch.failures, 'uncaught errors and rejections').to.deep.equal([]);
      expect(tracker.timers.size, 'pending timers').to.equal(baseline.timers);
      expect(tracker.listenerTypes(), 'visibilitychange and online listeners').to.deep.equal(baseline.listeners);
      expect(arrivals.count, 'requests that reached the handler').to.be.within(CYCLES / 10, CYCLES);
      expect(tracker.peak.timers, 'most timers at once').to.be.above(baseline.timers);
      expect(tracker.peak.listeners, 'most listeners at once').to.be.above(baseline.listeners.length);

      container.append(element);
      await settle(list, () => part(list, 'count') !== null);

      expect(part(list, 'count')!.textContent, 'count after the last connect').to.equal('(1)');
    });
  }

  it('leaves no online listener after offline failures', async function () {
    this.timeout(30_000);
    use(http.get(SRC, () => HttpResponse.error()));
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const list = document.createElement('my-open-tickets');
    list.src = SRC;
    const watch = watchFailures();
    tracker.install();
    const baseline = tracker.listenerTypes();
    let errorsShown = 0;

    try {
      for (let index = 0; index < 100; index += 1) {
        const failed = nextEvent(list, 'tickets-error').then(() => true);
        container.append(list);
        if (await Promise.race([failed, pause(2000).then(() => false)])) errorsShown += 1;
        list.remove();
      }
      await pause(100);
    } finally {
      tracker.restore();
      watch.stop();
      delete (navigator as { onLine?: boolean }).onLine;
    }

    expect(errorsShown, 'offline errors shown').to.equal(100);
    expect(watch.failures, 'uncaught errors and rejections').to.deep.equal([]);
    expect(tracker.listenerTypes(), 'visibilitychange and online listeners').to.deep.equal(baseline);
  });
});

describe('<tickets-provider> src changes', () => {
  const loaded = (el: MyOpenTickets) => part(el, 'count') !== null;

  it('requests only the last of 20 src values', async () => {
    const log = recordRequests();
    use(http.get('/api/tickets/:n', ({ params }) => HttpResponse.json([record({ id: Number(params.n) })])));
    const provider = await fixture<TicketsProvider>(html`<tickets-provider><my-open-tickets></my-open-tickets></tickets-provider>`);
    const list = provider.querySelector('my-open-tickets')!;

    for (let n = 1; n <= 20; n += 1) provider.src = `/api/tickets/${n}`;
    await settle(list, () => loaded(list));

    expect(log.urls.map((url) => new URL(url).pathname)).to.deep.equal(['/api/tickets/20']);
    expect((list.shadowRoot!.querySelector('ticket-card')!.ticket as { id: number }).id).to.equal(20);
  });

  it('requests only the last of 20 src attributes', async () => {
    const log = recordRequests();
    use(http.get('/api/tickets/:n', ({ params }) => HttpResponse.json([record({ id: Number(params.n) })])));
    const provider = await fixture<TicketsProvider>(html`<tickets-provider><my-open-tickets></my-open-tickets></tickets-provider>`);
    const list = provider.querySelector('my-open-tickets')!;

    for (let n = 1; n <= 20; n += 1) provider.setAttribute('src', `/api/tickets/${n}`);
    await settle(list, () => loaded(list));

    expect(log.urls.map((url) => new URL(url).pathname)).to.deep.equal(['/api/tickets/20']);
    expect((list.shadowRoot!.querySelector('ticket-card')!.ticket as { id: number }).id).to.equal(20);
  });

  it('shows the last of 20 src values in flight', async () => {
    const log = recordRequests();
    use(
      http.get('/api/tickets/:n', async ({ params }) => {
        await delay(50);
        return HttpResponse.json([record({ id: Number(params.n) })]);
      }),
    );
    const provider = await fixture<TicketsProvider>(html`<tickets-provider><my-open-tickets></my-open-tickets></tickets-provider>`);
    const list = provider.querySelector('my-open-tickets')!;

    for (let n = 1; n <= 20; n += 1) {
      provider.src = `/api/tickets/${n}`;
      await provider.updateComplete;
    }
    await settle(list, () => loaded(list) && !list.hasAttribute('aria-busy'));
    await pause(100);

    expect(log.urls.map((url) => new URL(url).pathname).at(-1)).to.equal('/api/tickets/20');
    expect((list.shadowRoot!.querySelector('ticket-card')!.ticket as { id: number }).id).to.equal(20);
  });
});
