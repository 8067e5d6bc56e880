import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { EventInput } from '@ctkit/core';
import '@ctkit/event-card';
import { sampleEvents, storyNow } from './support/events.js';
import { playground } from './support/playground.js';
import { usage } from './support/usage.js';
import eventCardSnippet from '../packages/embed/snippets/event-card.html?raw';

/**
 * `ct-event-card`: an event anyone can read, book and add to their calendar — with access information on
 * the card. Data is schema.org Event JSON-LD (plus the `ctkit` extension key); see the package README.
 */
const meta: Meta = {
  title: 'Widgets/Event card',
  component: 'ct-event-card',
  parameters: {
    docs: { description: { component: usage.eventCard } },
  },
};
export default meta;
type Story = StoryObj;

/** The docs page's first story: the embed snippet with live controls for every attribute, and "Show code". */
export const Playground: Story = {
  ...playground('ct-event-card', eventCardSnippet, { 'heading-level': 2, registration: 'link' }),
};

const card = (event: EventInput, registration: 'link' | 'inline' = 'link') =>
  html`<ct-event-card .event=${event} .now=${storyNow} heading-level="2" registration=${registration}></ct-event-card>`;

export const OnlineTalk: Story = { name: 'Online talk', render: () => card(sampleEvents.onlineTalk) };
export const InPersonLaunch: Story = {
  name: 'In-person launch with full access information',
  render: () => card(sampleEvents.launch),
};
export const Hybrid: Story = { name: 'Hybrid', render: () => card(sampleEvents.hybrid) };
export const Free: Story = { name: 'Free', render: () => card(sampleEvents.onlineTalk) };
export const Paid: Story = {
  name: 'Paid (a price range) with a booking deadline',
  render: () => card(sampleEvents.paid),
};
export const NearlyFull: Story = { name: 'Nearly full', render: () => card(sampleEvents.nearlyFull) };
export const WaitingList: Story = {
  name: 'Fully booked with a waiting list',
  render: () => card(sampleEvents.waitingList),
};
export const Cancelled: Story = { name: 'Cancelled', render: () => card(sampleEvents.cancelled) };
export const Postponed: Story = { name: 'Postponed', render: () => card(sampleEvents.postponed) };
export const Past: Story = { name: 'Past', render: () => card(sampleEvents.past) };
export const MultiDay: Story = { name: 'Multi-day', render: () => card(sampleEvents.multiDay) };

export const FromJsonLd: Story = {
  name: 'From JSON-LD in the page',
  render: () => html`<ct-event-card heading-level="2" .now=${storyNow}>
    <script type="application/ld+json">${JSON.stringify(sampleEvents.launch)}</script>
  </ct-event-card>`,
};

export const AddToCalendarOpen: Story = {
  name: 'Add to calendar, open',
  render: () => card(sampleEvents.launch),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('ct-event-card');
    await el?.updateComplete;
    const details = el?.shadowRoot?.querySelector('details');
    if (details) details.open = true;
    // The links are fetched on demand: wait for them (at most 2 s).
    for (let i = 0; i < 100 && !el?.shadowRoot?.querySelector('.ct-event-card__calendar a'); i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
  },
};

export const InlineRegistration: Story = {
  name: 'Inline registration (opened)',
  render: () => card(sampleEvents.launch, 'inline'),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('ct-event-card');
    await el?.updateComplete;
    el?.shadowRoot?.querySelector<HTMLButtonElement>('button[data-book]')?.click();
    await el?.updateComplete;
  },
};

export const IncompleteData: Story = {
  name: 'Incomplete data',
  render: () => card(sampleEvents.incomplete),
};

export const Welsh: Story = {
  name: 'Welsh',
  globals: { locale: 'cy' },
  // The sample event is written in English: `inLanguage` marks its own words so they are read as English.
  render: () => card({ ...sampleEvents.launch, inLanguage: 'en' }),
};

/** The row ct-event-list shows: date block, name, date, format · place · price, status tags, "Details" on demand. */
export const Compact: Story = {
  name: 'Compact row (variant="compact"), with other dates',
  render: () =>
    html`<ct-event-card .event=${sampleEvents.launch} .now=${storyNow} heading-level="2" variant="compact"
      .alsoOn=${[new Date('2027-01-14T18:00:00Z'), new Date('2027-02-11T18:00:00Z')]}></ct-event-card>`,
};

export const CompactWelsh: Story = {
  name: 'Compact row in Welsh',
  globals: { locale: 'cy' },
  render: () =>
    html`<ct-event-card .event=${{ ...sampleEvents.nearlyFull, inLanguage: 'en' }} .now=${storyNow} heading-level="2" variant="compact"></ct-event-card>`,
};
