// The floor: hand-written DOM code, no framework, that turns the same records
// into the same markup as <my-open-tickets>, <ticket-card> and
// <due-tickets-summary>. Each view is a <template> cloned once per item,
// with text set through textContent. The benchmark divides the library's
// times by these to show what the framework and the extra checks cost.
//
// Each card gets its own shadow root that adopts the same constructed style
// sheets as <ticket-card>, because the library pays for style scoping and a
// container query per card, and a light-DOM floor would hide that cost.
//
// NOTE: the markup mirrors src/ticket-card/ticket-card.ts,
// src/my-open-tickets/my-open-tickets.ts and
// src/due-tickets-summary/due-tickets-summary.ts by hand, and the texts
// mirror the English strings. bench/run.mjs compares both with the
// library's rendering before it measures and reports any difference.

const TEXT = {
  openTicketsHeading: 'My Open Tickets',
  dueTicketsHeading: 'Due Tickets',
  empty: 'Nothing here',
  nothingDue: 'Nothing due',
  viewAll: 'View All Tickets',
  refresh: 'Refresh',
  openTicket: 'Open Ticket',
  closedTicket: 'Closed Ticket',
  priority: { high: 'High', medium: 'Medium', low: 'Low' },
  unknownCustomer: 'Unknown customer',
  unassigned: 'Unassigned',
  noDueDate: 'None',
  unknownDate: 'Unknown',
  overdue: 'Overdue',
  dueToday: 'Due today',
  ticketId: (id) => `Ticket ${id}`,
  showingSome: (shown, total) => `Showing ${shown} of ${total} tickets`,
  andMore: (count) => `and ${count} more`,
  dueAsOf: (day) => `Due as of ${day}`,
};

// The library's long-list policy in src/shared/progressive-render.ts: above
// PROGRESSIVE_THRESHOLD tickets the list renders CHUNK_SIZE cards in the
// first task, and each later task adds as many as fit in CHUNK_BUDGET_MS at
// the last chunk's time per card. Its `long` class gives each item
// `content-visibility: auto`. The floor follows the same policy, so both
// sides do the same work per frame.
const PROGRESSIVE_THRESHOLD = 200;
const CHUNK_SIZE = 200;
const CHUNK_BUDGET_MS = 100;

/** Returns the size of the next chunk as the library's nextChunkSize() does, within 200 and 2,000 cards. */
function nextChunkSize(lastAdded, lastMs) {
  if (lastAdded <= 0) return 200;
  const perItem = Math.max(lastMs, 1) / lastAdded;
  return Math.min(2000, Math.max(200, Math.floor(CHUNK_BUDGET_MS / perItem)));
}

// The parts <my-open-tickets> forwards from each card, as its
// `exportparts` attribute.
const CARD_PARTS = ['header', 'id', 'subject', 'badges', 'status', 'priority', 'type', 'customer', 'body', 'created', 'assigned', 'due', 'actions', 'message'];
const EXPORTED_CARD_PARTS = ['card', ...CARD_PARTS.map((part) => `${part}:card-${part}`)].join(', ');

// ---------------------------------------------------------------------------
// Records to tickets

const OFFSET_AT_END = /(?:Z|[+-]\d{2}:?\d{2})$/i;

function readDueDate(value) {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const raw = value.trim();
  if (raw.length === 10) return { kind: 'date', day: raw, raw };
  if (OFFSET_AT_END.test(raw)) return { kind: 'instant', instant: new Date(raw), raw };
  const wallClock = raw.length === 16 ? `${raw}:00` : raw.slice(0, 19);
  return { kind: 'wall-clock', wallClock: wallClock.replace(' ', 'T'), raw };
}

function readPerson(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() ? { id: null, name: value } : null;
  return typeof value.name === 'string' ? { id: value.id ?? null, name: value.name } : null;
}

function readNoteType(value) {
  if (value === null || value === undefined) return null;
  const name = typeof value === 'string' ? value : value.name;
  return typeof name === 'string' && name.trim() ? name.trim() : null;
}

/**
 * Turns plain records into tickets of the library's shape, keeping the first
 * record of each id. It checks only what it needs to render, and unlike the
 * library it does not report the records it skips.
 */
export function normalizeRecords(records) {
  const tickets = [];
  const seen = new Set();
  for (const record of records) {
    if (typeof record !== 'object' || record === null) continue;
    const id = typeof record.id === 'number' ? record.id : Number(record.id);
    if (!Number.isSafeInteger(id) || seen.has(id)) continue;
    if (typeof record.subject !== 'string' || record.subject.trim() === '') continue;
    seen.add(id);

    const customer = record.customer;
    tickets.push({
      id,
      subject: record.subject,
      body: typeof record.body === 'string' ? record.body.replace(/\r\n?/g, '\n') : '',
      isTicket: record.isTicket !== false,
      status: typeof record.status === 'string' ? record.status.trim().toLowerCase() : 'open',
      priority: typeof record.priority === 'string' && record.priority ? record.priority.trim().toLowerCase() : null,
      noteType: readNoteType(record.noteType),
      customer: customer
        ? {
            id: customer.id ?? null,
            firstName: customer.firstName ?? '',
            lastName: customer.lastName ?? '',
            businessName: customer.businessName ?? '',
          }
        : null,
      createdAt: typeof record.createdAt === 'string' ? new Date(record.createdAt) : null,
      createdBy: readPerson(record.createdBy),
      assignedTo: readPerson(record.assignedTo),
      dueDate: readDueDate(record.dueDate),
      url: typeof record.url === 'string' && record.url.trim() ? record.url.trim() : null,
    });
  }
  return tickets;
}

function snakeOrCamel(fields, camel) {
  if (camel in fields) return fields[camel];
  return fields[camel.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)];
}

/** Turns a JSON:API document of note resources into plain records. */
export function recordsFromJsonApi(document) {
  const included = new Map();
  for (const resource of document.included ?? []) included.set(`${resource.type}:${resource.id}`, resource.attributes ?? {});
  const related = (relationships, name) => {
    const identifier = snakeOrCamel(relationships, name)?.data;
    return identifier ? { id: identifier.id, attributes: included.get(`${identifier.type}:${identifier.id}`) } : null;
  };
  const personOf = (entry) => {
    if (!entry?.attributes) return null;
    const { name, fname, lname } = entry.attributes;
    return { id: entry.id, name: name ?? [fname, lname].filter(Boolean).join(' ') };
  };

  return document.data.map((resource) => {
    const attributes = resource.attributes ?? {};
    const relationships = resource.relationships ?? {};
    const customer = related(relationships, 'customer');
    const noteType = related(relationships, 'noteType');
    return {
      id: resource.id,
      subject: attributes.subject,
      body: attributes.note ?? attributes.body,
      isTicket: snakeOrCamel(attributes, 'isTicket'),
      status: attributes.status,
      priority: attributes.priority,
      dueDate: snakeOrCamel(attributes, 'dueDate'),
      createdAt: snakeOrCamel(attributes, 'createdAt'),
      url: attributes.url,
      noteType: noteType?.attributes ? { id: noteType.id, name: noteType.attributes.name } : null,
      customer: customer?.attributes
        ? {
            id: customer.id,
            firstName: customer.attributes.fname ?? null,
            lastName: customer.attributes.lname ?? null,
            businessName: snakeOrCamel(customer.attributes, 'businessName') ?? null,
          }
        : null,
      assignedTo: personOf(related(relationships, 'assignedUser')),
      createdBy: personOf(related(relationships, 'createdByUser')),
    };
  });
}

// ---------------------------------------------------------------------------
// Dates, names and links

/** Formatters and day arithmetic for one locale and time zone, each Intl object made once. */
function createCalendar(locale, timeZone) {
  const day = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  const wallClock = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' });
  // en-CA writes dates as yyyy-MM-dd, and sv-SE date-times as
  // yyyy-MM-dd HH:mm:ss, which sort the same way as the moments they name.
  const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const isoDateTime = new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' });

  const utc = (text) => {
    const [year, month, date, hour = 0, minute = 0, second = 0] = text.split(/[-T:]/).map(Number);
    return new Date(Date.UTC(year, month - 1, date, hour, minute, second));
  };

  return {
    formatDay: (text) => day.format(utc(text)),
    formatDateTime: (instant) => dateTime.format(instant),
    formatDue(due) {
      if (due.kind === 'date') return day.format(utc(due.day));
      if (due.kind === 'instant') return dateTime.format(due.instant);
      return wallClock.format(utc(due.wallClock));
    },
    dueDay(due) {
      if (due.kind === 'date') return due.day;
      if (due.kind === 'wall-clock') return due.wallClock.slice(0, 10);
      return isoDay.format(due.instant);
    },
    today: () => isoDay.format(new Date()),
    /**
     * Returns a key that sorts due dates by the moment they name, with a
     * date counted as the end of its day. It compares local wall-clock times, so
     * two instants in the repeated hour of a daylight-saving change may sort
     * in the wrong order.
     */
    dueSortKey(due) {
      if (due.kind === 'date') return `${due.day}T23:59:59.999`;
      if (due.kind === 'wall-clock') return due.wallClock;
      return isoDateTime.format(due.instant).replace(' ', 'T');
    },
  };
}

function dueStateOf(due, today, calendar) {
  if (!due) return null;
  const day = calendar.dueDay(due);
  if (day < today) return 'overdue';
  return day === today ? 'today' : 'upcoming';
}

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** Returns `url` when it is relative or http(s), else `null`. */
function safeLink(url) {
  if (!url) return null;
  const scheme = SCHEME.exec(url.replace(/[\t\n\r]/g, ''))?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' ? url : null;
}

function customerName(customer) {
  if (!customer) return null;
  const last = customer.lastName.trim();
  const first = customer.firstName.trim();
  if (last && first) return `${last}, ${first}`;
  if (last || first) return last || first;
  return customer.businessName.trim() || null;
}

function businessBeside(customer) {
  if (!customer || !(customer.lastName.trim() || customer.firstName.trim())) return null;
  return customer.businessName.trim() || null;
}

// ---------------------------------------------------------------------------
// Templates

/**
 * Parses `markup` into a template once and records the child-index path of
 * each element marked `data-ref`, so each clone finds its elements without a
 * selector query. The markers are removed from the template.
 */
function compileTemplate(markup) {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const paths = [];
  const visit = (parent, path) => {
    [...parent.children].forEach((child, index) => {
      const childPath = [...path, index];
      const name = child.getAttribute('data-ref');
      if (name) {
        paths.push([name, childPath]);
        child.removeAttribute('data-ref');
      }
      visit(child, childPath);
    });
  };
  visit(template.content, []);
  return { template, paths };
}

function instantiate({ template, paths }) {
  const fragment = template.content.cloneNode(true);
  const refs = {};
  for (const [name, path] of paths) {
    let node = fragment;
    for (const index of path) node = node.children[index];
    refs[name] = node;
  }
  return { fragment, refs };
}

// No white space between elements, because the floor creates no text nodes
// that the rendering does not need.
const CARD_MARKUP =
  '<article part="card" class="card linked" aria-labelledby="subject" data-ref="card">' +
  '<div part="header" class="header"><div class="title">' +
  '<span part="id" class="id"><span class="visually-hidden" data-ref="idLabel"></span><span aria-hidden="true" data-ref="idText"></span></span>' +
  '<h3 part="subject" class="subject" id="subject" data-ref="subject"><a data-ref="link"><bdi data-ref="subjectText"></bdi></a></h3>' +
  '</div><div part="badges" class="badges">' +
  '<span part="status" class="badge" data-ref="status"></span>' +
  '<span part="priority" class="badge" data-ref="priority"> <span class="visually-hidden"> Priority</span></span>' +
  '<span part="type" class="badge type" data-ref="type"><span class="visually-hidden">Type: </span><bdi data-ref="typeText"></bdi></span>' +
  '</div></div>' +
  '<p part="customer" class="customer" data-ref="customer"><bdi data-ref="customerText"></bdi><span class="business" data-ref="business"> · <bdi data-ref="businessText"></bdi></span></p>' +
  '<div part="body" class="body" dir="auto" data-ref="body"></div>' +
  '<dl class="meta"><dt>Created</dt><dd part="created" data-ref="created"><time data-ref="createdTime"></time> by <bdi data-ref="createdBy"></bdi></dd>' +
  '<dt>Assigned to</dt><dd part="assigned"><bdi data-ref="assigned"></bdi></dd>' +
  '<dt>Due Date</dt><dd part="due" class="due" data-ref="due"><time data-ref="dueTime"></time> <span class="due-label" data-ref="dueLabel"></span></dd></dl>' +
  '<div part="actions" class="footer" hidden data-ref="footer"><slot name="actions" data-ref="actionsSlot"></slot></div>' +
  '</article>';

const LIST_MARKUP =
  '<div class="top"><h2 part="heading" class="heading" id="heading"><slot name="heading">My Open Tickets</slot> <span part="count" class="count" data-ref="count"></span></h2>' +
  '<div part="actions" class="actions"><slot name="actions"></slot><button part="refresh" class="refresh" type="button" hidden aria-disabled="false">Refresh</button></div></div>' +
  '<div class="visually-hidden" role="status" aria-live="polite" data-ref="live"></div>' +
  '<ul part="list" class="list" aria-labelledby="heading" aria-busy="false" data-ref="list"></ul>' +
  '<p part="more" class="more" hidden data-ref="more"></p>' +
  '<div part="empty" class="empty" hidden data-ref="empty"><slot name="empty">Nothing here</slot></div>';

const SUMMARY_MARKUP =
  '<section part="section" class="section" aria-labelledby="heading">' +
  '<h2 part="heading" class="heading" id="heading"><slot name="heading">Due Tickets</slot> <span part="count" class="count" data-ref="count"></span></h2>' +
  '<p part="as-of" class="as-of" data-ref="asOf"></p>' +
  '<ul part="list" class="list" data-ref="list"></ul>' +
  '<p part="more" class="more" hidden data-ref="more"></p>' +
  '<div part="empty" class="empty" hidden data-ref="empty"><slot name="empty">Nothing due</slot></div>' +
  '<a part="view-all" class="view-all" href="/home/tickets">View All Tickets</a>' +
  '</section>';

const SUMMARY_ITEM_MARKUP =
  '<li part="item" class="item">' +
  '<span part="item-id" class="id"><span class="visually-hidden" data-ref="idLabel"></span><span aria-hidden="true" data-ref="idText"></span></span>' +
  '<span part="item-subject" class="subject" data-ref="subject"><a data-ref="link"><bdi data-ref="subjectText"></bdi></a></span>' +
  '<span class="meta"><span part="item-customer" class="customer"><bdi data-ref="customer"></bdi></span>' +
  '<span part="item-due" class="due" data-ref="due"><time data-ref="dueTime"></time> </span></span>' +
  '</li>';

let templates = null;

function compiledTemplates() {
  templates ??= {
    card: compileTemplate(CARD_MARKUP),
    list: compileTemplate(LIST_MARKUP),
    summary: compileTemplate(SUMMARY_MARKUP),
    summaryItem: compileTemplate(SUMMARY_ITEM_MARKUP),
  };
  return templates;
}

/**
 * Makes one constructed style sheet per distinct CSS text, so that every
 * shadow root adopts the same sheet objects, as Lit's shared styles do.
 * `cssTexts` maps a view (`card`, `list`, `summary`) to its CSS texts.
 */
export function createStyleSheets(cssTexts) {
  const byText = new Map();
  const sheetOf = (text) => {
    let sheet = byText.get(text);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      byText.set(text, sheet);
    }
    return sheet;
  };
  return Object.fromEntries(Object.entries(cssTexts).map(([view, texts]) => [view, texts.map(sheetOf)]));
}

// ---------------------------------------------------------------------------
// Cards

function isPlainClick(event) {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}

/** Builds the shadow content of one card: a fragment to append, as the library's card renders it. */
function renderCard(host, ticket, view) {
  const { fragment, refs } = instantiate(compiledTemplates().card);
  const { calendar, today } = view;
  const href = safeLink(ticket.url);

  refs.idLabel.textContent = TEXT.ticketId(ticket.id);
  refs.idText.textContent = String(ticket.id);
  refs.subjectText.textContent = ticket.subject;
  if (href) {
    refs.link.setAttribute('href', href);
    refs.card.addEventListener('click', (event) => {
      if (!isPlainClick(event) || event.defaultPrevented) return;
      host.dispatchEvent(new CustomEvent('ticket-open', { bubbles: true, composed: true, cancelable: true, detail: { ticket, href } }));
    });
  } else {
    refs.link.replaceWith(refs.subjectText);
    refs.card.className = 'card';
    refs.card.setAttribute('tabindex', '-1');
  }

  const open = ticket.status === 'open';
  refs.status.className = `badge ${open ? 'status-open' : 'status-closed'}`;
  refs.status.textContent = open ? TEXT.openTicket : TEXT.closedTicket;
  if (ticket.priority) {
    refs.priority.className = `badge priority-${ticket.priority}`;
    refs.priority.firstChild.data = TEXT.priority[ticket.priority];
  } else {
    refs.priority.remove();
  }
  if (ticket.noteType) refs.typeText.textContent = ticket.noteType;
  else refs.type.remove();

  refs.customerText.textContent = customerName(ticket.customer) ?? TEXT.unknownCustomer;
  const business = businessBeside(ticket.customer);
  if (business) refs.businessText.textContent = business;
  else refs.business.remove();

  if (ticket.body.trim()) refs.body.textContent = ticket.body;
  else refs.body.remove();

  if (ticket.createdAt) {
    refs.createdTime.setAttribute('datetime', ticket.createdAt.toISOString());
    refs.createdTime.textContent = calendar.formatDateTime(ticket.createdAt);
  } else {
    refs.createdTime.replaceWith(TEXT.unknownDate);
  }
  if (ticket.createdBy) refs.createdBy.textContent = ticket.createdBy.name;
  else refs.created.replaceChildren(refs.created.firstChild);
  refs.assigned.textContent = ticket.assignedTo?.name ?? TEXT.unassigned;

  const dueState = dueStateOf(ticket.dueDate, today, calendar);
  if (ticket.dueDate) {
    refs.dueTime.setAttribute('datetime', ticket.dueDate.raw);
    refs.dueTime.textContent = calendar.formatDue(ticket.dueDate);
    if (dueState === 'overdue' || dueState === 'today') {
      refs.due.className = 'due is-due';
      refs.dueLabel.textContent = `(${dueState === 'overdue' ? TEXT.overdue : TEXT.dueToday})`;
    } else {
      refs.dueLabel.previousSibling.remove();
      refs.dueLabel.remove();
    }
  } else {
    refs.due.textContent = TEXT.noDueDate;
  }

  refs.actionsSlot.addEventListener('slotchange', () => {
    refs.footer.hidden = refs.actionsSlot.assignedNodes({ flatten: true }).length === 0;
  });

  if (dueState) host.setAttribute('due-state', dueState);
  else host.removeAttribute('due-state');
  return fragment;
}

/** Tells whether two tickets render the same card. */
function sameTicket(a, b) {
  return (
    a.subject === b.subject &&
    a.body === b.body &&
    a.status === b.status &&
    a.priority === b.priority &&
    a.noteType === b.noteType &&
    a.url === b.url &&
    a.createdAt?.getTime() === b.createdAt?.getTime() &&
    a.createdBy?.name === b.createdBy?.name &&
    a.assignedTo?.name === b.assignedTo?.name &&
    a.dueDate?.raw === b.dueDate?.raw &&
    a.customer?.firstName === b.customer?.firstName &&
    a.customer?.lastName === b.customer?.lastName &&
    a.customer?.businessName === b.customer?.businessName
  );
}

/**
 * The My Open Tickets list in `host`'s shadow root. `render(records)` shows
 * a new set of records, keyed by ticket id: a card whose ticket is unchanged
 * keeps its DOM, a changed one is rendered again, and cards move only when
 * the order changes. A first render of a long list adds the cards a chunk
 * per task, like the library.
 */
export class FloorList {
  #root;
  #refs;
  #sheets;
  #view;
  #entries = new Map();
  #renderedOnce = false;
  #completed = false;
  #timer = null;

  constructor(host, { sheets, date, locale, timeZone }) {
    const calendar = createCalendar(locale, timeZone);
    this.#view = { calendar, today: date ?? calendar.today() };
    this.#sheets = sheets;
    this.#root = host.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = sheets.list;
    const { fragment, refs } = instantiate(compiledTemplates().list);
    this.#refs = refs;
    this.#root.append(fragment);
  }

  /**
   * Shows the open tickets among `records`, newest first. Returns the number
   * of tickets and `done`, which resolves once every card is in the DOM.
   */
  render(records) {
    const start = performance.now();
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    const tickets = normalizeRecords(records)
      .filter((ticket) => ticket.isTicket && ticket.status === 'open')
      .sort((a, b) => b.id - a.id);
    const { list } = this.#refs;

    const ids = new Set(tickets.map((ticket) => ticket.id));
    let closed = 0;
    for (const [id, entry] of this.#entries) {
      if (ids.has(id)) continue;
      entry.item.remove();
      this.#entries.delete(id);
      closed += 1;
    }

    const count = tickets.length;
    list.className = count > PROGRESSIVE_THRESHOLD ? 'list long' : 'list';
    this.#refs.count.textContent = `(${count})`;
    list.hidden = count === 0;
    this.#refs.empty.hidden = count !== 0;
    this.#refs.more.textContent = TEXT.showingSome(count, count);

    const chunked = !this.#completed && count > PROGRESSIVE_THRESHOLD;
    const added = this.#place(tickets, 0, chunked ? CHUNK_SIZE : count);
    if (this.#renderedOnce) this.#refs.live.textContent = describeChanges(added, closed);
    this.#renderedOnce = true;

    if (!chunked) {
      this.#complete();
      return { count, done: Promise.resolve() };
    }
    list.setAttribute('aria-busy', 'true');
    const done = new Promise((resolve) => {
      let placed = CHUNK_SIZE;
      let added = CHUNK_SIZE;
      let chunkStart = start;
      const next = () => {
        const size = nextChunkSize(added, performance.now() - chunkStart);
        chunkStart = performance.now();
        this.#place(tickets, placed, placed + size);
        added = Math.min(size, count - placed);
        placed += size;
        if (placed < count) {
          this.#timer = setTimeout(next, 0);
        } else {
          this.#timer = null;
          this.#complete();
          resolve();
        }
      };
      this.#timer = setTimeout(next, 0);
    });
    return { count, done };
  }

  /** Stops adding the chunks that are still to come. */
  cancel() {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #complete() {
    this.#completed = true;
    this.#refs.list.setAttribute('aria-busy', 'false');
  }

  /**
   * Puts `tickets[start]` up to `tickets[end - 1]` in order after the
   * tickets before `start`, creating or re-rendering cards as needed;
   * returns how many it created.
   */
  #place(tickets, start, end) {
    const { list } = this.#refs;
    let added = 0;
    let cursor = start === 0 ? list.firstChild : this.#entries.get(tickets[start - 1].id).item.nextSibling;
    const stop = Math.min(end, tickets.length);
    for (let index = start; index < stop; index++) {
      const ticket = tickets[index];
      let entry = this.#entries.get(ticket.id);
      if (!entry) {
        entry = this.#createEntry(ticket);
        this.#entries.set(ticket.id, entry);
        added += 1;
      } else if (!sameTicket(entry.ticket, ticket)) {
        entry.ticket = ticket;
        entry.card.shadowRoot.replaceChildren(renderCard(entry.card, ticket, this.#view));
      }
      if (entry.item === cursor) cursor = cursor.nextSibling;
      else list.insertBefore(entry.item, cursor);
    }
    return added;
  }

  #createEntry(ticket) {
    const item = document.createElement('li');
    const card = document.createElement('floor-card');
    card.setAttribute('exportparts', EXPORTED_CARD_PARTS);
    const root = card.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = this.#sheets.card;
    root.append(renderCard(card, ticket, this.#view));
    item.append(card);
    return { item, card, ticket };
  }
}

function describeChanges(added, closed) {
  return [added > 0 ? `${added} new ${added === 1 ? 'ticket' : 'tickets'}` : '', closed > 0 ? `${closed} ${closed === 1 ? 'ticket' : 'tickets'} closed` : '']
    .filter(Boolean)
    .join(', ');
}

// ---------------------------------------------------------------------------
// Due summary

/** The Due Tickets summary in `host`'s shadow root. */
export class FloorSummary {
  #refs;
  #view;

  constructor(host, { sheets, date, locale, timeZone }) {
    const calendar = createCalendar(locale, timeZone);
    this.#view = { calendar, today: date ?? calendar.today() };
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets.summary;
    const { fragment, refs } = instantiate(compiledTemplates().summary);
    this.#refs = refs;
    refs.asOf.textContent = TEXT.dueAsOf(calendar.formatDay(this.#view.today));
    refs.asOf.hidden = this.#view.today === calendar.today();
    root.append(fragment);
  }

  /** Shows the open tickets due today or earlier, earliest first; returns how many. */
  render(records) {
    const { calendar, today } = this.#view;
    const due = [];
    for (const ticket of normalizeRecords(records)) {
      if (!ticket.isTicket || ticket.status !== 'open') continue;
      const state = dueStateOf(ticket.dueDate, today, calendar);
      if (state === 'overdue' || state === 'today') due.push({ ticket, state, key: calendar.dueSortKey(ticket.dueDate) });
    }
    due.sort((a, b) => {
      if (a.key !== b.key) return a.key < b.key ? -1 : 1;
      return b.ticket.id - a.ticket.id;
    });

    const items = due.map(({ ticket, state }) => {
      const { fragment, refs } = instantiate(compiledTemplates().summaryItem);
      const href = safeLink(ticket.url);
      refs.idLabel.textContent = TEXT.ticketId(ticket.id);
      refs.idText.textContent = String(ticket.id);
      refs.subjectText.textContent = ticket.subject;
      if (href) refs.link.setAttribute('href', href);
      else refs.link.replaceWith(refs.subjectText);
      refs.customer.textContent = customerName(ticket.customer) ?? TEXT.unknownCustomer;
      refs.dueTime.setAttribute('datetime', ticket.dueDate.raw);
      refs.dueTime.textContent = calendar.formatDue(ticket.dueDate);
      refs.due.append(`(${state === 'today' ? TEXT.dueToday : TEXT.overdue})`);
      return fragment;
    });

    this.#refs.list.replaceChildren(...items);
    this.#refs.count.textContent = `(${due.length})`;
    this.#refs.list.hidden = due.length === 0;
    this.#refs.empty.hidden = due.length !== 0;
    this.#refs.more.textContent = TEXT.andMore(0);
    return due.length;
  }
}
