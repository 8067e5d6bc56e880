import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { choose } from './support/arg-types.js';
import { playground } from './support/playground.js';
import { usage } from './support/usage.js';
import communityMapSnippet from '../packages/embed/snippets/community-map.html?raw';
import { html } from 'lit';
import '@ctkit/community-map';
import type { CtCommunityMap, MapView as ViewName } from '@ctkit/community-map';
import type { MemberFilters } from '@ctkit/community-map';
// The element's loader for its on-demand parts (an internal hook, so a story can show a failed fetch).
import { lazyParts as lazy } from '../packages/community-map/src/lazy.js';
import { pendingFeed } from './support/pending-feed.js';

/**
 * `ct-community-map`: who is in the network, where, and which regions have no members yet. The feeds
 * are in stories/fixtures/ (served at /fixtures/).
 */
const meta: Meta = {
  title: 'Widgets/Community map',
  component: 'ct-community-map',
  parameters: { docs: { description: { component: usage.communityMap } } },
};
export default meta;
type Story = StoryObj;

/** The docs page's first story: the embed snippet with live controls for every attribute, and "Show code". */
export const Playground: Story = {
  ...playground('ct-community-map', communityMapSnippet, { src: '/fixtures/community-members.json', view: 'list' }),
  argTypes: { view: choose(['list', 'map', 'regions']) },
};

interface Context {
  canvasElement: HTMLElement;
}

/**
 * Waits until the map has read its feed (or failed to), by its events — no timers, which background
 * pages throttle. Plain DOM: the sweep runs stories outside Storybook.
 */
async function loaded(context: Context): Promise<CtCommunityMap> {
  const el = context.canvasElement.querySelector('ct-community-map');
  if (!el) throw new Error('No ct-community-map in the story');
  await el.updateComplete;
  if (!el.shadowRoot?.querySelector('.ct-filters__count, .ct-feed-state--problem')) {
    await new Promise((resolve) => {
      el.addEventListener('ct-members-loaded', resolve, { once: true });
      el.addEventListener('ct-members-error', resolve, { once: true });
    });
  }
  await el.updateComplete;
  return el;
}

const settled = async (context: Context): Promise<void> => {
  await loaded(context);
};

const withFilters = (filters: MemberFilters) => async (context: Context) => {
  const el = await loaded(context);
  el.setFilters(filters);
  await el.updateComplete;
};

const fromFeed = (view: ViewName, src = '/fixtures/community-members.json') =>
  html`<ct-community-map src=${src} view=${view}></ct-community-map>`;

export const List: Story = { render: () => fromFeed('list'), play: settled };
export const MapView: Story = { name: 'Map', render: () => fromFeed('map'), play: settled };
export const Regions: Story = { render: () => fromFeed('regions'), play: settled };

export const MapDetailsOpen: Story = {
  name: 'Map — details open',
  render: () => fromFeed('map'),
  play: async (context) => {
    const el = await loaded(context);
    el.shadowRoot?.querySelector<HTMLButtonElement>('.ct-map-marker')?.click();
    await el.updateComplete;
  },
};

/**
 * On a map narrower than 30em — a phone, or a partner's narrow column, as here on a wide page — the
 * details are a sheet across the bottom of the map, with no pointer.
 */
export const MapDetailsSheet: Story = {
  name: 'Map — details open in a narrow column (a sheet)',
  render: () => html`<div style="max-width: 20em">${fromFeed('map')}</div>`,
  play: MapDetailsOpen.play,
};

/** "How to use the map" open: the keys, which also describe the marker a screen reader tabs to. */
export const MapHowToUse: Story = {
  name: 'Map — "How to use the map" open',
  render: () => fromFeed('map'),
  play: async (context) => {
    const el = await loaded(context);
    el.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-controls="ct-map-keys"]')?.click();
    await el.updateComplete;
  },
};

export const FiltersApplied: Story = {
  name: 'Filters applied',
  render: () => fromFeed('list'),
  play: withFilters({ region: 'north-west', tag: 'digital inclusion' }),
};

export const EmptyResults: Story = {
  name: 'Empty results',
  render: () => fromFeed('list'),
  play: withFilters({ query: 'underwater basket weaving' }),
};

const unlocated = [
  {
    name: 'Ada Jones',
    member_type: 'freelance-practitioner',
    region: 'north-west',
    description: 'Freelance accessibility consultant.',
  },
  {
    name: 'Glasgow Peer Support',
    member_type: 'community-group',
    region: 'scotland',
    community_type: 'shared-experience',
  },
  { name: 'Belfast Online Together', member_type: 'community-group', region: 'northern-ireland' },
  { name: 'Sam Patel', member_type: 'researcher', geographic_scope: 'international', tags: ['research'] },
  { name: 'Swansea Tech Share', region: 'wales', geolocation: { lat: 51.6214, lon: -3.9436 } },
];

export const WithoutCoordinates: Story = {
  name: 'Members without coordinates',
  render: () => html`<ct-community-map view="map" .members=${unlocated}></ct-community-map>`,
};

/** 60 members in and around Manchester: one cluster at the UK view, which opens and zooms. */
const dense = Array.from({ length: 60 }, (_, i) => ({
  name: `Greater Manchester group ${String(i + 1)}`,
  member_type: 'community-group',
  region: 'north-west',
  geolocation: { lat: 53.48 + Math.sin(i * 1.7) * 0.08, lon: -2.24 + Math.cos(i * 2.3) * 0.12 },
}));

export const DenseCluster: Story = {
  name: 'Dense cluster',
  render: () => html`<ct-community-map view="map" .members=${dense}></ct-community-map>`,
};

/** Entries the map cannot read are left out, and listed in the console for the publisher, not shown to the public. */
export const BadData: Story = {
  name: 'A feed with unreadable entries',
  render: () => fromFeed('list', '/fixtures/community-members-bad.json'),
  play: settled,
};

/** The shared loading state (the same as the event list's). The feed never answers here. */
export const Loading: Story = {
  name: 'Loading',
  render: () => fromFeed('list', pendingFeed()),
};

/** The shared "could not load" state: plain words, the partner's fallback link, "Try again"; the 404 goes to the console. */
export const LoadError: Story = {
  name: 'Could not load, with the partner’s link and "Try again"',
  render: () =>
    html`<ct-community-map src="/fixtures/no-such-feed.json" view="list"><p><a href="https://example.org/members">See the list of members</a></p></ct-community-map>`,
  play: settled,
};

/**
 * The map views' chunk could not be fetched (offline, a blocked file): the panel says so, with "Try again";
 * the list view still has every member. The failure is one-shot, so "Try again" here loads the views.
 */
export const MapViewsCannotLoad: Story = {
  name: 'Map views cannot load',
  render: () => {
    const fetchViews = lazy.mapViews;
    lazy.mapViews = () => {
      lazy.mapViews = fetchViews;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module (story)'));
    };
    return fromFeed('regions');
  },
  play: settled,
};

export const Welsh: Story = {
  name: 'Welsh',
  // The sample feed is in English: content-lang marks its descriptions and tags so they are read as English.
  render: () =>
    html`<ct-community-map lang="cy" content-lang="en" src="/fixtures/community-members.json" view="regions"></ct-community-map>`,
  play: settled,
};

export const GeoJson: Story = {
  name: 'GeoJSON feed',
  render: () => fromFeed('map', '/fixtures/community-members.geojson'),
  play: settled,
};

/**
 * 20 Murmurations profiles as other systems publish them: free-text regions ("Greater Manchester",
 * "London, UK", "Cymru", "Atlantis"), half without coordinates, and categories ctkit does not know
 * ("organisation", "freelancer", "interest"). Every one is listed; unknown categories read "Uncategorised".
 */
export const MurmurationsProfiles: Story = {
  name: 'Murmurations profiles: free-text regions, uncategorised members',
  render: () => fromFeed('list', '/fixtures/murmurations-profiles.json'),
  play: settled,
};

/** The same profiles counted by region: one member whose region is not understood is under "Region not given". */
export const MurmurationsRegions: Story = {
  name: 'Murmurations profiles: regions, with "Region not given"',
  render: () => fromFeed('regions', '/fixtures/murmurations-profiles.geojson'),
  play: settled,
};

/** The filters' "Other" finds members whose category the feed gave in words ctkit does not know. */
export const UncategorisedFiltered: Story = {
  name: 'Murmurations profiles: filtered by "Other"',
  render: () => fromFeed('list', '/fixtures/murmurations-profiles.json'),
  play: withFilters({ memberType: 'other', communityType: 'other' }),
};

export const MurmurationsWelsh: Story = {
  name: 'Murmurations profiles: Welsh, regions',
  render: () =>
    html`<ct-community-map lang="cy" content-lang="en" src="/fixtures/murmurations-profiles.json" view="regions"></ct-community-map>`,
  play: settled,
};
