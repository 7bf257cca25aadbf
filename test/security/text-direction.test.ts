import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { DueTicketsSummary, MyOpenTickets, TicketCard } from '../../src/index.js';
import { part } from '../support/dom.js';
import { record } from '../support/records.js';

// Right-to-left scripts, emoji sequences and combining marks must reach the
// page unchanged, and each piece of user text must be isolated in a <bdi> or
// a dir="auto" element, so that it cannot reorder the labels around it.

const SAMPLES: { name: string; text: string }[] = [
  { name: 'Arabic', text: 'لوحة المفاتيح تصدر صوتًا كل ليلة' },
  { name: 'Hebrew', text: 'המקלדת מצפצפת כל לילה' },
  { name: 'Hebrew with points', text: 'שָׁלוֹם עֲלֵיכֶם' },
  { name: 'Hebrew and Latin mixed', text: 'Call שרה כהן (VIP) at 555-0100' },
  { name: 'Arabic with digits and brackets', text: 'الباب [3] لا يغلق (عاجل)' },
  { name: 'emoji', text: '🔥 Alarm panel 🚨' },
  { name: 'ZWJ sequences', text: '👩‍🔧 tech, 👨‍👩‍👧‍👦 family, 🏳️‍🌈 flag' },
  { name: 'flags', text: '🇺🇸 🇮🇱 🇸🇦 🇯🇵' },
  { name: 'skin tones and keycaps', text: '👍🏽 👋🏿 1️⃣ #️⃣' },
  { name: 'decomposed Latin', text: 'Zoe\u0308 Ame\u0301lie Nun\u0303ez' },
  { name: 'stacked combining marks', text: 'e\u0301\u0302\u0303\u0304\u0308 o\u0328\u0304' },
  { name: 'Devanagari', text: 'नमस्ते क्षत्रिय' },
  { name: 'Thai', text: 'สวัสดีครับ' },
  { name: 'decomposed Hangul', text: '\u1112\u1161\u11AB\u1100\u1173\u11AF' },
  { name: 'variation selectors', text: '☎️ ❤︎ ✔️' },
];

const RTL_NAME = 'כהן';
const RTL_SUBJECT = 'لوحة المفاتيح تصدر صوتًا كل ليلة';

function sampleRecord(text: string): Record<string, unknown> {
  return record({
    subject: text,
    body: text,
    noteType: { id: 3, name: text },
    customer: { id: 77, firstName: `${text} first`, lastName: `${text} last`, businessName: `${text} LLC` },
    createdBy: { id: 5, name: text },
    assignedTo: { id: 9, name: text },
  });
}

async function card(ticket: Record<string, unknown>): Promise<TicketCard> {
  return fixture<TicketCard>(html`<ticket-card .ticket=${ticket} date="2026-12-04" time-zone="America/New_York" locale="en-US"></ticket-card>`);
}

async function summary(ticket: Record<string, unknown>): Promise<DueTicketsSummary> {
  const el = await fixture<DueTicketsSummary>(html`<due-tickets-summary
    .tickets=${[ticket]}
    date="2026-12-04"
    time-zone="America/New_York"
    locale="en-US"
  ></due-tickets-summary>`);
  await el.updateComplete;
  return el;
}

/** Returns the first text node under `root` whose text contains `text`. */
function textNodeWith(root: Node | null, text: string): Text | null {
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent!.includes(text)) return node as Text;
  }
  return null;
}

/**
 * Tells whether a `<bdi>` or `dir="auto"` element inside `container`
 * encloses the text node that contains `text`.
 */
function isIsolated(container: Element | null, text: string): boolean {
  const isolator = textNodeWith(container, text)?.parentElement?.closest('bdi, [dir=auto]') ?? null;
  return isolator !== null && container !== null && container.contains(isolator);
}

/** Returns the horizontal center, in pixels, of `text` inside the text node. */
function centerOf(node: Text, text: string): number {
  const start = node.data.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  const box = range.getBoundingClientRect();
  return box.left + box.width / 2;
}

describe('<ticket-card> text direction', () => {
  describe('shows text intact', () => {
    for (const sample of SAMPLES) {
      it(sample.name, async () => {
        const el = await card(sampleRecord(sample.text));
        const customer = part(el, 'customer')!;

        expect(part(el, 'subject')!.textContent, 'subject').to.equal(sample.text);
        expect(part(el, 'body')!.textContent, 'body').to.equal(sample.text);
        expect(part(el, 'type')!.querySelector('bdi')!.textContent, 'type').to.equal(sample.text);
        expect(customer.querySelector(':scope > bdi')!.textContent, 'customer').to.equal(`${sample.text} last, ${sample.text} first`);
        expect(customer.querySelector('.business bdi')!.textContent, 'business').to.equal(`${sample.text} LLC`);
        expect(part(el, 'created')!.querySelector('bdi')!.textContent, 'creator').to.equal(sample.text);
        expect(part(el, 'assigned')!.querySelector('bdi')!.textContent, 'assignee').to.equal(sample.text);
      });
    }
  });

  describe('isolates user text', () => {
    it('in the subject', async () => {
      const el = await card(sampleRecord(RTL_SUBJECT));

      expect(isIsolated(part(el, 'subject'), RTL_SUBJECT), 'in <bdi> or dir=auto').to.equal(true);
    });

    it('in a linked subject', async () => {
      const el = await card({ ...sampleRecord(RTL_SUBJECT), url: '/tickets/1042' });

      expect(isIsolated(part(el, 'subject')!.querySelector('a'), RTL_SUBJECT), 'in <bdi> or dir=auto').to.equal(true);
    });

    it('in the body', async () => {
      const el = await card(sampleRecord(RTL_SUBJECT));

      expect(isIsolated(part(el, 'body'), RTL_SUBJECT), 'in <bdi> or dir=auto').to.equal(true);
    });

    it('in the type badge', async () => {
      const el = await card(sampleRecord(RTL_SUBJECT));

      expect(isIsolated(part(el, 'type'), RTL_SUBJECT), 'in <bdi> or dir=auto').to.equal(true);
    });

    it('in the customer and business names', async () => {
      const el = await card(sampleRecord(RTL_NAME));

      expect(isIsolated(part(el, 'customer'), `${RTL_NAME} last`), 'customer in <bdi> or dir=auto').to.equal(true);
      expect(isIsolated(part(el, 'customer'), `${RTL_NAME} LLC`), 'business in <bdi> or dir=auto').to.equal(true);
    });

    it('in the creator and assignee names', async () => {
      const el = await card(sampleRecord(RTL_NAME));

      expect(isIsolated(part(el, 'created'), RTL_NAME), 'creator in <bdi> or dir=auto').to.equal(true);
      expect(isIsolated(part(el, 'assigned'), RTL_NAME), 'assignee in <bdi> or dir=auto').to.equal(true);
    });

    it('in a string type and string people', async () => {
      const el = await card(record({ noteType: RTL_NAME, createdBy: RTL_NAME, assignedTo: RTL_NAME }));

      expect(isIsolated(part(el, 'type'), RTL_NAME), 'type in <bdi> or dir=auto').to.equal(true);
      expect(isIsolated(part(el, 'created'), RTL_NAME), 'creator in <bdi> or dir=auto').to.equal(true);
      expect(isIsolated(part(el, 'assigned'), RTL_NAME), 'assignee in <bdi> or dir=auto').to.equal(true);
    });
  });

  describe('customer name', () => {
    it('keeps the comma after an RTL last name', async () => {
      const el = await card(record({ customer: { id: 77, firstName: 'John', lastName: RTL_NAME } }));

      expect(part(el, 'customer')!.querySelector('bdi')!.textContent).to.equal(`${RTL_NAME}, John`);
    });

    it('keeps the comma after a Latin last name and an RTL first name', async () => {
      const el = await card(record({ customer: { id: 77, firstName: 'שרה', lastName: 'Doe' } }));

      expect(part(el, 'customer')!.querySelector('bdi')!.textContent).to.equal('Doe, שרה');
    });

    it('draws the comma between the names', async () => {
      const el = await card(record({ customer: { id: 77, firstName: 'John', lastName: RTL_NAME } }));
      const node = textNodeWith(part(el, 'customer'), ',')!;

      const [last, comma, first] = [centerOf(node, RTL_NAME), centerOf(node, ','), centerOf(node, 'John')];

      expect(Math.min(last, first), 'left name').to.be.below(comma);
      expect(Math.max(last, first), 'right name').to.be.above(comma);
    });
  });
});

describe('<my-open-tickets> text direction', () => {
  it('shows and isolates RTL text in its cards', async () => {
    const el = await fixture<MyOpenTickets>(html`<my-open-tickets .tickets=${[sampleRecord(RTL_SUBJECT)]} date="2026-12-04"></my-open-tickets>`);
    const cardEl = el.shadowRoot!.querySelector('ticket-card')!;
    await cardEl.updateComplete;

    expect(part(cardEl, 'subject')!.textContent, 'subject').to.equal(RTL_SUBJECT);
    expect(isIsolated(part(cardEl, 'subject'), RTL_SUBJECT), 'subject in <bdi> or dir=auto').to.equal(true);
  });
});

describe('<due-tickets-summary> text direction', () => {
  for (const sample of SAMPLES) {
    it(`shows ${sample.name} intact`, async () => {
      const el = await summary(sampleRecord(sample.text));

      expect(part(el, 'item-subject')!.textContent, 'subject').to.equal(sample.text);
      expect(part(el, 'item-customer')!.textContent, 'customer').to.equal(`${sample.text} last, ${sample.text} first`);
    });
  }

  it('isolates the subject', async () => {
    const el = await summary(sampleRecord(RTL_SUBJECT));

    expect(isIsolated(part(el, 'item-subject'), RTL_SUBJECT), 'in <bdi> or dir=auto').to.equal(true);
  });

  it('isolates the customer name', async () => {
    const el = await summary(sampleRecord(RTL_NAME));

    expect(isIsolated(part(el, 'item-customer'), RTL_NAME), 'in <bdi> or dir=auto').to.equal(true);
  });

  it('keeps the comma after an RTL last name', async () => {
    const el = await summary(record({ customer: { id: 77, firstName: 'John', lastName: RTL_NAME } }));

    expect(part(el, 'item-customer')!.textContent).to.equal(`${RTL_NAME}, John`);
  });
});
