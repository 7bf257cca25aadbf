import { expect, fixture, html } from '@open-wc/testing';
import { nothing, type LitElement, type TemplateResult } from 'lit';
import '../../src/index.js';
import { part, watchConsole } from '../support/dom.js';
import { record } from '../support/records.js';
import { PAYLOADS, type Payload } from './payloads.js';

// Every payload goes into every text field of a record and into every
// setting of the elements. The tests then check that no payload ran, that
// the rendered tree has the same elements and attribute names as a render
// of plain text, and that the text is shown exactly as given.

declare global {
  interface Window {
    __xss?: (id: number) => void;
  }
}

/**
 * Gives each payload in each field its own `__xss(n)` call and records the
 * calls that run, so a failure names the payload and the field.
 */
class ScriptProbe {
  readonly ran: string[] = [];
  #labels: string[] = [];

  /** Returns `payload` built with a call that reports `payload` in `field`. */
  text(payload: Payload, field: string): string {
    const id = this.#labels.push(`${payload.name} in ${field}`) - 1;
    return payload.build(`__xss(${id})`);
  }

  install(): void {
    window.__xss = (id: number) => this.ran.push(this.#labels[id] ?? `unknown __xss(${id})`);
  }

  uninstall(): void {
    delete window.__xss;
  }
}

const probe = new ScriptProbe();
const uncaught: string[] = [];
const recordUncaught = (event: ErrorEvent) => uncaught.push(String(event.message));

const PLAIN: Payload = { name: 'plain text', build: () => 'Plain words' };
const PLAIN_LINK: Payload = { name: 'plain link', build: () => '/tickets/plain' };
const NO_LINK: Payload = { name: 'no link', build: () => '' };

// Elements that a text field must never turn into.
const FORBIDDEN = 'script, img, svg, math, iframe, frame, object, embed, style, link, meta, base, form, input, video, audio, source, template, marquee, noscript, textarea';

const SAFE_PROTOCOLS = ['http:', 'https:'];

const VIEW = { date: '2026-12-04', timeZone: 'America/New_York', locale: 'en-US' };

type Tag = 'ticket-card' | 'my-open-tickets' | 'due-tickets-summary';

/** The settings of an element, by attribute name. An absent one is not set. */
type Settings = Partial<Record<'company' | 'ticket-href' | 'user-id' | 'locale' | 'time-zone' | 'date' | 'href', string>>;

/** One payload in a record, with the text each part of a card should show. */
interface Case {
  payload: Payload;
  ticket: Record<string, unknown>;
  settings: Settings;
  /** Expected text by card part, with the field it comes from. */
  expectedText: { part: ShownPart; field: string; text: string }[];
}

type ShownPart = 'subject' | 'body' | 'type' | 'customer' | 'business' | 'created' | 'assigned';

// The parts that show a name, which the elements may trim, so their text is
// compared without the white space at its ends. Subject and body must match
// exactly.
const NAME_PARTS: ShownPart[] = ['type', 'customer', 'business', 'created', 'assigned'];

// The parts the summary shows. The other parts exist only on the card.
const SUMMARY_PARTS: ShownPart[] = ['subject', 'customer'];

// Case builders

function objectFieldsCase(payload: Payload, id: number): Case {
  const text = (field: string) => probe.text(payload, field);
  const [subject, body, noteType, firstName, lastName, businessName, createdBy, assignedTo] = [
    text('subject'),
    text('body'),
    text('noteType.name'),
    text('customer.firstName'),
    text('customer.lastName'),
    text('customer.businessName'),
    text('createdBy.name'),
    text('assignedTo.name'),
  ];
  return {
    payload,
    settings: {},
    ticket: record({
      id,
      subject,
      body,
      noteType: { id: 3, name: noteType },
      customer: { id: 77, firstName, lastName, businessName },
      createdBy: { id: 5, name: createdBy },
      assignedTo: { id: 9, name: assignedTo },
    }),
    expectedText: [
      { part: 'subject', field: 'subject', text: subject },
      { part: 'body', field: 'body', text: body },
      { part: 'type', field: 'noteType.name', text: noteType.trim() },
      { part: 'customer', field: 'customer.lastName and customer.firstName', text: `${lastName.trim()}, ${firstName.trim()}` },
      { part: 'business', field: 'customer.businessName', text: businessName.trim() },
      { part: 'created', field: 'createdBy.name', text: createdBy.trim() },
      { part: 'assigned', field: 'assignedTo.name', text: assignedTo.trim() },
    ],
  };
}

function stringFieldsCase(payload: Payload, id: number): Case {
  const [noteType, createdBy, assignedTo] = [probe.text(payload, 'noteType'), probe.text(payload, 'createdBy'), probe.text(payload, 'assignedTo')];
  return {
    payload,
    settings: {},
    ticket: record({ id, noteType, createdBy, assignedTo }),
    expectedText: [
      { part: 'type', field: 'noteType', text: noteType.trim() },
      { part: 'created', field: 'createdBy', text: createdBy.trim() },
      { part: 'assigned', field: 'assignedTo', text: assignedTo.trim() },
    ],
  };
}

function urlCase(payload: Payload, id: number): Case {
  return {
    payload,
    settings: {},
    ticket: record({ id, url: probe.text(payload, 'url') }),
    expectedText: [{ part: 'subject', field: 'subject', text: 'Keypad beeps every night' }],
  };
}

// A due date before any real today, so the summary lists the ticket when an
// invalid `date` falls back to today.
const PAST_DUE = '2020-01-15';

function everySettingCase(payload: Payload, id: number): Case {
  const text = (attribute: keyof Settings) => probe.text(payload, attribute);
  const settings: Settings = {
    company: text('company'),
    'ticket-href': text('ticket-href'),
    'user-id': text('user-id'),
    locale: text('locale'),
    'time-zone': text('time-zone'),
    date: text('date'),
    href: text('href'),
  };
  return {
    payload,
    settings,
    ticket: record({ id, dueDate: PAST_DUE, assignedTo: { id: settings['user-id']!.trim(), name: 'Sam Ortiz' } }),
    expectedText: [{ part: 'subject', field: 'subject', text: 'Keypad beeps every night' }],
  };
}

function companyInTemplateCase(payload: Payload, id: number): Case {
  return {
    payload,
    settings: { company: probe.text(payload, 'company'), 'ticket-href': '/{company}/tickets/{id}' },
    ticket: record({ id, dueDate: PAST_DUE }),
    expectedText: [{ part: 'subject', field: 'subject', text: 'Keypad beeps every night' }],
  };
}

// Rendering

function renderElement(tag: Tag, ticket: unknown, settings: Settings): TemplateResult {
  const date = 'date' in settings ? settings.date : VIEW.date;
  const timeZone = 'time-zone' in settings ? settings['time-zone'] : VIEW.timeZone;
  const locale = 'locale' in settings ? settings.locale : VIEW.locale;
  switch (tag) {
    case 'ticket-card':
      return html`<ticket-card
        .ticket=${ticket}
        company=${settings.company ?? nothing}
        ticket-href=${settings['ticket-href'] ?? nothing}
        date=${date ?? nothing}
        time-zone=${timeZone ?? nothing}
        locale=${locale ?? nothing}
      ></ticket-card>`;
    case 'my-open-tickets':
      return html`<my-open-tickets
        .tickets=${[ticket]}
        company=${settings.company ?? nothing}
        ticket-href=${settings['ticket-href'] ?? nothing}
        user-id=${settings['user-id'] ?? nothing}
        date=${date ?? nothing}
        time-zone=${timeZone ?? nothing}
        locale=${locale ?? nothing}
      ></my-open-tickets>`;
    case 'due-tickets-summary':
      return html`<due-tickets-summary
        .tickets=${[ticket]}
        company=${settings.company ?? nothing}
        ticket-href=${settings['ticket-href'] ?? nothing}
        user-id=${settings['user-id'] ?? nothing}
        href=${settings.href ?? nothing}
        date=${date ?? nothing}
        time-zone=${timeZone ?? nothing}
        locale=${locale ?? nothing}
      ></due-tickets-summary>`;
  }
}

/** Returns every element in `host`'s light tree and in its shadow roots, nested ones included. */
function elementsIn(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(host);
  if (host.shadowRoot) visit(host.shadowRoot);
  return found;
}

/**
 * Waits for every Lit element in the tree to finish updating, in passes,
 * because a first update can create the elements of the next. Returns the
 * distinct update errors.
 */
async function settleTree(host: Element): Promise<string[]> {
  const errors = new Set<string>();
  for (let pass = 0; pass < 3; pass += 1) {
    const elements = [host, ...elementsIn(host)].filter((element): element is LitElement => 'updateComplete' in element);
    const results = await Promise.allSettled(elements.map((element) => element.updateComplete));
    for (const result of results) if (result.status === 'rejected') errors.add(String(result.reason));
  }
  return [...errors];
}

/**
 * Renders the baselines and the cases in one fixture. Returns the elements,
 * the baselines first, with the update errors of each case.
 */
async function renderAll(tag: Tag, baselines: Case[], cases: Case[]) {
  const all = [...baselines, ...cases];
  const container = await fixture<HTMLDivElement>(html`<div>${all.map((item) => renderElement(tag, item.ticket, item.settings))}</div>`);
  const elements = [...container.children];
  const errors = await Promise.all(elements.map((element) => settleTree(element)));
  return {
    baselineElements: elements.slice(0, baselines.length),
    caseElements: elements.slice(baselines.length),
    caseErrors: errors.slice(baselines.length),
  };
}

/** Hovers and focuses every element of the tree, for payloads that wait for the user. */
function interactWith(host: Element): void {
  for (const element of elementsIn(host)) {
    element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    element.dispatchEvent(new MouseEvent('mouseenter'));
    element.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    if (element instanceof HTMLElement || element instanceof SVGElement) element.focus({ preventScroll: true });
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Checks

/** Returns the tag and sorted attribute names of every element, sorted. */
function inventory(host: Element): string[] {
  return elementsIn(host)
    .map((element) => `${element.localName}[${element.getAttributeNames().sort().join(' ')}]`)
    .sort();
}

function handlerAttributes(host: Element): string[] {
  return elementsIn(host).flatMap((element) =>
    element
      .getAttributeNames()
      .filter((name) => name.toLowerCase().startsWith('on'))
      .map((name) => `${element.localName}[${name}]`),
  );
}

function forbiddenElements(host: Element): string[] {
  return elementsIn(host)
    .filter((element) => element.matches(FORBIDDEN))
    .map((element) => element.localName);
}

function protocolOf(href: string): string {
  try {
    return new URL(href, location.href).protocol;
  } catch {
    return 'an invalid URL';
  }
}

function unsafeLinks(host: Element): string[] {
  return elementsIn(host)
    .filter((element) => element.hasAttribute('href'))
    .map((element) => element.getAttribute('href')!)
    .filter((href) => !SAFE_PROTOCOLS.includes(protocolOf(href)));
}

/** Returns the text of each part of `card` that shows user text, or `null` for a missing part. */
function cardText(card: Element): Record<ShownPart, string | null> {
  const customer = part(card, 'customer');
  return {
    subject: part(card, 'subject')?.textContent ?? null,
    body: part(card, 'body')?.textContent ?? null,
    type: part(card, 'type')?.querySelector('bdi')?.textContent ?? null,
    customer: customer?.querySelector(':scope > bdi')?.textContent ?? null,
    business: customer?.querySelector('.business bdi')?.textContent ?? null,
    created: part(card, 'created')?.querySelector('bdi')?.textContent ?? null,
    assigned: part(card, 'assigned')?.querySelector('bdi')?.textContent ?? null,
  };
}

function summaryText(summary: Element): Partial<Record<ShownPart, string | null>> {
  return {
    subject: part(summary, 'item-subject')?.textContent ?? null,
    customer: part(summary, 'item-customer')?.querySelector('bdi')?.textContent ?? null,
  };
}

function shownText(tag: Tag, element: Element): Partial<Record<ShownPart, string | null>> {
  if (tag === 'ticket-card') return cardText(element);
  if (tag === 'my-open-tickets') {
    const card = element.shadowRoot!.querySelector('ticket-card');
    return card ? cardText(card) : {};
  }
  return summaryText(element);
}

function expectRendered(tag: Tag, element: Element, label: string): void {
  if (tag === 'ticket-card') {
    expect(part(element, 'subject'), `${label}: subject part`).to.not.equal(null);
  } else {
    expect(part(element, 'count')?.textContent, `${label}: count`).to.equal('(1)');
  }
}

// Test bodies

/** Where a group of tests puts the payload, and the plain renders a case may match. */
interface Group {
  name: string;
  build: (payload: Payload, id: number) => Case;
  /** The plain cases, one per way the element may show links. */
  baselines: () => Case[];
  /** Whether the payload goes into the element's settings rather than the record. */
  settings: boolean;
}

const recordGroup = (name: string, build: Group['build'], plain: Payload[]): Group => ({
  name,
  build,
  baselines: () => plain.map((payload, index) => build(payload, 10_000 + index)),
  settings: false,
});

// Plain settings that give each combination of a linked or plain subject
// and, on the summary, a linked or plain "View All Tickets".
const PLAIN_SETTINGS: Settings[] = [
  { company: 'acme', 'ticket-href': '/t/{id}', 'user-id': 'u1', href: '/all' },
  { company: 'acme', 'user-id': 'u1', href: '/all' },
  { company: 'acme', 'ticket-href': '/t/{id}', 'user-id': 'u1', href: 'javascript:void(0)' },
  { company: 'acme', 'user-id': 'u1', href: 'javascript:void(0)' },
];

// An invalid `date`, `locale` or `time-zone` falls back to the default, so
// the plain renders for those cases leave them blank.
const DEFAULT_VIEW: Settings = { date: '', locale: '', 'time-zone': '' };

const settingsGroup = (name: string, build: Group['build'], view: Settings): Group => ({
  name,
  build,
  baselines: () => PLAIN_SETTINGS.map((settings, index) => plainSettingsCase({ ...view, ...settings }, 10_000 + index)),
  settings: true,
});

const GROUPS: Group[] = [
  recordGroup('object fields', objectFieldsCase, [PLAIN]),
  recordGroup('string fields', stringFieldsCase, [PLAIN]),
  recordGroup('url', urlCase, [PLAIN_LINK, NO_LINK]),
  settingsGroup('every setting', everySettingCase, DEFAULT_VIEW),
  settingsGroup('company in the link template', companyInTemplateCase, {}),
];

function plainSettingsCase(settings: Settings, id: number): Case {
  return {
    payload: PLAIN,
    settings,
    ticket: record({ id, dueDate: PAST_DUE, assignedTo: { id: 'u1', name: 'Sam Ortiz' } }),
    expectedText: [],
  };
}

function casesOf(group: Group): Case[] {
  return PAYLOADS.map((payload, index) => group.build(payload, index + 1));
}

async function expectNoScriptRan(tag: Tag, group: Group): Promise<void> {
  const log = watchConsole();
  try {
    const { caseElements } = await renderAll(tag, group.baselines(), casesOf(group));
    await pause(300);
    for (const element of caseElements) interactWith(element);
    await pause(200);
  } finally {
    log.restore();
  }

  expect(probe.ran, 'payloads that ran').to.deep.equal([]);
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
}

async function expectNoInjection(tag: Tag, group: Group): Promise<void> {
  const cases = casesOf(group);
  const log = watchConsole();
  let rendered: Awaited<ReturnType<typeof renderAll>>;
  try {
    rendered = await renderAll(tag, group.baselines(), cases);
  } finally {
    log.restore();
  }
  const { baselineElements, caseElements, caseErrors } = rendered;
  const baselineInventories = baselineElements.map(inventory);
  const known = new Set(baselineInventories.flat());

  cases.forEach((item, index) => {
    const element = caseElements[index];
    const label = `${item.payload.name} in ${group.name}`;
    const actual = inventory(element);

    expect(caseErrors[index], `${label}: update errors`).to.deep.equal([]);
    expect(forbiddenElements(element), `${label}: injected elements`).to.deep.equal([]);
    expect(handlerAttributes(element), `${label}: event handler attributes`).to.deep.equal([]);
    expect(unsafeLinks(element), `${label}: links that are not http(s)`).to.deep.equal([]);
    expect(actual.filter((entry) => !known.has(entry)), `${label}: elements not in a plain render`).to.deep.equal([]);
    expect(
      baselineInventories.some((baseline) => JSON.stringify(baseline) === JSON.stringify(actual)),
      `${label}: same elements and attribute names as a plain render`,
    ).to.equal(true);
  });
}

async function expectTextAsGiven(tag: Tag, group: Group): Promise<void> {
  const cases = casesOf(group);
  const log = watchConsole();
  let rendered: Awaited<ReturnType<typeof renderAll>>;
  try {
    rendered = await renderAll(tag, [], cases);
  } finally {
    log.restore();
  }

  cases.forEach((item, index) => {
    const shown = shownText(tag, rendered.caseElements[index]);
    for (const expected of item.expectedText) {
      if (tag === 'due-tickets-summary' && !SUMMARY_PARTS.includes(expected.part)) continue;

      const text = NAME_PARTS.includes(expected.part) ? shown[expected.part]?.trim() : shown[expected.part];

      expect(text, `${item.payload.name} in ${expected.field}: ${expected.part} text`).to.equal(expected.text);
    }
  });
  expect(log.warnings, 'console warnings').to.deep.equal([]);
  expect(log.errors, 'console errors').to.deep.equal([]);
}

async function expectSettingsRender(tag: Tag, group: Group): Promise<void> {
  const cases = casesOf(group);
  const log = watchConsole();
  let rendered: Awaited<ReturnType<typeof renderAll>>;
  try {
    rendered = await renderAll(tag, [], cases);
  } finally {
    log.restore();
  }
  const warnings = log.warnings.map((args) => String(args[0]));

  cases.forEach((item, index) => {
    const label = `${item.payload.name} in ${group.name}`;
    const element = rendered.caseElements[index];

    expect(rendered.caseErrors[index], `${label}: update errors`).to.deep.equal([]);
    expectRendered(tag, element, label);
    expect(shownText(tag, element).subject, `${label}: subject text`).to.equal('Keypad beeps every night');
    for (const attribute of WARNING_SETTINGS) {
      const value = item.settings[attribute]?.trim();
      if (value === undefined) continue;

      expect(
        warnings.some((warning) => warning.includes(`${attribute} "${value}"`)),
        `${item.payload.name} in ${attribute}: warning`,
      ).to.equal(true);
    }
  });
  expect(log.errors, 'console errors').to.deep.equal([]);
}

// The settings that warn on every payload, because no payload is a valid
// language tag, IANA time zone or yyyy-MM-dd day.
const WARNING_SETTINGS = ['locale', 'time-zone', 'date'] as const;

const TAGS: Tag[] = ['ticket-card', 'my-open-tickets', 'due-tickets-summary'];

before(() => {
  probe.install();
  addEventListener('error', recordUncaught);
});

after(() => {
  probe.uninstall();
  removeEventListener('error', recordUncaught);
});

describe('script probe', () => {
  it('detects payloads parsed as HTML', async () => {
    // The control: the probe must see payloads run when test code, not the
    // elements, parses them as HTML. The three run at once, after a network
    // error and in a later task.
    const controls = ['script tag', 'img onerror', 'details open ontoggle'].map((name) => PAYLOADS.find((payload) => payload.name === name)!);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const before = probe.ran.length;

    container.append(document.createRange().createContextualFragment(controls.map((payload) => probe.text(payload, 'control')).join('')));
    await pause(300);
    const detected = probe.ran.splice(before);

    expect(detected.sort()).to.deep.equal(controls.map((payload) => `${payload.name} in control`).sort());
  });
});

for (const tag of TAGS) {
  describe(`<${tag}>`, () => {
    for (const group of GROUPS) {
      describe(`with payloads in ${group.name}`, () => {
        it('runs no script', async () => {
          await expectNoScriptRan(tag, group);
        });

        it('adds no elements or attributes', async () => {
          await expectNoInjection(tag, group);
        });

        if (group.settings) {
          it('renders and warns about invalid settings', async () => {
            await expectSettingsRender(tag, group);
          });
        } else {
          it('shows the text as given', async () => {
            await expectTextAsGiven(tag, group);
          });
        }
      });
    }
  });
}

describe('after every render', () => {
  it('saw no payload run', async () => {
    await pause(200);

    expect(probe.ran, 'payloads that ran').to.deep.equal([]);
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });
});
