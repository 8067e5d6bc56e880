import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { playground } from './support/playground.js';
import { usage } from './support/usage.js';
import eventListSnippet from '../packages/embed/snippets/event-list.html?raw';
import { html } from 'lit';
import '@ctkit/event-list';
import { listsLoaded, sampleEvents, storyNow } from './support/events.js';
import { pendingFeed } from './support/pending-feed.js';

/**
 * `ct-event-list`: events from a JSON or iCalendar feed, with filters and search before the list, month
 * headings and "Show more". iCalendar feeds load ical.js on demand.
 */
const meta: Meta = {
  title: 'Widgets/Event list',
  component: 'ct-event-list',
  parameters: {
    docs: { description: { component: usage.eventList } },
  },
};
export default meta;
type Story = StoryObj;

/** The docs page's first story: the embed snippet with live controls for every attribute, and "Show code". */
export const Playground: Story = {
  ...playground('ct-event-list', eventListSnippet, {
    src: '/fixtures/events.json',
    'heading-level': 2,
    'page-size': 10,
  }),
};

const play: Story['play'] = async ({ canvasElement }) => {
  await listsLoaded(canvasElement);
};

export const FromJson: Story = {
  name: 'A list from JSON',
  render: () => html`<ct-event-list src="/fixtures/events.json" .now=${storyNow}></ct-event-list>`,
  play,
};

export const FullCards: Story = {
  name: 'Full cards (layout="cards")',
  render: () => html`<ct-event-list src="/fixtures/events.json" layout="cards" .now=${storyNow}></ct-event-list>`,
  play,
};

export const FromIcs: Story = {
  name: 'A list from iCalendar (.ics), with a recurring event',
  render: () =>
    html`<ct-event-list src="/fixtures/events.ics" .now=${new Date('2026-10-01T09:00:00Z')} page-size="5"></ct-event-list>`,
  play,
};

export const FromProperty: Story = {
  name: 'A list given as a property, with inline registration',
  render: () =>
    html`<ct-event-list .events=${Object.values(sampleEvents).filter((e) => e.name)} .now=${storyNow} registration="inline" page-size="4"></ct-event-list>`,
};

export const Empty: Story = {
  name: 'Empty',
  render: () => html`<ct-event-list .events=${[]} .now=${storyNow}></ct-event-list>`,
};

/** The shared loading state (the same as the map's): a status in plain words. The feed never answers here. */
export const Loading: Story = {
  name: 'Loading',
  render: () => html`<ct-event-list src=${pendingFeed()} timeout="86400000" .now=${storyNow}></ct-event-list>`,
};

/**
 * The shared "could not load" state (the same as the map's): plain words, the partner's own fallback link
 * (the element's content) and "Try again". The reason (here a 404) goes to the console only.
 */
export const ErrorState: Story = {
  name: 'Could not load, with the partner’s link and "Try again"',
  render: () =>
    html`<ct-event-list src="/fixtures/no-such-feed.json" .now=${storyNow}><p><a href="https://example.org/events">See all our events</a></p></ct-event-list>`,
  play,
};

export const Welsh: Story = {
  name: 'Welsh',
  globals: { locale: 'cy' },
  // The sample feed is in English: content-lang marks the events' own words so they are read as English.
  render: () => html`<ct-event-list src="/fixtures/events.json" content-lang="en" .now=${storyNow}></ct-event-list>`,
  play,
};
