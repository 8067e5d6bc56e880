import {
  defineMessages,
  plural,
  type AccessFeature,
  type AttendanceMode,
  type EventStatus,
  type EventType,
  type Locale,
} from '@ctkit/core';

/**
 * Every string of ct-event-card, and the names of the event vocabulary that ct-event-list shows too. The
 * English is here; the Welsh is in messages.cy.ts, fetched only when a card speaks Welsh.
 */
const en = {
  // The card
  date: 'Date',
  format: 'Format',
  where: 'Where',
  type: 'Type',
  price: 'Price',
  places: 'Places',
  access: 'Access',
  organiser: 'Organiser',
  previouslyOn: (date: string) => `It was going to be on ${date}.`,
  past: 'Past event',
  pastNote: 'This event has already happened.',
  dateToBeConfirmed: 'Date to be confirmed',
  joiningLink: 'Joining link sent after you book',
  free: 'Free',
  priceRange: (low: string, high: string) => `${low} to ${high}`,
  full: 'Fully booked',
  waitingList: 'Fully booked – you can join the waiting list',
  placesLeft: (locale: Locale, count: number) =>
    plural(locale, count, { one: 'Only 1 place left', other: '{count} places left' }),
  fewPlacesLeft: (locale: Locale, count: number) =>
    plural(locale, count, { one: 'Only 1 place left', other: 'Only {count} places left' }),
  bookBy: (date: string) => `Book by ${date}`,
  bookingClosed: 'Booking has closed',
  noAccessInfo: 'The organiser has not given access information yet.',
  accessContactIntro: 'To ask about access or tell us what you need:',
  accessContactEmail: 'Email',
  accessContactPhone: 'Phone',
  book: 'Book a place',
  bookNamed: (name: string) => `Book a place on ${name}`,
  joinWaitingList: 'Join the waiting list',
  joinWaitingListNamed: (name: string) => `Join the waiting list for ${name}`,
  moreDetails: 'More details',
  moreDetailsNamed: (name: string) => `More details about ${name}`,
  bookingFormHeading: (name: string) => `Book a place on ${name}`,
  closeBooking: 'Close the booking form',
  bookingFormMissing: 'The booking form could not be shown here. You can book on the event’s page instead.',
  bookOnEventPage: (name: string) => `Book on the page for ${name}`,
  addToCalendar: 'Add to calendar',
  addToCalendarNamed: (name: string) => `Add to calendar: ${name}`,
  icsFile: 'Download a calendar file (.ics)',
  icsFileNamed: (name: string) => `Download a calendar file (.ics) for ${name}`,
  google: 'Google Calendar',
  googleNamed: (name: string) => `Add ${name} to Google Calendar`,
  outlook: 'Outlook',
  outlookNamed: (name: string) => `Add ${name} to Outlook Calendar`,
  incomplete: 'This event’s details are incomplete',
  incompleteBody: 'Some information is missing or could not be read. Check with the organiser before you go.',
  details: 'Details',
  /** The date block's month names (as Intl's en-GB writes them: "Sept"). */
  shortMonths: [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sept',
    'Oct',
    'Nov',
    'Dec',
  ] as readonly string[],
  otherDates: 'Other dates',
  moreDates: (locale: Locale, count: number) =>
    plural(locale, count, { one: ' and 1 more date', other: ' and {count} more dates' }),
  untitled: 'Untitled event',
  loadingEvent: 'Loading the event…',
  calendarMissing: 'The calendar links could not be loaded. Reload the page to try again.',

  // Names of the event vocabulary (core schemas/event.ts). Functions, so that a missing name is a type error.
  attendance: (mode: AttendanceMode) =>
    ({ online: 'Online', 'in-person': 'In person', hybrid: 'In person and online' })[mode],
  eventType: (type: EventType) =>
    ({
      talk: 'Talk',
      gathering: 'Gathering',
      'action-learning-set': 'Action learning set',
      'deep-dive': 'Deep dive',
      'peer-drop-in': 'Peer drop-in',
      'one-to-one-session': 'One-to-one session',
    })[type],
  /** The label in the card's name; none for a scheduled event. */
  status: (status: EventStatus) =>
    ({
      scheduled: '',
      cancelled: 'Cancelled',
      postponed: 'Postponed',
      rescheduled: 'Rescheduled',
      'moved-online': 'Moved online',
    })[status],
  statusNote: (status: EventStatus) =>
    ({
      scheduled: '',
      cancelled: 'This event has been cancelled.',
      postponed: 'This event has been postponed. A new date will be announced.',
      rescheduled: 'This event has a new date.',
      'moved-online': 'This event is now online only.',
    })[status],
  accessFeature: (feature: AccessFeature) =>
    ({
      'step-free': 'Step-free access',
      'accessible-toilet': 'Accessible toilet',
      bsl: 'British Sign Language (BSL) interpreter',
      isl: 'Irish Sign Language (ISL) interpreter',
      'live-captions': 'Live captions',
      'hearing-loop': 'Hearing loop',
      'quiet-space': 'Quiet space you can use at any time',
      'pa-tickets': 'Free ticket for a personal assistant (PA)',
    })[feature],
};

export type EventMessages = typeof en;

export const messages = defineMessages({ en, cy: () => import('./messages.cy.js') });
