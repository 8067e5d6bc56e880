import { defineMessages, plural, type Locale } from '@ctkit/core';

/** Every string `ct-community-map` shows or says, in English; the Welsh is in messages.cy.ts. */
const en = {
  filtersHeading: 'Find members',
  search: 'Search',
  searchHint: 'Name, description, place or tag',
  memberType: 'Member type',
  communityType: 'Community type',
  region: 'Region',
  tag: 'Tag',
  any: 'Any',
  clearFilters: 'Clear filters',
  views: 'Ways to view members',
  viewList: 'List',
  viewMap: 'Map',
  viewRegions: 'Regions',
  count: (locale: Locale, shown: number, total: number) =>
    shown === total
      ? plural(locale, total, { one: 'Showing {count} member', other: 'Showing all {count} members' })
      : plural(locale, shown, {
          one: `Showing {count} member of ${total}`,
          other: `Showing {count} members of ${total}`,
        }),
  noResults: 'No members match your search and filters.',
  noResultsHint: 'Try fewer words, or clear the filters.',
  showMore: (locale: Locale, count: number) =>
    plural(locale, count, { one: 'Show {count} more member', other: 'Show {count} more members' }),
  website: 'Website',
  type: 'Type',
  place: 'Place',
  scope: 'Works at',
  tags: 'Tags',
  contact: 'Contact',
  contactForm: 'Contact form',
  emailMember: (_l: Locale, name: string) => `Email ${name}`,
  loading: 'Loading members…',
  loadError: 'The list of members could not be loaded',
  mapLabel: 'Map of members',
  mapDescription: (locale: Locale, placed: number, regions: string) =>
    plural(locale, placed, {
      zero: 'A map of the UK’s 12 regions. No members are on the map.',
      one: `A map of the UK’s 12 regions with {count} member on it, in ${regions}.`,
      other: `A map of the UK’s 12 regions with {count} members on it, in ${regions}.`,
    }) + ' The list view shows the same members as text.',
  howToUse: 'How to use the map',
  mapKeys:
    'The map is one stop when tabbing. On a marker: arrow keys move between markers (left and right go west and east, up and down go north and south), Enter opens details, + and − zoom, Escape closes details. With a mouse: drag to move, Ctrl and scroll to zoom.',
  unplaced: (locale: Locale, count: number) =>
    plural(locale, count, {
      one: '{count} member has no location on the map. They are in the list view.',
      other: '{count} members have no location on the map. They are in the list view.',
    }),
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetMap: 'Show the whole UK',
  zoomInCluster: 'Zoom in to these members',
  cluster: (locale: Locale, count: number, region: string) =>
    plural(locale, count, { other: `{count} members in ${region}` }),
  clusterAround: (locale: Locale, count: number, region: string) =>
    plural(locale, count, { other: `{count} members around ${region}` }),
  duplicate: (_l: Locale, label: string, n: number) => `${label} (${n})`,
  close: 'Close',
  approximate: 'Shown in the middle of its region: this member has not published an address.',
  noneMatching: (_l: Locale, list: string) => `No matching members in: ${list}.`,
  allMatching: 'Every region has at least one matching member.',
  details: (_l: Locale, name: string) => `Details: ${name}`,
  noMembersOnMap: 'No members to show on the map.',
  mapLoading: 'Loading the map…',
  mapLoadError: 'The map could not be loaded. The list view shows the same members.',
  regionsHeading: 'Members by region',
  regionsMapLabel: 'Map of the UK’s 12 regions shaded by number of members',
  regionsTableCaption: 'Number of members in each region',
  members: 'Members',
  legend: 'Key',
  bin: (_l: Locale, from: number, to: number | undefined) =>
    to === undefined ? `${from} or more` : from === to ? `${from}` : `${from} to ${to}`,
  binNone: 'None yet',
  missingRegions: (_l: Locale, list: string) => `No members yet in: ${list}.`,
  allRegions: 'Every region has at least one member.',
  unknownRegion: (locale: Locale, count: number) =>
    plural(locale, count, { one: '{count} member has no region.', other: '{count} members have no region.' }),
  and: 'and',
  credit: 'Region outlines: Natural Earth (public domain).',
  scope_local: 'Local',
  scope_regional: 'Regional',
  scope_national: 'National',
  scope_international: 'International',
  /** The filters' choice that also finds members whose category ctkit does not know. */
  other: 'Other',
  /** A member's type when the feed gave one ctkit does not know. */
  uncategorised: 'Uncategorised',
  /** The region filter's choice, and the regions table's row, for members without a region. */
  regionNotGiven: 'Region not given',
};

export type MapMessages = typeof en;

/** The catalogue: English inline, Welsh fetched only when a map speaks Welsh. */
export const mapMessages = defineMessages({ en, cy: () => import('./messages.cy.js') });
