// Generated ticket records for the benchmarks, in the endpoint's plain
// format (see mocks/ticket-records.ts for the annotated record type). The
// same seed always gives the same records, so runs on different days and
// machines render the same cards. The module has no imports and runs both in
// Node and in the browser.

/** The day the due dates are relative to, and the `date` the elements are given. */
export const BENCH_TODAY = '2026-12-04';
export const BENCH_TIME_ZONE = 'America/New_York';
export const BENCH_LOCALE = 'en-US';
export const DEFAULT_SEED = 20261204;

const COMPANY = 'acme-security';
const FIRST_ID = 100_000;

const FIRST_NAMES = ['John', 'Maria', 'Wei', 'Priya', 'Robert', 'Renée', 'Linda', 'Mike', 'Tom', 'Aisha', 'Olga', 'Kenji', 'Fatima', 'Lucas', 'Grace', 'Dmitri'];
const LAST_NAMES = ['Doe', 'Garcia', 'Chen', 'Patel', 'Johnson', 'Lefèvre', 'Park', 'Brennan', 'Smith', 'Okafor', 'Nakamura', 'Rossi', 'Haddad', 'Novak', 'Kowalski', 'Silva'];
const BUSINESSES = ['Harbor View Dental', 'Northside Storage LLC', 'Riverside Community Church', 'Maple Street Pharmacy', 'Smith & Sons Hardware', 'Summit Auto Body', 'Lakeside Veterinary Clinic', 'Golden Wok Restaurant'];
const USERS = [
  { id: 1, name: 'Monitoring Center' },
  { id: 3, name: 'Dana Kim' },
  { id: 5, name: 'Ann Lee' },
  { id: 9, name: 'Sam Ortiz' },
  { id: 12, name: 'Marcus Webb' },
];
const NOTE_TYPES = [
  { id: 1, name: 'Installation' },
  { id: 2, name: 'Billing' },
  { id: 3, name: 'Service Issue' },
  { id: 4, name: 'Monitoring' },
  { id: 5, name: 'Sales Follow-up' },
  { id: 6, name: 'Inspection' },
];
const PRIORITIES = ['high', 'medium', 'low'];
const SUBJECTS = [
  'Keypad beeps every night',
  'Panel offline since storm',
  'Low battery on door sensor',
  'Schedule annual inspection',
  'Camera 3 not recording',
  'Update emergency contacts',
  'Monitoring contract renewal',
  'False alarm dispatch fee dispute',
  'Communicator failing to report',
  'Replace backup battery in panel',
  'Zone 4 trouble condition',
  'Garage door contact misaligned',
  'Customer forgot master code',
  'Add cellular backup communicator',
  'Quote for additional cameras for the warehouse loading dock and the rear parking lot',
  'Fire alarm annual certification',
  'Remote app not showing cameras',
  'Glass-break sensor too sensitive',
  'Water leak sensor alert',
  'Monthly invoice charged twice',
];
const SENTENCES = [
  'Customer called in about this.',
  'Please call the customer to schedule a visit.',
  'Signal history shows repeated trouble signals overnight.',
  'Customer prefers texts to calls.',
  'Gate code is 4411.',
  'Left a voicemail, try again tomorrow morning.',
  'Customer is traveling until next week, so call the secondary contact.',
  'They want a quote before we send anyone out.',
  'Email the quote to the billing contact.',
  'Parts ordered from the distributor and expected in 3 to 5 business days.',
  'Monitoring center flagged this account after two missed check-ins.',
  'The technician should bring a spare 7Ah battery and a communicator.',
  'The facilities manager is only on site Tuesday and Thursday mornings.',
  'Pull the event log and the call recording before calling back.',
];

/** Returns a PRNG (mulberry32) whose values in [0, 1) depend only on `seed`. */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const integer = (random, min, max) => min + Math.floor(random() * (max - min + 1));
const pick = (random, items) => items[Math.floor(random() * items.length)];
const pad = (value) => String(value).padStart(2, '0');

function dayFrom(today, offset) {
  const [year, month, day] = today.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + offset)).toISOString().slice(0, 10);
}

/**
 * Returns a body of one line (30%), one paragraph (40%) or two to four
 * paragraphs (30%), with `\n` between lines and a blank line between
 * paragraphs.
 */
function createBody(random) {
  const roll = random();
  if (roll < 0.3) return pick(random, SENTENCES);
  const paragraphs = roll < 0.7 ? 1 : integer(random, 2, 4);

  const blocks = [];
  for (let p = 0; p < paragraphs; p++) {
    const lines = [];
    const count = integer(random, 2, 6);
    for (let s = 0; s < count; s++) lines.push(pick(random, SENTENCES));
    blocks.push(lines.join(random() < 0.5 ? ' ' : '\n'));
  }
  return blocks.join('\n\n');
}

/**
 * Returns a due date: 25% overdue, 15% due today and 60% upcoming. Of
 * these, 70% are dates (`yyyy-MM-dd`), 25% date-times with an offset and 5%
 * date-times without one.
 */
function createDueDate(random, today) {
  const roll = random();
  const offset = roll < 0.25 ? -integer(random, 1, 30) : roll < 0.4 ? 0 : integer(random, 1, 60);
  const day = dayFrom(today, offset);

  const form = random();
  if (form < 0.7) return day;
  const time = `${pad(integer(random, 8, 17))}:${pick(random, ['00', '15', '30', '45'])}:00`;
  return form < 0.95 ? `${day}T${time}-05:00` : `${day}T${time}`;
}

function createCustomer(random, id) {
  const businessName = random() < 0.35 ? pick(random, BUSINESSES) : null;
  return { id, firstName: pick(random, FIRST_NAMES), lastName: pick(random, LAST_NAMES), businessName };
}

/**
 * Builds `count` open tickets with every record field set: priority, note
 * type, customer, creator, assignee, due date and URL. Only
 * `customer.businessName` is `null`, on the 65% of customers that are
 * residential. Ids are unique and increasing with random gaps, and the
 * records come in shuffled order, so the elements must sort them.
 */
export function createBenchRecords(count, { seed = DEFAULT_SEED, today = BENCH_TODAY } = {}) {
  const random = createRandom(seed);
  const customerCount = Math.max(10, Math.ceil(count / 4));
  const customers = Array.from({ length: customerCount }, (_, index) => createCustomer(random, 5000 + index));

  const records = [];
  let id = FIRST_ID;
  for (let index = 0; index < count; index++) {
    id += integer(random, 1, 5);
    const customer = pick(random, customers);
    const createdDaysAgo = integer(random, 2, 90);
    const createdAt = `${dayFrom(today, -createdDaysAgo)}T${pad(integer(random, 0, 23))}:${pad(integer(random, 0, 59))}:${pad(integer(random, 0, 59))}Z`;
    records.push({
      id,
      subject: pick(random, SUBJECTS),
      body: createBody(random),
      isTicket: true,
      status: 'open',
      priority: pick(random, PRIORITIES),
      noteType: pick(random, NOTE_TYPES),
      customer: { ...customer },
      createdAt,
      createdBy: { ...pick(random, USERS) },
      assignedTo: { ...pick(random, USERS) },
      dueDate: createDueDate(random, today),
      url: `/${COMPANY}/customers/${customer.id}/notes/${id}/edit`,
    });
  }

  for (let i = records.length - 1; i > 0; i--) {
    const j = integer(random, 0, i);
    [records[i], records[j]] = [records[j], records[i]];
  }
  return records;
}

/**
 * Returns the records a refresh delivers after three changes: the subject
 * of one ticket edited, one new ticket with the highest id, and one ticket
 * closed. Every record is a fresh copy, as after parsing a new response.
 */
export function createRefreshedRecords(records) {
  const next = structuredClone(records);
  const byId = [...next].sort((a, b) => a.id - b.id);
  const edited = byId[Math.floor(byId.length / 2)];
  const closed = byId[Math.floor(byId.length / 3)];
  edited.subject = `${edited.subject} (customer called back)`;
  closed.status = 'closed';

  const added = structuredClone(byId[byId.length - 1]);
  added.id += 1;
  added.subject = 'Siren sounds on arming';
  added.url = `/${COMPANY}/customers/${added.customer.id}/notes/${added.id}/edit`;
  next.push(added);

  return { records: next, changed: { edited: edited.id, closed: closed.id, added: added.id } };
}

const PERSON_TYPE = 'users';

/**
 * Converts plain records into a JSON:API document of `customer_notes` with
 * snake_case attributes and the customers, users and note types in
 * `included`, as the CRM's API sends them.
 */
export function toJsonApiDocument(records) {
  const included = new Map();
  const include = (type, id, attributes) => {
    const key = `${type}:${id}`;
    if (!included.has(key)) included.set(key, { type, id: String(id), attributes });
    return { data: { type, id: String(id) } };
  };
  const person = (user) => {
    const [fname, ...rest] = user.name.split(' ');
    return include(PERSON_TYPE, user.id, { fname, lname: rest.join(' ') });
  };

  const data = records.map((record) => ({
    type: 'customer_notes',
    id: String(record.id),
    attributes: {
      subject: record.subject,
      note: record.body,
      is_ticket: record.isTicket,
      status: record.status,
      priority: record.priority.charAt(0).toUpperCase() + record.priority.slice(1),
      due_date: record.dueDate,
      created_at: record.createdAt,
      url: record.url,
    },
    relationships: {
      customer: include('customers', record.customer.id, {
        fname: record.customer.firstName,
        lname: record.customer.lastName,
        business_name: record.customer.businessName,
      }),
      assigned_user: person(record.assignedTo),
      created_by_user: person(record.createdBy),
      note_type: include('customer_note_types', record.noteType.id, { name: record.noteType.name }),
    },
  }));

  return { data, included: [...included.values()], links: { next: null } };
}
