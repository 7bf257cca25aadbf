import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { arabicStrings } from '../src/locales/ar.js';
import { argTypesFor, createElementFromArgs, rightToLeft, type ElementArgs } from './manifest.js';
import { DEMO_COMPANY, DEMO_USER_ID, recordById, scenarioUrl, TICKET_HREF, TICKETS_URL } from './records.js';

const TAG = 'due-tickets-summary';

const meta: Meta<ElementArgs> = {
  title: 'Elements/due-tickets-summary',
  argTypes: argTypesFor(TAG),
  args: {
    src: TICKETS_URL,
    'user-id': String(DEMO_USER_ID),
    company: DEMO_COMPANY,
  },
  render: (args) => createElementFromArgs(TAG, args),
};
export default meta;

type Story = StoryObj<ElementArgs>;

/** Every open ticket of the demo user that is due today or earlier, earliest first. */
export const ManyDueTickets: Story = {};

/** The first five, with "and N more" under the list. */
export const Limited: Story = { args: { limit: 5 } };

/** Due tickets as of a day in the past: fewer are due, and "Due as of …" shows the day. */
export const PastDate: Story = {
  args: { date: new Date(Date.now() - 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10) },
};

export const Loading: Story = { args: { src: scenarioUrl('slow') } };

/** Nothing due: "Nothing due". */
export const Empty: Story = { args: { src: scenarioUrl('empty') } };

export const ServerError: Story = { args: { src: scenarioUrl('error') } };

export const Unauthorized: Story = { args: { src: scenarioUrl('unauthorized') } };

export const MalformedJson: Story = { args: { src: scenarioUrl('malformed') } };

/** One record due today that can be shown and one without a subject that cannot. */
export const PartialData: Story = {
  args: { src: null, tickets: [recordById(1042), recordById(1044)], 'ticket-href': TICKET_HREF },
};

export const RightToLeft: Story = {
  args: { locale: 'ar', limit: 4, strings: arabicStrings },
  render: (args) => rightToLeft(createElementFromArgs(TAG, args)),
};
