// Sample data the apps hand to the widgets as properties (no network needed).
export const event = {
  '@context': 'https://schema.org',
  '@type': 'Event',
  '@id': 'https://events.example.org/launch',
  name: 'Launch event',
  startDate: '2027-12-04T18:00:00Z',
  endDate: '2027-12-04T20:30:00Z',
  eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  eventStatus: 'https://schema.org/EventScheduled',
  location: { '@type': 'Place', name: 'Central Library', address: "St Peter's Square, Manchester M2 5PD" },
  offers: { '@type': 'Offer', price: 0, priceCurrency: 'GBP' },
  url: 'https://events.example.org/launch',
};

export const events = [
  event,
  {
    ...event,
    '@id': 'https://events.example.org/second',
    name: 'Second event',
    startDate: '2027-12-11T18:00:00Z',
    endDate: '2027-12-11T20:00:00Z',
  },
];

export const members = [
  {
    name: 'Bristol Digital Commons',
    primary_url: 'https://example.org/bristol',
    region: 'south-west',
    locality: 'Bristol',
    geolocation: { lat: 51.4545, lon: -2.5879 },
  },
  { name: 'Cardiff Tech Share', primary_url: 'https://example.org/cardiff', region: 'wales', locality: 'Cardiff' },
];
