// The in-page half of the benchmark. bench/run.mjs opens index.html with
// `?side=library`, `?side=floor` or `?side=probe` and calls the functions
// on `window.bench` one sample at a time. Each timed function returns
// milliseconds from performance.now().
import { BENCH_LOCALE, BENCH_TIME_ZONE, BENCH_TODAY, createBenchRecords, createRefreshedRecords, toJsonApiDocument } from './data.mjs';
import { createStyleSheets, FloorList, FloorSummary, normalizeRecords, recordsFromJsonApi } from './floor/floor.js';

const side = new URLSearchParams(location.search).get('side') ?? 'library';
const stage = document.getElementById('stage');
const view = { date: BENCH_TODAY, locale: BENCH_LOCALE, timeZone: BENCH_TIME_ZONE };

// The library bundle, loaded for the library and the probe only, so the
// floor's page runs no library code at all.
const library = side === 'floor' ? null : await import('/lib.js');

let data = null;
let floorSheets = null;
let timedStep = null;

/** Resolves after the next frame has been produced: a frame callback, then a task after it. */
function painted() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Resolves when the first frame from now has been painted: in a frame
 * callback, and then in a user-blocking task, which Chromium runs before
 * pending timers. So a chunk of a long list that a timer renders later is
 * not counted in the first screen.
 */
function firstFramePainted() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => globalThis.scheduler.postTask(resolve, { priority: 'user-blocking' }));
  });
}

// The long tasks seen since watchLongTasks(), in ms.
const longTasks = { observer: null, durations: [] };

/**
 * Runs a full garbage collection in a task of its own. V8 runs a plain
 * `gc()` with the stack state "may contain heap pointers", so Blink scans
 * the native stack conservatively, and one stale pointer into a removed tree
 * keeps every node and wrapper of it alive. With `execution: 'async'` V8
 * collects from a posted task with no stack to scan (V8's
 * src/extensions/gc-extension.cc). At 10,000 tickets a removed list stayed
 * at 64.7 MB of heap after `gc()` and fell to 18.8 MB after this.
 */
async function collectGarbage() {
  if (typeof globalThis.gc !== 'function') throw new Error('gc() is missing; launch Chromium with --js-flags=--expose-gc.');
  await globalThis.gc({ type: 'major', execution: 'async' });
}

function setView(element) {
  element.setAttribute('date', view.date);
  element.setAttribute('locale', view.locale);
  element.setAttribute('time-zone', view.timeZone);
  return element;
}

async function connectedElement(tag, attributes = {}) {
  const element = setView(document.createElement(tag));
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  stage.append(element);
  await element.updateComplete;
  return element;
}

/** Waits until a list and all of its cards have rendered and a frame has been painted; returns the card count. */
async function settledList(list) {
  await list.updateComplete;
  const cards = list.shadowRoot.querySelectorAll('ticket-card');
  await Promise.all(Array.from(cards, (card) => card.updateComplete));
  await painted();
  return cards.length;
}

const COMPLETE_TIMEOUT = 300_000;

/** Chooses the record set that `/api/tickets` returns: `initial` or `refreshed`. */
async function useEndpointVariant(name) {
  const response = await fetch(`/api/tickets/variant?name=${name}`);
  if (!response.ok) throw new Error(`Switching the endpoint to "${name}" failed with HTTP ${response.status}.`);
}

// Each store is shared by URL across the page and may outlive a removed
// element, so every sample uses a URL of its own. The server ignores the query.
let endpointSample = 0;
const endpointUrl = () => `/api/tickets?sample=${++endpointSample}`;

async function fetchRecords(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} failed with HTTP ${response.status}.`);
  return (await response.json()).data;
}

/**
 * Waits until a list shows `expected` cards, however many updates that
 * takes, then until they have rendered and a frame has been painted.
 * Long lists render in chunks, one task apart.
 */
async function completedList(list, expected) {
  const deadline = performance.now() + COMPLETE_TIMEOUT;
  for (;;) {
    await list.updateComplete;
    if (list.shadowRoot.querySelectorAll('ticket-card').length >= expected) break;
    if (performance.now() > deadline) throw new Error(`The list did not show ${expected} cards within ${COMPLETE_TIMEOUT / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return settledList(list);
}

function floorHost(tag) {
  const host = document.createElement(tag);
  stage.append(host);
  return host;
}

/** Counts the nodes of every type in the document and in every shadow root, the roots included. */
function countNodes() {
  const counts = { nodes: 0, elements: 0, shadowRoots: 0 };
  const visit = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      counts.nodes += 1;
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      counts.elements += 1;
      if (node.shadowRoot) {
        counts.shadowRoots += 1;
        visit(node.shadowRoot);
      }
    }
  };
  visit(document);
  return counts;
}

// Each workload sets up untimed and returns the timed step, which returns
// `{ ms, items }`: the milliseconds and the number of items it rendered.
const libraryWorkloads = {
  /** Until the first frame is painted: every card of a short list, the first chunk of a long one. */
  async firstScreen() {
    const list = await connectedElement('my-open-tickets');
    return async () => {
      const start = performance.now();
      list.tickets = data.records;
      await list.updateComplete;
      await Promise.all(Array.from(list.shadowRoot.querySelectorAll('ticket-card'), (card) => card.updateComplete));
      await firstFramePainted();
      const ms = performance.now() - start;
      const items = list.shadowRoot.querySelectorAll('ticket-card').length;
      // Removing the list cancels the chunks still to come, which would
      // otherwise run before the CPU counters are read.
      list.remove();
      return { ms, items };
    };
  },

  /** Until every card is rendered and painted. */
  async firstRender() {
    const list = await connectedElement('my-open-tickets');
    return async () => {
      const start = performance.now();
      list.tickets = data.records;
      const items = await completedList(list, data.openCount);
      return { ms: performance.now() - start, items };
    };
  },

  async refresh() {
    const list = await connectedElement('my-open-tickets');
    list.tickets = data.records;
    await completedList(list, data.openCount);
    return async () => {
      const start = performance.now();
      list.tickets = data.refreshed;
      const items = await completedList(list, data.openCount);
      return { ms: performance.now() - start, items };
    };
  },

  /** `refresh()` against the bench server, from the request to every card painted. */
  async refreshFromEndpoint() {
    await useEndpointVariant('initial');
    const list = await connectedElement('my-open-tickets', { src: endpointUrl() });
    await completedList(list, data.openCount);
    await useEndpointVariant('refreshed');
    return async () => {
      const start = performance.now();
      await list.refresh();
      const items = await completedList(list, data.openCount);
      return { ms: performance.now() - start, items };
    };
  },

  async summary() {
    const summary = await connectedElement('due-tickets-summary');
    return async () => {
      const start = performance.now();
      summary.tickets = data.records;
      await summary.updateComplete;
      await painted();
      return { ms: performance.now() - start, items: summary.shadowRoot.querySelectorAll('[part~="item"]').length };
    };
  },

  async parse(format) {
    const body = format === 'jsonapi' ? data.jsonApiBody : data.plainBody;
    return async () => {
      const start = performance.now();
      const page = library.decodePage(body, '/api/tickets', { format });
      const payload = library.parseRecords(page.records, page.warnings);
      return { ms: performance.now() - start, items: payload.tickets.length };
    };
  },
};

const floorWorkloads = {
  async firstScreen() {
    const host = floorHost('floor-open-tickets');
    const list = new FloorList(host, { sheets: floorSheets.value, ...view });
    return async () => {
      const start = performance.now();
      list.render(data.records);
      await firstFramePainted();
      const ms = performance.now() - start;
      const items = host.shadowRoot.querySelectorAll('floor-card').length;
      list.cancel();
      host.remove();
      return { ms, items };
    };
  },

  async firstRender() {
    const list = new FloorList(floorHost('floor-open-tickets'), { sheets: floorSheets.value, ...view });
    return async () => {
      const start = performance.now();
      const { count, done } = list.render(data.records);
      await done;
      await painted();
      return { ms: performance.now() - start, items: count };
    };
  },

  async refresh() {
    const list = new FloorList(floorHost('floor-open-tickets'), { sheets: floorSheets.value, ...view });
    await list.render(data.records).done;
    await painted();
    return async () => {
      const start = performance.now();
      const { count, done } = list.render(data.refreshed);
      await done;
      await painted();
      return { ms: performance.now() - start, items: count };
    };
  },

  async refreshFromEndpoint() {
    await useEndpointVariant('initial');
    const list = new FloorList(floorHost('floor-open-tickets'), { sheets: floorSheets.value, ...view });
    await list.render(await fetchRecords(endpointUrl())).done;
    await painted();
    await useEndpointVariant('refreshed');
    return async () => {
      const start = performance.now();
      const { count, done } = list.render(await fetchRecords(endpointUrl()));
      await done;
      await painted();
      return { ms: performance.now() - start, items: count };
    };
  },

  async summary() {
    const summary = new FloorSummary(floorHost('floor-due-summary'), { sheets: floorSheets.value, ...view });
    return async () => {
      const start = performance.now();
      const items = summary.render(data.records);
      await painted();
      return { ms: performance.now() - start, items };
    };
  },

  async parse(format) {
    const body = format === 'jsonapi' ? data.jsonApiBody : data.plainBody;
    return async () => {
      const start = performance.now();
      const tickets = normalizeRecords(format === 'jsonapi' ? recordsFromJsonApi(body) : body.data);
      return { ms: performance.now() - start, items: tickets.length };
    };
  },
};

// --- Probe: styles and a comparison of the floor's markup with the library's.

function cssTextsOf(element) {
  return element.elementStyles.map((style) => style.cssText ?? Array.from(style.cssRules, (rule) => rule.cssText).join('\n'));
}

const FLOOR_TAGS = { 'floor-card': 'ticket-card', 'floor-open-tickets': 'my-open-tickets', 'floor-due-summary': 'due-tickets-summary' };

/**
 * Describes the elements under `root`, one line each: tag, sorted classes,
 * attributes and the element's own text with white space folded. Comments,
 * white-space-only text and shadow roots below are left out, so Lit's
 * markers and the template's indentation do not count as differences.
 */
function markupOutline(root) {
  const lines = [];
  const visit = (parent, depth) => {
    for (const node of parent.childNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const tag = FLOOR_TAGS[node.localName] ?? node.localName;
      const classes = (node.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).sort();
      const attributes = Array.from(node.attributes, ({ name, value }) => (name === 'class' ? null : `${name}="${value}"`)).filter(Boolean).sort();
      const text = Array.from(node.childNodes, (child) => (child.nodeType === Node.TEXT_NODE ? child.data : '')).join('').replace(/\s+/g, ' ').trim();
      lines.push(`${'  '.repeat(depth)}<${[tag, ...classes].join('.')}${attributes.length ? ` ${attributes.join(' ')}` : ''}>${text ? ` ${JSON.stringify(text)}` : ''}`);
      visit(node, depth + 1);
    }
  };
  visit(root, 0);
  return lines;
}

function firstDifference(view, expected, actual) {
  const length = Math.max(expected.length, actual.length);
  for (let index = 0; index < length; index++) {
    if (expected[index] !== actual[index]) {
      return { view, line: index + 1, library: expected[index] ?? '(none)', floor: actual[index] ?? '(none)' };
    }
  }
  return null;
}

const probe = {
  styles() {
    const { TicketCard, MyOpenTickets, DueTicketsSummary } = library;
    return { card: cssTextsOf(TicketCard), list: cssTextsOf(MyOpenTickets), summary: cssTextsOf(DueTicketsSummary) };
  },

  /** Renders `count` records with both and returns the differences in markup, at most one per view or card. */
  async compareMarkup(count) {
    const records = createBenchRecords(count, { seed: 7 });
    const sheets = createStyleSheets(probe.styles());

    const list = await connectedElement('my-open-tickets');
    list.tickets = records;
    await completedList(list, records.length);
    const floorList = new FloorList(floorHost('floor-open-tickets'), { sheets, ...view });
    await floorList.render(records).done;

    const summary = await connectedElement('due-tickets-summary');
    summary.tickets = records;
    await summary.updateComplete;
    const floorSummary = new FloorSummary(floorHost('floor-due-summary'), { sheets, ...view });
    floorSummary.render(records);

    const floorListHost = stage.querySelector('floor-open-tickets');
    const differences = [
      firstDifference('list', markupOutline(list.shadowRoot), markupOutline(floorListHost.shadowRoot)),
      firstDifference('summary', markupOutline(summary.shadowRoot), markupOutline(stage.querySelector('floor-due-summary').shadowRoot)),
    ];
    const cards = list.shadowRoot.querySelectorAll('ticket-card');
    const floorCards = floorListHost.shadowRoot.querySelectorAll('floor-card');
    cards.forEach((card, index) => {
      const floorCard = floorCards[index];
      differences.push(firstDifference(`card ${index + 1}`, markupOutline(card.shadowRoot), floorCard ? markupOutline(floorCard.shadowRoot) : []));
    });
    stage.replaceChildren();
    return differences.filter(Boolean);
  },
};

window.bench = {
  side,

  /** Generates the records for `count` tickets in the page, so no data crosses the protocol. */
  prepare({ count, styles }) {
    const records = createBenchRecords(count);
    const refreshed = createRefreshedRecords(records);
    data = {
      records,
      refreshed: refreshed.records,
      changed: refreshed.changed,
      // Every generated record is an open ticket, and the refresh closes one
      // and adds one, so both sets list this many cards.
      openCount: records.length,
      plainBody: { data: records, links: { next: null } },
      jsonApiBody: toJsonApiDocument(records),
    };
    if (styles) floorSheets = { value: createStyleSheets(styles) };
    return { records: records.length };
  },

  /**
   * Sets up one sample of `workload`: clears the stage, collects garbage,
   * does the untimed steps and collects garbage again. `measure()` then
   * runs the timed step, so the caller can read CPU counters right around
   * it.
   */
  async setUp(workload, argument) {
    stage.replaceChildren();
    await collectGarbage();
    await painted();
    const workloads = side === 'floor' ? floorWorkloads : libraryWorkloads;
    timedStep = await workloads[workload](argument);
    // So that the timed step does not collect what the untimed steps left,
    // such as the first render before a refresh.
    await collectGarbage();
  },

  /** Runs the step that `setUp` prepared; returns `{ ms, items }`. */
  async measure() {
    if (!timedStep) throw new Error('measure() needs a setUp() first.');
    const step = timedStep;
    timedStep = null;
    return step();
  },

  /** Sets up and measures one sample. */
  async run(workload, argument) {
    await window.bench.setUp(workload, argument);
    return window.bench.measure();
  },

  /** Removes what the last sample rendered, so an idle page keeps no large DOM. */
  clear() {
    stage.replaceChildren();
  },

  /** Times JSON.parse of the response text, the step before either side's parsing. */
  jsonParse(format) {
    const text = JSON.stringify(format === 'jsonapi' ? data.jsonApiBody : data.plainBody);
    const start = performance.now();
    JSON.parse(text);
    return { ms: performance.now() - start, bytes: text.length };
  },

  /** Starts recording the main thread's long tasks, those over 50 ms. */
  watchLongTasks() {
    longTasks.durations = [];
    longTasks.observer?.disconnect();
    longTasks.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.durations.push(entry.duration);
    });
    longTasks.observer.observe({ type: 'longtask' });
  },

  /** Stops recording and returns how many long tasks ran and the longest in ms. */
  stopLongTasks() {
    for (const entry of longTasks.observer?.takeRecords() ?? []) longTasks.durations.push(entry.duration);
    longTasks.observer?.disconnect();
    longTasks.observer = null;
    const { durations } = longTasks;
    return { count: durations.length, longest: durations.length > 0 ? Math.max(...durations) : 0 };
  },

  /** Returns the JS heap in bytes after two forced collections, and the DOM node counts. */
  async footprint() {
    await collectGarbage();
    await collectGarbage();
    if (!performance.memory) throw new Error('performance.memory is missing; this is not a Chromium browser.');
    return { heap: performance.memory.usedJSHeapSize, ...countNodes() };
  },

  /**
   * Counts which cards update when a refresh changes three tickets, by
   * wrapping TicketCard's `updated` for the duration of the refresh.
   * `source` is `tickets` for a new `tickets` array, or `endpoint` for
   * `refresh()` against the bench server.
   */
  async countRefreshUpdates(source) {
    stage.replaceChildren();
    let list;
    if (source === 'endpoint') {
      await useEndpointVariant('initial');
      list = await connectedElement('my-open-tickets', { src: endpointUrl() });
    } else {
      list = await connectedElement('my-open-tickets');
      list.tickets = data.records;
    }
    await completedList(list, data.openCount);
    const before = new Set(list.shadowRoot.querySelectorAll('ticket-card'));

    const prototype = library.TicketCard.prototype;
    const hadOwn = Object.prototype.hasOwnProperty.call(prototype, 'updated');
    const original = prototype.updated;
    const updated = new Set();
    prototype.updated = function (changed) {
      updated.add(this);
      return original.call(this, changed);
    };
    try {
      if (source === 'endpoint') {
        await useEndpointVariant('refreshed');
        await list.refresh();
      } else {
        list.tickets = data.refreshed;
      }
      await completedList(list, data.openCount);
    } finally {
      if (hadOwn) prototype.updated = original;
      else delete prototype.updated;
    }

    const after = [...list.shadowRoot.querySelectorAll('ticket-card')];
    const keptCards = after.filter((card) => before.has(card));
    return {
      cards: after.length,
      kept: keptCards.length,
      created: after.length - keptCards.length,
      keptAndUpdated: keptCards.filter((card) => updated.has(card)).length,
    };
  },

  /** Loads `/api/tickets` once into a list and a summary under one provider; returns their counts. */
  async providerLoad() {
    stage.replaceChildren();
    await useEndpointVariant('initial');
    const provider = setView(document.createElement('tickets-provider'));
    const url = endpointUrl();
    provider.setAttribute('src', url);
    const list = document.createElement('my-open-tickets');
    const summary = document.createElement('due-tickets-summary');
    provider.append(list, summary);
    stage.append(provider);

    const countOf = (element) => element.shadowRoot?.querySelector('[part~="count"]')?.textContent ?? null;
    const deadline = performance.now() + 30_000;
    while (countOf(list) === null || countOf(summary) === null) {
      if (performance.now() > deadline) throw new Error('The list and the summary did not load /api/tickets within 30 s.');
      await painted();
    }
    const resources = performance.getEntriesByType('resource').filter((entry) => entry.name === new URL(url, location.href).href);
    return { list: countOf(list), summary: countOf(summary), resourceEntries: resources.length };
  },

  probe,
};
window.dispatchEvent(new Event('bench-ready'));
