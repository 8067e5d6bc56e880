import { defineMessages, plural, type Locale } from '@ctkit/core';

/**
 * Every string of ct-event-list (the cards' strings, and the names of the event vocabulary, live in
 * @ctkit/event-card). The English is here; the Welsh is in messages.cy.ts, fetched only for a Welsh list.
 */
const en = {
  filters: 'Filter events',
  search: 'Search events',
  searchHint: 'Search by name, description or place',
  formatFilter: 'Format',
  typeFilter: 'Type of event',
  regionFilter: 'Region',
  whenFilter: 'When',
  anyFormat: 'Any format',
  anyType: 'Any type',
  anyRegion: 'Any region',
  upcoming: 'Upcoming',
  pastEvents: 'Past',
  allDates: 'All dates',
  clearFilters: 'Clear filters',
  results: (locale: Locale, count: number) =>
    count === 0 ? 'No events found' : plural(locale, count, { one: '1 event found', other: '{count} events found' }),
  showing: (shown: number, total: number) => `Showing ${shown} of ${total} events`,
  showMore: (locale: Locale, count: number) =>
    plural(locale, count, { one: 'Show 1 more event', other: 'Show {count} more events' }),
  loading: 'Loading events',
  loadingDone: 'Events loaded',
  emptyFeed: 'There are no events to show yet. Check back later, or contact the organiser to suggest one.',
  emptyFiltered:
    'No events match your search and filters. Try a different search, or clear the filters to see every event.',
  errorHeading: 'The events could not be loaded',
};

export type ListMessages = typeof en;

export const listMessages = defineMessages({ en, cy: () => import('./messages.cy.js') });
