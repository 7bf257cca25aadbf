import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { arabicStrings } from '../src/locales/ar.js';
import { argTypesFor, createElementFromArgs, rightToLeft, type ElementArgs } from './manifest.js';
import { DEMO_COMPANY, recordById, TICKET_HREF } from './records.js';

const TAG = 'ticket-card';

// Records of the mock data set that show one case each. Their due dates
// are relative to today, so the due states hold on every day.
const RECORD = {
  highPriorityDueToday: 1042,
  mediumPriorityBusiness: 1015,
  lowPriorityUpcoming: 10,
  noPriority: '2001',
  noDueDate: '1187',
  overdue: 1021,
  closed: 1001,
  longSubject: 1055,
  longUrl: 1003,
  noSubject: 1044,
} as const;

const meta: Meta<ElementArgs> = {
  title: 'Elements/ticket-card',
  argTypes: argTypesFor(TAG),
  args: {
    company: DEMO_COMPANY,
    'ticket-href': TICKET_HREF,
    ticket: recordById(RECORD.highPriorityDueToday),
  },
  render: (args) => createElementFromArgs(TAG, args),
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const HighPriority: Story = {};

export const MediumPriority: Story = { args: { ticket: recordById(RECORD.mediumPriorityBusiness) } };

export const LowPriority: Story = { args: { ticket: recordById(RECORD.lowPriorityUpcoming) } };

export const NoPriority: Story = { args: { ticket: recordById(RECORD.noPriority) } };

/** Due ten days ago: the due date shows "(Overdue)" and `due-state="overdue"` is set. */
export const Overdue: Story = { args: { ticket: recordById(RECORD.overdue) } };

export const DueToday: Story = { args: { ticket: recordById(RECORD.highPriorityDueToday) } };

/** Due in five days: `due-state="upcoming"`. */
export const Upcoming: Story = { args: { ticket: recordById(RECORD.lowPriorityUpcoming) } };

/** No due date: "None", and no `due-state` attribute. */
export const NoDueDate: Story = { args: { ticket: recordById(RECORD.noDueDate) } };

export const Closed: Story = { args: { ticket: recordById(RECORD.closed) } };

/** A business customer: the business name with the contact's name. */
export const BusinessCustomer: Story = { args: { ticket: recordById(RECORD.mediumPriorityBusiness) } };

/** A residential customer: "Last, First". */
export const ResidentialCustomer: Story = { args: { ticket: recordById(RECORD.highPriorityDueToday) } };

export const LongSubject: Story = { args: { ticket: recordById(RECORD.longSubject) } };

/** A body with a URL of over 200 characters, which must wrap inside the card. */
export const LongUrlInBody: Story = { args: { ticket: recordById(RECORD.longUrl) } };

/** A record without a subject: the card shows why it cannot be shown. */
export const InvalidRecord: Story = { args: { ticket: recordById(RECORD.noSubject) } };

export const NoTicket: Story = { args: { ticket: undefined } };

/** Host buttons at the foot of the card, through the `actions` slot. */
export const WithActions: Story = {
  render: (args) => {
    const close = Object.assign(document.createElement('button'), { slot: 'actions', type: 'button', textContent: 'Close ticket' });
    return createElementFromArgs(TAG, args, [close]);
  },
};

export const RightToLeft: Story = {
  args: { locale: 'ar', strings: arabicStrings },
  render: (args) => rightToLeft(createElementFromArgs(TAG, args)),
};
