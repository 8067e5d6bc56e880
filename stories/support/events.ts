import type { EventInput } from '@ctkit/core';

/** "Now" for every event story, so past and upcoming stay the same whenever the stories are viewed. */
export const storyNow = new Date('2026-11-25T09:00:00Z');

const base: EventInput = {
  '@context': 'https://schema.org',
  '@type': 'Event',
  eventStatus: 'https://schema.org/EventScheduled',
  organizer: { name: 'Community Tech Network' },
};

const online = {
  eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
  location: { '@type': 'VirtualLocation', url: 'https://meet.example.org/talk' },
};

/** Story data: one event per situation the card handles. */
export const sampleEvents = {
  onlineTalk: {
    ...base,
    ...online,
    '@id': 'talk-open-data',
    name: 'Lunchtime talk: open data for small charities',
    description: 'A 45-minute talk and questions about publishing and using open data when you have no data team.',
    startDate: '2026-12-04T12:30:00Z',
    endDate: '2026-12-04T13:15:00Z',
    offers: { '@type': 'Offer', price: 0, priceCurrency: 'GBP' },
    url: 'https://events.example.org/talk-open-data',
    ctkit: { eventType: 'talk', accessFeatures: ['live-captions', 'bsl'], placesLeft: 64 },
  },
  launch: {
    ...base,
    '@id': 'launch-north-west',
    name: 'Launch event: North West community tech hub',
    description:
      'Meet the people behind the new hub, hear what it offers and share what your community needs. Food and soft drinks provided.',
    startDate: '2026-12-10T18:00:00Z',
    endDate: '2026-12-10T20:30:00Z',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: 'Central Library',
      address: { streetAddress: 'St Peter’s Square', addressLocality: 'Manchester', postalCode: 'M2 5PD' },
    },
    offers: { '@type': 'Offer', price: 0, priceCurrency: 'GBP' },
    url: 'https://events.example.org/launch-north-west',
    ctkit: {
      eventType: 'gathering',
      region: 'north-west',
      accessFeatures: ['step-free', 'accessible-toilet', 'hearing-loop', 'bsl', 'quiet-space', 'pa-tickets'],
      accessContact: { name: 'Sam Patel', email: 'access@example.org', telephone: '0161 496 0000' },
      placesLeft: 40,
    },
  },
  hybrid: {
    ...base,
    '@id': 'als-wales',
    name: 'Action learning set: digital inclusion in rural Wales',
    startDate: '2027-01-12T10:00:00Z',
    endDate: '2027-01-12T12:00:00Z',
    eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
    location: [
      { '@type': 'Place', name: 'Canolfan y Celfyddydau', address: 'Aberystwyth SY23 3DE' },
      { '@type': 'VirtualLocation', url: 'https://meet.example.org/als' },
    ],
    offers: { '@type': 'Offer', price: 0, priceCurrency: 'GBP' },
    url: 'https://events.example.org/als-wales',
    ctkit: {
      eventType: 'action-learning-set',
      region: 'wales',
      accessFeatures: ['step-free', 'live-captions'],
      placesLeft: 8,
    },
  },
  paid: {
    ...base,
    ...online,
    '@id': 'deep-dive-accessibility',
    name: 'Deep dive: making your website accessible',
    startDate: '2027-01-20T14:00:00Z',
    endDate: '2027-01-20T16:30:00Z',
    offers: [
      { '@type': 'Offer', price: 15, priceCurrency: 'GBP' },
      { '@type': 'Offer', price: 45, priceCurrency: 'GBP' },
    ],
    url: 'https://events.example.org/deep-dive-accessibility',
    ctkit: {
      eventType: 'deep-dive',
      accessFeatures: ['live-captions'],
      placesLeft: 22,
      bookingDeadline: '2027-01-18T17:00:00Z',
    },
  },
  nearlyFull: {
    ...base,
    ...online,
    '@id': 'drop-in-december',
    name: 'Peer drop-in: end-of-year questions',
    startDate: '2026-12-16T12:00:00Z',
    endDate: '2026-12-16T13:00:00Z',
    offers: { '@type': 'Offer', price: 0, priceCurrency: 'GBP' },
    url: 'https://events.example.org/drop-in-december',
    ctkit: { eventType: 'peer-drop-in', accessFeatures: ['live-captions'], placesLeft: 2 },
  },
  waitingList: {
    ...base,
    ...online,
    '@id': 'one-to-one-funding',
    name: 'One-to-one sessions: funding bids',
    startDate: '2027-02-15T09:30:00Z',
    endDate: '2027-02-15T12:00:00Z',
    offers: { '@type': 'Offer', price: 0, priceCurrency: 'GBP', availability: 'https://schema.org/SoldOut' },
    url: 'https://events.example.org/one-to-one-funding',
    ctkit: { eventType: 'one-to-one-session', waitingList: true },
  },
  cancelled: {
    ...base,
    '@id': 'glasgow-gathering',
    name: 'Winter gathering in Glasgow',
    startDate: '2027-02-06T11:00:00Z',
    endDate: '2027-02-06T16:00:00Z',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventCancelled',
    location: { '@type': 'Place', name: 'The Briggait', address: '141 Bridgegate, Glasgow G1 5HZ' },
    url: 'https://events.example.org/glasgow-gathering',
    ctkit: { eventType: 'gathering', region: 'scotland' },
  },
  postponed: {
    ...base,
    '@id': 'cardiff-festival-talk',
    name: 'Festival talk: community broadband',
    startDate: '2027-03-03T18:30:00Z',
    endDate: '2027-03-03T19:30:00Z',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventPostponed',
    location: { '@type': 'Place', name: 'Tramshed Tech', address: 'Pendyris Street, Cardiff CF11 6BH' },
    url: 'https://events.example.org/cardiff-festival-talk',
    ctkit: { eventType: 'talk', region: 'wales', accessFeatures: ['step-free', 'hearing-loop'] },
  },
  past: {
    ...base,
    ...online,
    '@id': 'drop-in-october',
    name: 'Peer drop-in: autumn questions',
    startDate: '2026-10-14T11:00:00Z',
    endDate: '2026-10-14T12:00:00Z',
    offers: { '@type': 'Offer', price: 0, priceCurrency: 'GBP' },
    url: 'https://events.example.org/drop-in-october',
    ctkit: { eventType: 'peer-drop-in', accessFeatures: ['live-captions'] },
  },
  multiDay: {
    ...base,
    '@id': 'belfast-festival',
    name: 'Community tech festival, Belfast',
    startDate: '2027-03-19T10:00:00Z',
    endDate: '2027-03-20T16:00:00Z',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: 'Ulster Hall', address: 'Bedford Street, Belfast BT2 7FF' },
    offers: [
      { '@type': 'Offer', price: 10, priceCurrency: 'GBP' },
      { '@type': 'Offer', price: 25, priceCurrency: 'GBP' },
    ],
    url: 'https://events.example.org/belfast-festival',
    ctkit: {
      eventType: 'talk',
      region: 'northern-ireland',
      accessFeatures: ['step-free', 'isl', 'bsl', 'hearing-loop'],
    },
  },
  incomplete: {
    ...base,
    '@id': 'incomplete',
    name: '',
    startDate: '4th December, probably',
    eventAttendanceMode: 'https://schema.org/TelepathicAttendanceMode',
    description:
      'An event published with a missing name, a date that is not a date and an attendance mode that does not exist.',
    url: 'https://events.example.org/incomplete',
  },
} satisfies Record<string, EventInput>;

/** Waits (up to 5 s) until every ct-event-list in the canvas has finished loading. */
export async function listsLoaded(canvas: HTMLElement): Promise<void> {
  const lists = [...canvas.querySelectorAll('ct-event-list')];
  const start = Date.now();
  while (
    lists.some((l) => l.shadowRoot?.querySelector('.ct-feed-state[role="status"]') ?? !l.shadowRoot?.firstElementChild)
  ) {
    if (Date.now() - start > 5000) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
