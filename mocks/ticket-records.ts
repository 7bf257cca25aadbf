/**
 * A seeded, deterministic set of raw ticket records for the demo, the tests
 * and Storybook.
 *
 * Due dates and creation times are computed from `today`, so the set always
 * contains overdue, due-today and upcoming tickets. Hand-written records
 * cover the edge cases that the elements must handle. The seed varies only
 * the generated tickets that bring the set to a realistic size.
 */
import { addDays, format, isValid, parseISO } from 'date-fns';

/** The id of the demo's signed-in user, who has most of the tickets in the data set. */
export const DEMO_USER_ID = 9;

/** The company slug in the portal links of the data set. */
export const DEMO_COMPANY = 'acme-security';

/** A portal user as the endpoint sends it. */
export interface TicketRecordPerson {
  id: number;
  name: string;
}

/** A customer as the endpoint sends it. Residential customers have no business name. */
export interface TicketRecordCustomer {
  id: number;
  firstName: string | null;
  lastName: string | null;
  businessName: string | null;
}

/** A note type in its object form. */
export interface TicketRecordNoteType {
  id: number;
  name: string;
}

/**
 * One record of `GET /api/tickets` before parsing. The endpoint mixes open
 * tickets with closed ones, plain notes and other users' tickets, so the
 * elements must filter.
 */
export interface TicketRecord {
  /** Usually a number, but a few records send a string of digits such as `"1187"`. */
  id: number | string;
  /** Absent only on the one record that the set includes to be rejected. */
  subject?: string;
  /** Plain text with `\n` or `\r\n` line breaks. */
  body: string;
  /** `false` for plain notes, which are not tickets. */
  isTicket: boolean;
  /** `open` or `closed`. */
  status: string;
  /** `high`, `medium` or `low` in any letter case, or `null`. Some records omit the key. */
  priority?: string | null;
  /** Some records send the note type as a plain name instead of an object. */
  noteType: TicketRecordNoteType | string | null;
  customer: TicketRecordCustomer;
  /** ISO 8601 in UTC, such as `2026-12-01T15:04:05Z`. */
  createdAt: string;
  createdBy: TicketRecordPerson;
  assignedTo: TicketRecordPerson | null;
  /** `yyyy-MM-dd`, or a date-time that has an offset on all records but one. */
  dueDate: string | null;
  /** A link relative to the portal origin. */
  url: string | null;
}

/** Options of {@link createTicketRecords}. */
export interface TicketRecordOptions {
  /** The day that due dates are relative to, as `yyyy-MM-dd`. Defaults to the local date. */
  today?: string;
  /** Seed of the generated tickets. The hand-written records do not depend on it. */
  seed?: number;
}

const DEFAULT_SEED = 20261204;

/**
 * Generated open tickets for the demo user. With the 13 hand-written ones
 * the demo user has 65, spread over several pages of the mock endpoint.
 */
const GENERATED_TICKET_COUNT = 52;

const MONITORING_CENTER: TicketRecordPerson = { id: 1, name: 'Monitoring Center' };
const DANA_KIM: TicketRecordPerson = { id: 3, name: 'Dana Kim' };
const ANN_LEE: TicketRecordPerson = { id: 5, name: 'Ann Lee' };
const SAM_ORTIZ: TicketRecordPerson = { id: DEMO_USER_ID, name: 'Sam Ortiz' };
const MARCUS_WEBB: TicketRecordPerson = { id: 12, name: 'Marcus Webb' };

const AUTHORS = [MONITORING_CENTER, DANA_KIM, ANN_LEE, SAM_ORTIZ, MARCUS_WEBB];

const NOTE_TYPES = {
  installation: { id: 1, name: 'Installation' },
  billing: { id: 2, name: 'Billing' },
  serviceIssue: { id: 3, name: 'Service Issue' },
  monitoring: { id: 4, name: 'Monitoring' },
  salesFollowUp: { id: 5, name: 'Sales Follow-up' },
  inspection: { id: 6, name: 'Inspection' },
} satisfies Record<string, TicketRecordNoteType>;

function residential(
  id: number,
  firstName: string | null,
  lastName: string | null,
): TicketRecordCustomer {
  return { id, firstName, lastName, businessName: null };
}

function business(
  id: number,
  businessName: string,
  firstName: string | null = null,
  lastName: string | null = null,
): TicketRecordCustomer {
  return { id, firstName, lastName, businessName };
}

const CUSTOMERS = {
  johnDoe: residential(77, 'John', 'Doe'),
  mariaGarcia: residential(81, 'Maria', 'Garcia'),
  weiChen: residential(94, 'Wei', 'Chen'),
  priyaPatel: residential(102, 'Priya', 'Patel'),
  robertJohnson: residential(115, 'Robert', 'Johnson'),
  reneeLefevre: residential(123, 'Renée', 'Lefèvre'),
  nakamura: residential(131, null, 'Nakamura'),
  dolores: residential(138, 'Dolores', null),
  harborViewDental: business(140, 'Harbor View Dental', 'Linda', 'Park'),
  northsideStorage: business(152, 'Northside Storage LLC', 'Mike', 'Brennan'),
  riversideChurch: business(167, 'Riverside Community Church'),
  mapleStreetPharmacy: business(171, 'Maple Street Pharmacy'),
  smithAndSons: business(186, 'Smith & Sons Hardware', 'Tom', 'Smith'),
  summitAutoBody: business(203, 'Summit Auto Body'),
} satisfies Record<string, TicketRecordCustomer>;

const CUSTOMER_LIST = Object.values(CUSTOMERS);

const GENERATED_SUBJECTS = [
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
  'Quote for additional cameras',
  'Fire alarm annual certification',
  'Remote app not showing cameras',
  'Glass-break sensor too sensitive',
  'Move keypad to side entrance',
  'Tamper alarm on motion detector',
  'Freeze sensor in basement offline',
  'Water leak sensor alert',
  'Upgrade to touchscreen panel',
  'Confirm alarm permit number with city',
  'Monthly invoice charged twice',
  'Set up user codes for new staff',
  'DVR hard drive full',
  'Door chime not working',
  'Wireless siren out of range',
  'Cancel service at old address',
];

const GENERATED_BODIES = [
  'Customer called in about this.',
  'Please call the customer to schedule a visit.',
  'Signal history shows repeated trouble signals overnight.\nTechnician visit may be needed.',
  'Customer prefers texts to calls.\nGate code is 4411.',
  'Left a voicemail. Try again tomorrow morning.',
  'Customer is traveling until next week.\nOK to call the secondary contact.',
  'Spoke with the customer.\n\n' +
    'They want a quote before we send anyone out.\nEmail the quote to the billing contact.',
  'Parts ordered from the distributor.\nExpected in 3 to 5 business days.',
  'Monitoring center flagged this account.\n\n' +
    'Review the event log for the last 30 days and confirm the zone list with the customer.',
  'Customer asked for a call back after 4pm.',
];

/** Priorities of generated tickets. Repeated values are drawn more often. */
const GENERATED_PRIORITIES = ['high', 'medium', 'medium', 'low', 'low', null];

const NOTE_TYPE_LIST = Object.values(NOTE_TYPES);

/** mulberry32: a small 32-bit PRNG that returns floats in [0, 1). */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function randomInteger(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInteger(random, 0, i);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Dates relative to the day the set is built for. */
interface Calendar {
  /** The day `offset` days from today, as `yyyy-MM-dd`. */
  day(offset: number): string;
  /**
   * A UTC timestamp `daysAgo` days before today at `time` (`HH:mm:ss`).
   * `daysAgo` must be at least 2 so that the instant lies in the past in
   * every time zone, up to UTC+14.
   */
  createdAt(daysAgo: number, time: string): string;
}

function createCalendar(today: string): Calendar {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    throw new RangeError(`Invalid today "${today}": expected a date as yyyy-MM-dd.`);
  }
  // parseISO reads a date-only string as local midnight, so addDays steps
  // whole calendar days even across a daylight-saving change.
  const localToday = parseISO(today);
  if (!isValid(localToday) || format(localToday, 'yyyy-MM-dd') !== today) {
    throw new RangeError(`Invalid today "${today}": no such calendar day.`);
  }
  const [year, month, dayOfMonth] = today.split('-').map(Number);

  return {
    day: (offset) => format(addDays(localToday, offset), 'yyyy-MM-dd'),
    createdAt: (daysAgo, time) => {
      if (daysAgo < 2) {
        throw new RangeError(`Invalid daysAgo ${daysAgo}: must be at least 2.`);
      }
      const utcDay = new Date(Date.UTC(year, month - 1, dayOfMonth - daysAgo));
      return `${utcDay.toISOString().slice(0, 10)}T${time}Z`;
    },
  };
}

function editUrl(customer: TicketRecordCustomer, id: number | string): string {
  return `/${DEMO_COMPANY}/customers/${customer.id}/notes/${id}/edit`;
}

const LONG_URL =
  'https://support.example.com/downloads/firmware/cameras/nvr-8ch-4k/release-notes/2026/' +
  'v4.12.7-hotfix-3/' +
  'ReleaseNotes_NVR8CH4K_v4.12.7_hotfix3_full_changelog_and_known_issues_for_dealers.pdf' +
  '?utm_source=dealer-portal&utm_medium=email&utm_campaign=firmware-advisory' +
  '&ref=acme-security-ticket-queue';

/**
 * Builds the open tickets of the demo user that cover the edge cases. Ids 9
 * and 10 sit next to 1042 and the string ids, so only a numeric sort orders
 * them. The tickets also cover every priority spelling, every note type form,
 * `\r\n` bodies and each due date form.
 */
function createEdgeCaseTickets(calendar: Calendar): TicketRecord[] {
  const { day, createdAt } = calendar;
  return [
    {
      id: 1042,
      subject: 'Keypad beeps every night',
      body: 'Customer says it starts at 2am.\nPlease call before 5pm.',
      isTicket: true,
      status: 'open',
      priority: 'high',
      noteType: NOTE_TYPES.serviceIssue,
      customer: CUSTOMERS.johnDoe,
      createdAt: createdAt(3, '15:04:05'),
      createdBy: ANN_LEE,
      assignedTo: SAM_ORTIZ,
      dueDate: day(0),
      url: editUrl(CUSTOMERS.johnDoe, 1042),
    },
    {
      id: 9,
      subject: 'Panel offline since storm',
      body:
        'The panel stopped checking in during the storm on Tuesday night.\n\n' +
        'Monitoring center tried the cellular path twice with no answer. ' +
        'Power at the site is back according to the customer.\n\n' +
        'Bring a spare communicator and a 7Ah battery.',
      isTicket: true,
      status: 'open',
      priority: 'High',
      noteType: NOTE_TYPES.monitoring,
      customer: CUSTOMERS.northsideStorage,
      createdAt: createdAt(4, '11:20:00'),
      createdBy: MONITORING_CENTER,
      assignedTo: SAM_ORTIZ,
      dueDate: `${day(-2)}T17:00:00-05:00`,
      url: null,
    },
    {
      id: 10,
      subject: 'Low battery on door sensor',
      body: 'Front door contact reports low battery.',
      isTicket: true,
      status: 'open',
      priority: 'low',
      noteType: 'Service Issue',
      customer: CUSTOMERS.weiChen,
      createdAt: createdAt(2, '08:45:10'),
      createdBy: SAM_ORTIZ,
      assignedTo: SAM_ORTIZ,
      dueDate: day(5),
      url: null,
    },
    {
      id: '1187',
      subject: 'Update emergency contacts',
      body: 'Customer wants her daughter added as the first call.\nRemove the neighbor.',
      isTicket: true,
      status: 'open',
      priority: 'medium',
      noteType: null,
      customer: CUSTOMERS.dolores,
      createdAt: createdAt(6, '19:02:33'),
      createdBy: DANA_KIM,
      assignedTo: SAM_ORTIZ,
      dueDate: null,
      url: null,
    },
    {
      id: 100,
      subject: 'Schedule annual inspection',
      body:
        'Annual fire and burglary inspection is due this month.\r\n\r\n' +
        'The facilities manager is only on site Tuesday and Thursday mornings.\r\n' +
        'Bring the inspection tags.',
      isTicket: true,
      status: 'open',
      noteType: NOTE_TYPES.inspection,
      customer: CUSTOMERS.riversideChurch,
      createdAt: createdAt(20, '13:30:00'),
      createdBy: DANA_KIM,
      assignedTo: SAM_ORTIZ,
      dueDate: day(14),
      url: editUrl(CUSTOMERS.riversideChurch, 100),
    },
    {
      id: 1003,
      subject: 'Camera 3 not recording',
      body:
        `Customer sent the vendor's firmware notice: ${LONG_URL}\n` +
        'Camera 3 stopped recording after the automatic update.',
      isTicket: true,
      status: 'open',
      priority: 'high',
      noteType: NOTE_TYPES.serviceIssue,
      customer: CUSTOMERS.mapleStreetPharmacy,
      createdAt: createdAt(2, '16:12:47'),
      createdBy: ANN_LEE,
      assignedTo: SAM_ORTIZ,
      dueDate: `${day(0)}T17:00:00-05:00`,
      url: null,
    },
    {
      id: 1015,
      subject: 'Monitoring contract renewal',
      body:
        'Contract ends at the end of the quarter.\n' +
        'Offer the 3-year rate with video verification.',
      isTicket: true,
      status: 'open',
      priority: 'Medium',
      noteType: NOTE_TYPES.salesFollowUp,
      customer: CUSTOMERS.harborViewDental,
      createdAt: createdAt(10, '09:00:00'),
      createdBy: MARCUS_WEBB,
      assignedTo: SAM_ORTIZ,
      dueDate: `${day(3)}T09:30:00-08:00`,
      url: editUrl(CUSTOMERS.harborViewDental, 1015),
    },
    {
      id: 1021,
      subject: 'False alarm dispatch fee dispute',
      body:
        'Customer disputes the city fee for the dispatch last month.\r\n' +
        'He says the alarm was caused by a contractor.\r\n\r\n' +
        'Pull the event log and the call recording before calling back.',
      isTicket: true,
      status: 'open',
      priority: 'LOW',
      noteType: 'Billing',
      customer: CUSTOMERS.nakamura,
      createdAt: createdAt(15, '21:40:05'),
      createdBy: ANN_LEE,
      assignedTo: SAM_ORTIZ,
      dueDate: day(-10),
      url: null,
    },
    {
      id: '2001',
      subject: 'Install glass-break sensor in sunroom',
      body: 'Sensor is in stock. Two-hour install.',
      isTicket: true,
      status: 'open',
      priority: null,
      noteType: NOTE_TYPES.installation,
      customer: CUSTOMERS.priyaPatel,
      createdAt: createdAt(7, '14:55:00'),
      createdBy: MARCUS_WEBB,
      assignedTo: SAM_ORTIZ,
      // 02:00 UTC tomorrow is still this evening in the Americas.
      dueDate: `${day(1)}T02:00:00Z`,
      url: null,
    },
    {
      id: 1030,
      subject: 'Smoke detector chirping in hallway',
      body: 'Probably the battery. Customer cannot reach the ceiling.',
      isTicket: true,
      status: 'open',
      priority: 'medium',
      noteType: NOTE_TYPES.serviceIssue,
      customer: CUSTOMERS.reneeLefevre,
      createdAt: createdAt(2, '07:15:00'),
      createdBy: SAM_ORTIZ,
      assignedTo: SAM_ORTIZ,
      // No offset: the elements read this in the viewer's time zone.
      dueDate: `${day(1)}T08:00:00`,
      url: null,
    },
    {
      id: 1033,
      subject: 'Add user code for the cleaning crew',
      body: 'Code should only work weekdays 6pm to 10pm.',
      isTicket: true,
      status: 'open',
      priority: 'low',
      noteType: null,
      customer: CUSTOMERS.smithAndSons,
      createdAt: createdAt(5, '10:10:10'),
      createdBy: DANA_KIM,
      assignedTo: SAM_ORTIZ,
      dueDate: day(-1),
      url: null,
    },
    {
      id: 1050,
      subject: 'Motion detector false trips at night',
      body: 'Three dispatches this month from zone 7.\nCheck for a heater or a loose mount.',
      isTicket: true,
      status: 'open',
      priority: 'High',
      noteType: NOTE_TYPES.monitoring,
      customer: CUSTOMERS.summitAutoBody,
      createdAt: createdAt(40, '05:30:00'),
      createdBy: MONITORING_CENTER,
      assignedTo: SAM_ORTIZ,
      dueDate: day(-30),
      url: null,
    },
    {
      id: 1055,
      subject:
        'Customer requests a quote to add two outdoor cameras, a driveway sensor ' +
        'and cellular backup before the holidays',
      body: 'Walk the property with the customer first.',
      isTicket: true,
      status: 'open',
      priority: 'medium',
      noteType: NOTE_TYPES.salesFollowUp,
      customer: CUSTOMERS.robertJohnson,
      createdAt: createdAt(3, '17:45:00'),
      createdBy: MARCUS_WEBB,
      assignedTo: SAM_ORTIZ,
      dueDate: day(0),
      url: editUrl(CUSTOMERS.robertJohnson, 1055),
    },
  ];
}

/**
 * Builds the records that the elements must leave out: closed tickets, plain
 * notes, other users' and unassigned tickets, and one record without a
 * subject. Most have due dates that would otherwise count as overdue or due
 * today.
 */
function createExcludedRecords(calendar: Calendar): TicketRecord[] {
  const { day, createdAt } = calendar;
  const closed = (
    id: number,
    subject: string,
    dueDate: string | null,
    daysAgo: number,
  ): TicketRecord => ({
    id,
    subject,
    body: 'Resolved on site.',
    isTicket: true,
    status: 'closed',
    priority: 'medium',
    noteType: NOTE_TYPES.serviceIssue,
    customer: CUSTOMERS.mariaGarcia,
    createdAt: createdAt(daysAgo, '12:00:00'),
    createdBy: ANN_LEE,
    assignedTo: SAM_ORTIZ,
    dueDate,
    url: null,
  });
  const note = (id: number, subject: string, body: string, daysAgo: number): TicketRecord => ({
    id,
    subject,
    body,
    isTicket: false,
    status: 'open',
    priority: null,
    noteType: NOTE_TYPES.billing,
    customer: CUSTOMERS.johnDoe,
    createdAt: createdAt(daysAgo, '10:30:00'),
    createdBy: SAM_ORTIZ,
    assignedTo: SAM_ORTIZ,
    dueDate: day(0),
    url: null,
  });
  const otherUsers = (
    id: number,
    subject: string,
    assignedTo: TicketRecordPerson | null,
    dueDate: string | null,
  ): TicketRecord => ({
    id,
    subject,
    body: 'Customer called the office.',
    isTicket: true,
    status: 'open',
    priority: 'high',
    noteType: NOTE_TYPES.serviceIssue,
    customer: CUSTOMERS.weiChen,
    createdAt: createdAt(8, '15:00:00'),
    createdBy: DANA_KIM,
    assignedTo,
    dueDate,
    url: null,
  });

  return [
    closed(1001, 'Replace siren in garage', day(-3), 9),
    closed(1008, 'Reset master code', day(0), 4),
    closed(1012, 'Remove old keypad from basement', null, 30),
    note(1005, 'Called customer about invoice', 'Customer will pay by card on Friday.', 2),
    note(1011, 'Customer prefers email', 'Do not call the home number.', 12),
    note(1019, 'Sent welcome packet', 'Packet includes the yard signs and window decals.', 25),
    otherUsers(1002, 'Keypad display dim', ANN_LEE, day(-1)),
    otherUsers(1017, 'Install panic button at front desk', ANN_LEE, day(0)),
    otherUsers(1025, 'Quote for access control', ANN_LEE, day(6)),
    otherUsers(1004, 'Camera 1 offline', MARCUS_WEBB, day(-4)),
    otherUsers(1028, 'Review monitoring invoice', MARCUS_WEBB, day(0)),
    otherUsers(1036, 'Replace back door contact', MARCUS_WEBB, null),
    otherUsers(1039, 'New lead from website form', null, day(1)),
    {
      id: 1044,
      body: 'The subject was lost when this ticket was imported from the old system.',
      isTicket: true,
      status: 'open',
      priority: 'medium',
      noteType: NOTE_TYPES.serviceIssue,
      customer: CUSTOMERS.mariaGarcia,
      createdAt: createdAt(11, '09:09:09'),
      createdBy: DANA_KIM,
      assignedTo: SAM_ORTIZ,
      dueDate: day(2),
      url: null,
    },
  ];
}

/** Returns a due-day offset: about 30% overdue, 20% today, 35% upcoming and 15% none. */
function drawDueOffset(random: Random): number | null {
  const draw = random();
  if (draw < 0.3) return -randomInteger(random, 1, 40);
  if (draw < 0.5) return 0;
  if (draw < 0.85) return randomInteger(random, 1, 30);
  return null;
}

function drawNoteType(random: Random): TicketRecord['noteType'] {
  const draw = random();
  if (draw < 0.8) return pick(random, NOTE_TYPE_LIST);
  if (draw < 0.9) return pick(random, NOTE_TYPE_LIST).name;
  return null;
}

function drawTime(random: Random): string {
  const seconds = randomInteger(random, 0, 24 * 60 * 60 - 1);
  const parts = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  return parts.map((part) => String(part).padStart(2, '0')).join(':');
}

/** Generates open tickets for the demo user whose ids avoid `usedIds`. */
function createGeneratedTickets(
  calendar: Calendar,
  random: Random,
  usedIds: Set<number>,
): TicketRecord[] {
  const tickets: TicketRecord[] = [];
  let id = 1100;
  while (tickets.length < GENERATED_TICKET_COUNT) {
    id += randomInteger(random, 1, 6);
    if (usedIds.has(id)) continue;
    usedIds.add(id);

    const dueOffset = drawDueOffset(random);
    const customer = pick(random, CUSTOMER_LIST);
    // A ticket is created before it falls due.
    const daysAgo = Math.max(0, -(dueOffset ?? 0)) + randomInteger(random, 2, 21);
    tickets.push({
      id,
      subject: pick(random, GENERATED_SUBJECTS),
      body: pick(random, GENERATED_BODIES),
      isTicket: true,
      status: 'open',
      priority: pick(random, GENERATED_PRIORITIES),
      noteType: drawNoteType(random),
      customer,
      createdAt: calendar.createdAt(daysAgo, drawTime(random)),
      createdBy: pick(random, AUTHORS),
      assignedTo: SAM_ORTIZ,
      dueDate: dueOffset === null ? null : calendar.day(dueOffset),
      url: random() < 0.15 ? editUrl(customer, id) : null,
    });
  }
  return tickets;
}

/**
 * Creates the raw records that the mock endpoint serves, in a seeded order.
 * The same `today` and `seed` always produce the same records.
 *
 * @throws RangeError when `today` is not a valid `yyyy-MM-dd` day or `seed` is not an integer.
 */
export function createTicketRecords(options: TicketRecordOptions = {}): TicketRecord[] {
  const today = options.today ?? format(new Date(), 'yyyy-MM-dd');
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed)) {
    throw new RangeError(`Invalid seed ${seed}: expected an integer.`);
  }

  const calendar = createCalendar(today);
  const random = createRandom(seed);
  const fixedRecords = [...createEdgeCaseTickets(calendar), ...createExcludedRecords(calendar)];
  const usedIds = new Set(fixedRecords.map((record) => Number(record.id)));
  const generated = createGeneratedTickets(calendar, random, usedIds);
  const records = shuffle(random, [...fixedRecords, ...generated]);
  // Records share the customer and person constants, so a caller that edits
  // one record in place would otherwise change others. Each record is cloned
  // on its own because one structuredClone call keeps shared references.
  return records.map((record) => structuredClone(record));
}
