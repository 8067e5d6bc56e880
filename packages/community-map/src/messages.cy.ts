import { plural, type Locale, type Translation } from '@ctkit/core';
import type { MapMessages } from './messages.js';

/** The Welsh of `ct-community-map`, fetched only when a map speaks Welsh. */
export default {
  filtersHeading: 'Dod o hyd i aelodau',
  search: 'Chwilio',
  searchHint: 'Enw, disgrifiad, lle neu dag',
  memberType: 'Math o aelod',
  communityType: 'Math o gymuned',
  region: 'Rhanbarth',
  tag: 'Tag',
  any: 'Unrhyw un',
  clearFilters: 'Clirio’r hidlwyr',
  views: 'Ffyrdd o weld aelodau',
  viewList: 'Rhestr',
  viewMap: 'Map',
  viewRegions: 'Rhanbarthau',
  count: (locale: Locale, shown: number, total: number) =>
    shown === total
      ? plural(locale, total, { other: 'Yn dangos pob un o’r {count} aelod' })
      : plural(locale, shown, { other: `Yn dangos {count} o ${total} aelod` }),
  noResults: 'Does dim aelodau’n cyfateb i’ch chwiliad a’ch hidlwyr.',
  noResultsHint: 'Rhowch gynnig ar lai o eiriau, neu cliriwch yr hidlwyr.',
  showMore: (locale: Locale, count: number) => plural(locale, count, { other: 'Dangos {count} aelod arall' }),
  website: 'Gwefan',
  type: 'Math',
  place: 'Lle',
  scope: 'Yn gweithio ar lefel',
  tags: 'Tagiau',
  contact: 'Cysylltu',
  contactForm: 'Ffurflen gysylltu',
  emailMember: (_l: Locale, name: string) => `E-bostio ${name}`,
  loading: 'Wrthi’n llwytho aelodau…',
  loadError: 'Doedd dim modd llwytho’r rhestr aelodau',
  mapLabel: 'Map o aelodau',
  mapDescription: (locale: Locale, placed: number, regions: string) =>
    plural(locale, placed, {
      zero: 'Map o 12 rhanbarth y DU. Does dim aelodau ar y map.',
      other: `Map o 12 rhanbarth y DU gyda {count} aelod arno, yn ${regions}.`,
    }) + ' Mae’r olwg rhestr yn dangos yr un aelodau fel testun.',
  howToUse: 'Sut i ddefnyddio’r map',
  mapKeys:
    'Mae’r map yn un stop wrth dabio. Ar farciwr: mae’r bysellau saeth yn symud rhwng marcwyr (chwith a de i’r gorllewin a’r dwyrain, i fyny ac i lawr i’r gogledd a’r de), mae Enter yn agor manylion, mae + a − yn chwyddo, mae Escape yn cau manylion. Gyda llygoden: llusgwch i symud, Ctrl a sgrolio i chwyddo.',
  unplaced: (locale: Locale, count: number) =>
    plural(locale, count, { other: 'Does dim lleoliad ar y map gan {count} aelod. Maen nhw yn yr olwg rhestr.' }),
  zoomIn: 'Chwyddo i mewn',
  zoomOut: 'Chwyddo allan',
  resetMap: 'Dangos y DU gyfan',
  zoomInCluster: 'Chwyddo i mewn i’r aelodau hyn',
  cluster: (locale: Locale, count: number, region: string) =>
    plural(locale, count, { other: `{count} aelod yn ${region}` }),
  clusterAround: (locale: Locale, count: number, region: string) =>
    plural(locale, count, { other: `{count} aelod o gwmpas ${region}` }),
  duplicate: (_l: Locale, label: string, n: number) => `${label} (${n})`,
  close: 'Cau',
  approximate: 'Wedi’i ddangos yng nghanol ei ranbarth: nid yw’r aelod hwn wedi cyhoeddi cyfeiriad.',
  noneMatching: (_l: Locale, list: string) => `Dim aelodau sy’n cyfateb yn: ${list}.`,
  allMatching: 'Mae gan bob rhanbarth o leiaf un aelod sy’n cyfateb.',
  details: (_l: Locale, name: string) => `Manylion: ${name}`,
  noMembersOnMap: 'Does dim aelodau i’w dangos ar y map.',
  mapLoading: 'Wrthi’n llwytho’r map…',
  mapLoadError: 'Doedd dim modd llwytho’r map. Mae’r olwg rhestr yn dangos yr un aelodau.',
  regionsHeading: 'Aelodau fesul rhanbarth',
  regionsMapLabel: 'Map o 12 rhanbarth y DU wedi’u lliwio yn ôl nifer yr aelodau',
  regionsTableCaption: 'Nifer yr aelodau ym mhob rhanbarth',
  members: 'Aelodau',
  legend: 'Allwedd',
  bin: (_l: Locale, from: number, to: number | undefined) =>
    to === undefined ? `${from} neu fwy` : from === to ? `${from}` : `${from} i ${to}`,
  binNone: 'Dim eto',
  missingRegions: (_l: Locale, list: string) => `Dim aelodau eto yn: ${list}.`,
  allRegions: 'Mae gan bob rhanbarth o leiaf un aelod.',
  unknownRegion: (locale: Locale, count: number) =>
    plural(locale, count, { other: 'Does dim rhanbarth gan {count} aelod.' }),
  and: 'a',
  credit: 'Ffiniau’r rhanbarthau: Natural Earth (parth cyhoeddus).',
  scope_local: 'Lleol',
  scope_regional: 'Rhanbarthol',
  scope_national: 'Cenedlaethol',
  scope_international: 'Rhyngwladol',
  other: 'Arall',
  uncategorised: 'Heb gategori',
  regionNotGiven: 'Rhanbarth heb ei nodi',
} satisfies Translation<MapMessages>;
