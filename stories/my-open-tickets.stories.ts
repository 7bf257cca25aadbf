import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { arabicStrings } from '../src/locales/ar.js';
import { argTypesFor, createElementFromArgs, rightToLeft, type ElementArgs } from './manifest.js';
import { DEMO_COMPANY, DEMO_USER_ID, recordById, scenarioUrl, TICKET_HREF, TICKETS_URL } from './records.js';

const TAG = 'my-open-tickets';

const meta: Meta<ElementArgs> = {
  title: 'Elements/my-open-tickets',
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

/** The demo user's 65 open tickets from the paginated endpoint, newest first. */
export const ManyTickets: Story = {};

/** The first five tickets, with "Showing 5 of 65 tickets" under the list. */
export const Limited: Story = { args: { limit: 5 } };

/** Every user's open tickets, without `user-id`. */
export const AllUsers: Story = { args: { 'user-id': null } };

/** Each page arrives after a 3-second delay, so the loading state shows first. */
export const Loading: Story = { args: { src: scenarioUrl('slow') } };

export const Empty: Story = { args: { src: scenarioUrl('empty') } };

/** The endpoint responds 500 Internal Server Error, after the element's retries. */
export const ServerError: Story = { args: { src: scenarioUrl('error') } };

/** The endpoint responds 401, and the element sends `tickets-auth-required`. */
export const Unauthorized: Story = { args: { src: scenarioUrl('unauthorized') } };

export const NotFound: Story = { args: { src: scenarioUrl('not-found') } };

/** A sign-in page with status 200, as after an expired session. */
export const HtmlInsteadOfJson: Story = { args: { src: scenarioUrl('html') } };

/** JSON cut off in the middle of a record. */
export const MalformedJson: Story = { args: { src: scenarioUrl('malformed') } };

/** Valid JSON without a `data` array. */
export const WrongShape: Story = { args: { src: scenarioUrl('wrong-shape') } };

/** No `src` and no `tickets`: the element shows that no endpoint is configured. */
export const NoSource: Story = { args: { src: null } };

/**
 * Records given as the `tickets` property: one without a subject, which
 * cannot be shown, and one with an unknown priority, shown without it.
 */
export const PartialData: Story = {
  args: {
    src: null,
    tickets: [recordById(1042), recordById(1044), { ...recordById(10), priority: 'urgent' }],
    'ticket-href': TICKET_HREF,
  },
};

/** A long subject, a body with a long URL and a body of several paragraphs. */
export const LongText: Story = {
  args: {
    src: null,
    tickets: [recordById(1055), recordById(1003), recordById(9)],
    'ticket-href': TICKET_HREF,
  },
};

/** A host heading, an action beside it and an empty-state text, through the slots. */
export const WithSlots: Story = {
  args: { src: scenarioUrl('empty'), 'heading-level': 1 },
  render: (args) => {
    const heading = Object.assign(document.createElement('span'), { slot: 'heading', textContent: 'Assigned to me' });
    const action = Object.assign(document.createElement('button'), { slot: 'actions', type: 'button', textContent: 'Export CSV' });
    const empty = Object.assign(document.createElement('span'), { slot: 'empty', textContent: 'All caught up.' });
    return createElementFromArgs(TAG, args, [heading, action, empty]);
  },
};

/** Arabic texts and dates in a right-to-left page. */
export const RightToLeft: Story = {
  args: { locale: 'ar', limit: 4, strings: arabicStrings },
  render: (args) => rightToLeft(createElementFromArgs(TAG, args)),
};
