import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { createHandlers } from '../mocks/handlers.js';
import { createTicketRecords, DEMO_USER_ID } from '../mocks/ticket-records.js';
import '../src/index.js';
import { use } from './support/mock-server.js';

// Compares what each element has when it runs with custom-elements.json,
// which `npm run build` writes, and the manifest with README.md's tables.
// The elements are the source of truth: their attributes, properties,
// slots, parts and custom properties are read from the live classes and
// rendered shadow roots, and their events from the events they dispatch.

const TAGS = ['my-open-tickets', 'ticket-card', 'due-tickets-summary', 'tickets-provider'] as const;
type Tag = (typeof TAGS)[number];

interface ManifestItem {
  name: string;
  kind?: string;
  attribute?: string;
  fieldName?: string;
  privacy?: string;
  static?: boolean;
  type?: { text: string };
}

interface ManifestElement {
  tagName: string;
  attributes?: ManifestItem[];
  members?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}

/** What one element has at run time, collected over the states it renders. */
interface Observed {
  attributes: Set<string>;
  properties: Set<string>;
  events: Map<string, unknown>;
  slots: Set<string>;
  parts: Set<string>;
  cssProperties: Set<string>;
}

const observed = new Map<Tag, Observed>(
  TAGS.map((tag) => [
    tag,
    { attributes: new Set(), properties: new Set(), events: new Map(), slots: new Set(), parts: new Set(), cssProperties: new Set() },
  ]),
);

/** Appended to each manifest comparison, because the manifest is generated and may be older than src/. */
const REGENERATE = 'manifest differs from the elements; after changing src/, `npm run analyze` regenerates it';

let manifest: Map<string, ManifestElement>;
let readme: string;

function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}

function publicFields(declaration: ManifestElement): ManifestItem[] {
  return (declaration.members ?? []).filter(
    // The analyzer writes `privacy: 'public'` for the fields that `static
    // properties` declares and leaves it out for other public fields.
    (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'),
  );
}

// ---- Run-time observation ----------------------------------------------

const realDispatchEvent = EventTarget.prototype.dispatchEvent;

/**
 * Records every bubbling, composed custom event that a node inside one of
 * the tested elements, or the element itself, dispatches, under that
 * element's tag. Such events reach the host page, so they are API.
 */
function recordDispatchedEvents(): void {
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event): boolean {
    if (event instanceof CustomEvent && event.bubbles && event.composed && this instanceof Node) {
      let node: Node | null = this;
      while (node) {
        if (node instanceof Element && (TAGS as readonly string[]).includes(node.localName)) {
          observed.get(node.localName as Tag)!.events.set(event.type, event.detail);
        }
        node = node instanceof ShadowRoot ? node.host : node.parentNode;
      }
    }
    return realDispatchEvent.call(this, event);
  };
}

/** Records the slots, the parts and the parts forwarded with `exportparts` in `element`'s shadow root. */
function recordShadowRoot(element: Element): void {
  const seen = observed.get(element.localName as Tag)!;
  const root = element.shadowRoot!;
  for (const slot of root.querySelectorAll('slot')) seen.slots.add(slot.name);
  for (const node of root.querySelectorAll('[part]')) {
    for (const name of node.getAttribute('part')!.split(/\s+/).filter(Boolean)) seen.parts.add(name);
  }
  for (const node of root.querySelectorAll('[exportparts]')) {
    for (const mapping of node.getAttribute('exportparts')!.split(',')) {
      const [inner, outer] = mapping.split(':').map((name) => name.trim());
      seen.parts.add(outer ?? inner);
    }
  }
  // Attributes that the element sets on itself, such as the card's
  // `due-state`; ARIA attributes belong to the platform.
  for (const name of element.getAttributeNames()) {
    if (!name.startsWith('aria-') && name !== 'role') seen.attributes.add(name);
  }
}

/** Records the class's observed attributes, reactive properties and the custom properties its styles read. */
function recordClass(tag: Tag): void {
  const seen = observed.get(tag)!;
  const elementClass = customElements.get(tag) as unknown as typeof LitElement;
  for (const name of elementClass.observedAttributes) seen.attributes.add(name);
  for (const [name, options] of elementClass.elementProperties) {
    if (!options.state && typeof name === 'string') seen.properties.add(name);
  }
  const cssText = elementClass.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
  for (const match of cssText.matchAll(/var\(\s*(--tickets-[\w-]+)/g)) seen.cssProperties.add(match[1]);
}

/** Creates `tag` with `attributes` and `properties`, adds it to the page and resolves when `ready` holds. */
async function render(
  tag: Tag,
  { attributes = {}, properties = {}, ready }: { attributes?: Record<string, string>; properties?: Record<string, unknown>; ready: (element: HTMLElement) => boolean },
): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  document.body.append(element);
  await waitUntil(async () => {
    await (element as LitElement).updateComplete;
    return ready(element);
  }, `<${tag}> with ${JSON.stringify(attributes)} did not reach the expected state`, { timeout: 5000 });
  return element;
}

function shadowPart(element: Element, name: string): Element | null {
  return element.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
}

/** Clicks the first subject link under `element`, inside its cards too, so that `ticket-open` is sent. */
async function clickFirstSubjectLink(element: Element): Promise<void> {
  const card = element.shadowRoot!.querySelector('ticket-card');
  const root = card ? card.shadowRoot! : element.shadowRoot!;
  const link = root.querySelector<HTMLAnchorElement>('[part~="subject"] a, [part~="item-subject"] a');
  expect(link, `<${element.localName}> has no subject link to click`).to.exist;
  link!.click();
}

/** Stands in for `fetch` with a response that never arrives, and rejects when the request is aborted. */
function pendingFetch(_input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
  });
}

/** Renders each tag in the states that show all of its parts, and records what it has. */
async function observeElements(): Promise<void> {
  const common = {
    'user-id': String(DEMO_USER_ID),
    company: 'acme-security',
    'ticket-href': '/{company}/customers/{customerId}/notes/{id}/edit',
    limit: '2',
  };
  const preventNavigation = (event: Event) => event.preventDefault();
  document.addEventListener('ticket-open', preventNavigation);
  recordDispatchedEvents();
  try {
    for (const tag of ['my-open-tickets', 'due-tickets-summary'] as const) {
      const loaded = await render(tag, { attributes: { ...common, src: '/api/tickets' }, ready: (element) => shadowPart(element, 'count') !== null });
      await waitUntil(() => [...loaded.shadowRoot!.querySelectorAll('ticket-card')].every((card) => card.shadowRoot?.querySelector('[part~="subject"]')));
      recordShadowRoot(loaded);
      await clickFirstSubjectLink(loaded);

      // A request that never ends keeps the loading state, and removing the
      // element aborts it, so no request outlives this hook.
      const loading = await render(tag, {
        attributes: { ...common, src: '/api/tickets' },
        properties: { fetcher: pendingFetch },
        ready: (element) => shadowPart(element, 'loading') !== null,
      });
      recordShadowRoot(loading);

      // 401 is not retried, and it also sends tickets-auth-required.
      const failed = await render(tag, { attributes: { ...common, src: '/api/tickets?scenario=unauthorized' }, ready: (element) => shadowPart(element, 'retry') !== null });
      recordShadowRoot(failed);

      for (const element of [loaded, loading, failed]) element.remove();
    }

    const records = createTicketRecords();
    const full = records.find((record) => record.id === 1042)!;
    const invalid = records.find((record) => record.id === 1044)!;
    const card = await render('ticket-card', { properties: { ticket: full }, ready: (element) => shadowPart(element, 'due') !== null });
    recordShadowRoot(card);
    await clickFirstSubjectLink(card);
    const invalidCard = await render('ticket-card', { properties: { ticket: invalid }, ready: (element) => shadowPart(element, 'message') !== null });
    recordShadowRoot(invalidCard);
    card.remove();
    invalidCard.remove();

    const provider = await render('tickets-provider', { properties: { tickets: records }, ready: (element) => element.shadowRoot !== null });
    recordShadowRoot(provider);
    provider.remove();
  } finally {
    EventTarget.prototype.dispatchEvent = realDispatchEvent;
    document.removeEventListener('ticket-open', preventNavigation);
  }
  for (const tag of TAGS) recordClass(tag);
}

// ---- README tables -----------------------------------------------------

interface ReadmeTable {
  /** The nearest heading above the table. */
  section: string;
  header: string[];
  rows: string[][];
}

/** Splits a Markdown table row into its cells; `\|` is a pipe inside a cell. */
function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

function readmeTables(markdown: string): ReadmeTable[] {
  const tables: ReadmeTable[] = [];
  let section = '';
  let current: ReadmeTable | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) section = heading[1];
    if (!line.trim().startsWith('|')) {
      current = null;
      continue;
    }
    const cells = tableCells(line);
    if (!current) {
      current = { section, header: cells, rows: [] };
      tables.push(current);
    } else if (!cells.every((cell) => /^:?-+:?$/.test(cell))) {
      current.rows.push(cells);
    }
  }
  return tables;
}

/** Returns the names in a table's first cell: each `` `name` ``, and '' for "(default)". */
function rowNames(cell: string): string[] {
  const names = [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
  if (/\(default\)/i.test(cell)) names.push('');
  return names;
}

type ReadmeKind = 'Attribute' | 'Event' | 'Slot' | 'Part' | 'Property';

/**
 * Tells whether README.md has a row for `name` in a table of `kind` that
 * applies to `tag`: one in the tag's own section, or a shared table. A
 * shared table with a column per tag must mark that tag's column.
 */
function readmeDocuments(tables: ReadmeTable[], tag: Tag, kind: ReadmeKind, name: string): boolean {
  const elementSection = (section: string) => TAGS.find((candidate) => section.includes(`<${candidate}>`));
  return tables.some((table) => {
    if (table.header[0] !== kind) return false;
    const owner = elementSection(table.section);
    if (owner !== undefined && owner !== tag) return false;
    const tagColumn = table.header.findIndex((cell) => cell === `\`${tag}\``);
    return table.rows.some((row) => rowNames(row[0]).includes(name) && (tagColumn < 0 || row[tagColumn] !== ''));
  });
}

// ---- Tests -------------------------------------------------------------

describe('custom-elements.json', () => {
  before(async function () {
    this.timeout(30_000);
    const response = await fetch('/custom-elements.json');
    expect(response.ok, 'custom-elements.json is missing; `npm run build` or `npm run analyze` writes it').to.be.true;
    const json = (await response.json()) as { modules: { declarations?: ManifestElement[] }[] };
    manifest = new Map(json.modules.flatMap((module) => module.declarations ?? []).filter((item) => item.tagName).map((item) => [item.tagName, item]));

    const readmeResponse = await fetch('/README.md');
    expect(readmeResponse.ok, 'README.md is missing').to.be.true;
    readme = await readmeResponse.text();

    use(...createHandlers());
    await observeElements();
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      const declaration = () => {
        const found = manifest.get(tag);
        expect(found, `<${tag}> is missing from custom-elements.json`).to.exist;
        return found!;
      };

      it('lists every attribute', () => {
        const listed = sorted((declaration().attributes ?? []).map((attribute) => attribute.name));
        expect(listed, `attributes: ${REGENERATE}`).to.deep.equal(sorted(observed.get(tag)!.attributes));
      });

      it('lists every property', () => {
        const fields = publicFields(declaration()).map((field) => field.name);
        const missing = [...observed.get(tag)!.properties].filter((name) => !fields.includes(name));
        expect(missing, `reactive properties missing: ${REGENERATE}`).to.deep.equal([]);

        const element = document.createElement(tag);
        const unknown = fields.filter((name) => !(name in element));
        expect(unknown, `fields that the element does not have: ${REGENERATE}`).to.deep.equal([]);
      });

      it('lists every event with its detail type', () => {
        const events = declaration().events ?? [];
        expect(sorted(events.map((event) => event.name)), `events: ${REGENERATE}`).to.deep.equal(sorted(observed.get(tag)!.events.keys()));
        for (const event of events) {
          expect(event.type?.text, `type of ${event.name}`).to.match(/^CustomEvent<\w+>$/);
          expect(observed.get(tag)!.events.get(event.name), `detail of ${event.name}`).to.be.an('object');
        }
      });

      it('lists every slot', () => {
        const listed = sorted((declaration().slots ?? []).map((slot) => slot.name));
        expect(listed, `slots: ${REGENERATE}`).to.deep.equal(sorted(observed.get(tag)!.slots));
      });

      it('lists every part', () => {
        const listed = sorted((declaration().cssParts ?? []).map((part) => part.name));
        expect(listed, `parts: ${REGENERATE}`).to.deep.equal(sorted(observed.get(tag)!.parts));
      });

      it('lists every CSS custom property', () => {
        const listed = sorted((declaration().cssProperties ?? []).map((property) => property.name));
        expect(listed, `CSS custom properties: ${REGENERATE}`).to.deep.equal(sorted(observed.get(tag)!.cssProperties));
      });

      it('is documented in README.md', () => {
        const tables = readmeTables(readme);
        const { attributes = [], events = [], slots = [], cssParts = [], cssProperties = [] } = declaration();
        const undocumented = [
          ...attributes.filter((item) => !readmeDocuments(tables, tag, 'Attribute', item.name)).map((item) => `attribute ${item.name}`),
          ...events.filter((item) => !readmeDocuments(tables, tag, 'Event', item.name)).map((item) => `event ${item.name}`),
          ...slots.filter((item) => !readmeDocuments(tables, tag, 'Slot', item.name)).map((item) => `slot ${item.name || '(default)'}`),
          ...cssParts.filter((item) => !readmeDocuments(tables, tag, 'Part', item.name)).map((item) => `part ${item.name}`),
          ...cssProperties.filter((item) => !readmeDocuments(tables, tag, 'Property', item.name)).map((item) => `custom property ${item.name}`),
        ];
        expect(undocumented, `rows missing from README.md's tables for <${tag}>`).to.deep.equal([]);
      });
    });
  }
});
