import { plural, type Locale, type Translation } from '@ctkit/core';
import type { ListMessages } from './messages.js';

/** ct-event-list in Welsh: fetched only when a list speaks Welsh (see messages.ts for the English). */
export default {
  filters: 'Hidlo digwyddiadau',
  search: 'Chwilio digwyddiadau',
  searchHint: 'Chwiliwch yn ôl enw, disgrifiad neu le',
  formatFilter: 'Fformat',
  typeFilter: 'Math o ddigwyddiad',
  regionFilter: 'Rhanbarth',
  whenFilter: 'Pryd',
  anyFormat: 'Unrhyw fformat',
  anyType: 'Unrhyw fath',
  anyRegion: 'Unrhyw ranbarth',
  upcoming: 'I ddod',
  pastEvents: 'Wedi bod',
  allDates: 'Pob dyddiad',
  clearFilters: 'Clirio’r hidlwyr',
  results: (locale: Locale, count: number) =>
    count === 0
      ? 'Dim digwyddiadau wedi’u canfod'
      : plural(locale, count, {
          one: 'Wedi canfod 1 digwyddiad',
          two: 'Wedi canfod 2 ddigwyddiad',
          few: 'Wedi canfod {count} digwyddiad',
          many: 'Wedi canfod {count} digwyddiad',
          other: 'Wedi canfod {count} digwyddiad',
        }),
  showing: (shown: number, total: number) => `Yn dangos ${shown} o ${total} digwyddiad`,
  showMore: (locale: Locale, count: number) =>
    plural(locale, count, {
      one: 'Dangos 1 digwyddiad arall',
      two: 'Dangos 2 ddigwyddiad arall',
      other: 'Dangos {count} digwyddiad arall',
    }),
  loading: 'Wrthi’n llwytho digwyddiadau',
  loadingDone: 'Mae’r digwyddiadau wedi llwytho',
  emptyFeed:
    'Does dim digwyddiadau i’w dangos eto. Dewch yn ôl yn nes ymlaen, neu cysylltwch â’r trefnydd i awgrymu un.',
  emptyFiltered:
    'Does dim digwyddiadau’n cyfateb i’ch chwiliad a’ch hidlwyr. Rhowch gynnig ar chwiliad gwahanol, neu cliriwch yr hidlwyr i weld pob digwyddiad.',
  errorHeading: 'Nid oedd modd llwytho’r digwyddiadau',
} satisfies Translation<ListMessages>;
