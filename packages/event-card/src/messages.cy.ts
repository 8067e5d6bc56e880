import {
  plural,
  type AccessFeature,
  type AttendanceMode,
  type EventStatus,
  type EventType,
  type Locale,
  type Translation,
} from '@ctkit/core';
import type { EventMessages } from './messages.js';

/** ct-event-card in Welsh: fetched only when a card speaks Welsh (see messages.ts for the English). */
export default {
  date: 'Dyddiad',
  format: 'Fformat',
  where: 'Lle',
  type: 'Math',
  price: 'Pris',
  places: 'Lleoedd',
  access: 'Hygyrchedd',
  organiser: 'Trefnydd',
  previouslyOn: (date: string) => `Roedd i fod ar ${date}.`,
  past: 'Digwyddiad a fu',
  pastNote: 'Mae’r digwyddiad hwn wedi bod.',
  dateToBeConfirmed: 'Dyddiad i’w gadarnhau',
  joiningLink: 'Anfonir y ddolen ymuno ar ôl i chi archebu',
  free: 'Am ddim',
  priceRange: (low: string, high: string) => `${low} i ${high}`,
  full: 'Dim lleoedd ar ôl',
  waitingList: 'Dim lleoedd ar ôl – gallwch ymuno â’r rhestr aros',
  placesLeft: (locale: Locale, count: number) =>
    plural(locale, count, { one: 'Dim ond 1 lle ar ôl', other: '{count} lle ar ôl' }),
  fewPlacesLeft: (locale: Locale, count: number) =>
    plural(locale, count, { one: 'Dim ond 1 lle ar ôl', other: 'Dim ond {count} lle ar ôl' }),
  bookBy: (date: string) => `Archebwch erbyn ${date}`,
  bookingClosed: 'Mae’r archebu wedi cau',
  noAccessInfo: 'Nid yw’r trefnydd wedi rhoi gwybodaeth am hygyrchedd eto.',
  accessContactIntro: 'I holi am hygyrchedd neu ddweud wrthym beth sydd ei angen arnoch:',
  accessContactEmail: 'E-bost',
  accessContactPhone: 'Ffôn',
  book: 'Archebu lle',
  bookNamed: (name: string) => `Archebu lle ar ${name}`,
  joinWaitingList: 'Ymuno â’r rhestr aros',
  joinWaitingListNamed: (name: string) => `Ymuno â’r rhestr aros ar gyfer ${name}`,
  moreDetails: 'Rhagor o fanylion',
  moreDetailsNamed: (name: string) => `Rhagor o fanylion am ${name}`,
  bookingFormHeading: (name: string) => `Archebu lle ar ${name}`,
  closeBooking: 'Cau’r ffurflen archebu',
  bookingFormMissing:
    'Nid oedd modd dangos y ffurflen archebu yma. Gallwch archebu ar dudalen y digwyddiad yn lle hynny.',
  bookOnEventPage: (name: string) => `Archebu ar y dudalen ar gyfer ${name}`,
  addToCalendar: 'Ychwanegu at galendr',
  addToCalendarNamed: (name: string) => `Ychwanegu at galendr: ${name}`,
  icsFile: 'Lawrlwytho ffeil calendr (.ics)',
  icsFileNamed: (name: string) => `Lawrlwytho ffeil calendr (.ics) ar gyfer ${name}`,
  google: 'Google Calendar',
  googleNamed: (name: string) => `Ychwanegu ${name} at Google Calendar`,
  outlook: 'Outlook',
  outlookNamed: (name: string) => `Ychwanegu ${name} at Outlook Calendar`,
  incomplete: 'Mae manylion y digwyddiad hwn yn anghyflawn',
  incompleteBody: 'Mae rhywfaint o wybodaeth ar goll neu nid oedd modd ei darllen. Holwch y trefnydd cyn i chi fynd.',
  details: 'Manylion',
  shortMonths: ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
  otherDates: 'Dyddiadau eraill',
  moreDates: (locale: Locale, count: number) =>
    plural(locale, count, { one: ' ac 1 dyddiad arall', other: ' a {count} dyddiad arall' }),
  untitled: 'Digwyddiad heb deitl',
  loadingEvent: 'Wrthi’n llwytho’r digwyddiad…',
  calendarMissing: 'Nid oedd modd llwytho’r dolenni calendr. Ail-lwythwch y dudalen i roi cynnig arall arni.',

  attendance: (mode: AttendanceMode) =>
    ({ online: 'Ar-lein', 'in-person': 'Wyneb yn wyneb', hybrid: 'Wyneb yn wyneb ac ar-lein' })[mode],
  eventType: (type: EventType) =>
    ({
      talk: 'Sgwrs',
      gathering: 'Cynulliad',
      'action-learning-set': 'Set dysgu gweithredol',
      'deep-dive': 'Sesiwn fanwl',
      'peer-drop-in': 'Sesiwn galw heibio gyda chymheiriaid',
      'one-to-one-session': 'Sesiwn un-i-un',
    })[type],
  status: (status: EventStatus) =>
    ({
      scheduled: '',
      cancelled: 'Wedi’i ganslo',
      postponed: 'Wedi’i ohirio',
      rescheduled: 'Dyddiad newydd',
      'moved-online': 'Wedi symud ar-lein',
    })[status],
  statusNote: (status: EventStatus) =>
    ({
      scheduled: '',
      cancelled: 'Mae’r digwyddiad hwn wedi’i ganslo.',
      postponed: 'Mae’r digwyddiad hwn wedi’i ohirio. Byddwn yn cyhoeddi dyddiad newydd.',
      rescheduled: 'Mae gan y digwyddiad hwn ddyddiad newydd.',
      'moved-online': 'Mae’r digwyddiad hwn ar-lein yn unig erbyn hyn.',
    })[status],
  accessFeature: (feature: AccessFeature) =>
    ({
      'step-free': 'Mynediad heb risiau',
      'accessible-toilet': 'Toiled hygyrch',
      bsl: 'Dehonglydd Iaith Arwyddion Prydain (BSL)',
      isl: 'Dehonglydd Iaith Arwyddion Iwerddon (ISL)',
      'live-captions': 'Capsiynau byw',
      'hearing-loop': 'Dolen sain',
      'quiet-space': 'Lle tawel y gallwch ei ddefnyddio ar unrhyw adeg',
      'pa-tickets': 'Tocyn am ddim i gynorthwyydd personol',
    })[feature],
} satisfies Translation<EventMessages>;
