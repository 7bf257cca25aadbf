import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { arabicStrings } from '../src/locales/ar.js';
import { argTypesFor, createElementFromArgs, rightToLeft, type ElementArgs } from './manifest.js';
import { DEMO_COMPANY, DEMO_USER_ID, scenarioUrl, TICKETS_URL } from './records.js';

const TAG = 'tickets-provider';

/**
 * Renders a dashboard: the provider with a summary and a short list
 * inside. Both elements show the provider's one load, so they agree.
 */
function dashboard(args: ElementArgs): HTMLElement {
  const summary = createElementFromArgs('due-tickets-summary', { limit: 5 });
  const list = createElementFromArgs('my-open-tickets', { limit: 3, 'hide-refresh': true });
  const layout = document.createElement('div');
  layout.style.cssText = 'display: grid; gap: 1.5rem; grid-template-columns: minmax(16rem, 1fr) 2fr; align-items: start';
  layout.append(summary, list);
  return createElementFromArgs(TAG, args, [layout]);
}

const meta: Meta<ElementArgs> = {
  title: 'Elements/tickets-provider',
  argTypes: argTypesFor(TAG),
  args: {
    src: TICKETS_URL,
    'user-id': String(DEMO_USER_ID),
    company: DEMO_COMPANY,
  },
  render: dashboard,
};
export default meta;

type Story = StoryObj<ElementArgs>;

export const ListAndSummary: Story = {};

export const Loading: Story = { args: { src: scenarioUrl('slow') } };

export const Empty: Story = { args: { src: scenarioUrl('empty') } };

/** The provider's load fails, and both elements show the error. */
export const ServerError: Story = { args: { src: scenarioUrl('error') } };

export const RightToLeft: Story = {
  args: { locale: 'ar', strings: arabicStrings },
  render: (args) => rightToLeft(dashboard(args)),
};
