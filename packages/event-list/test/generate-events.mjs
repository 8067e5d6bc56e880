// Generates plausible events for the 1,000-event tests and the benchmark. Deterministic (no Math.random),
// so every run measures the same data.
const TYPES = ['talk', 'gathering', 'action-learning-set', 'deep-dive', 'peer-drop-in', 'one-to-one-session'];
const REGIONS = [
  'north-east',
  'north-west',
  'yorkshire-and-the-humber',
  'east-midlands',
  'west-midlands',
  'east-of-england',
  'london',
  'south-east',
  'south-west',
  'scotland',
  'wales',
  'northern-ireland',
];
const MODES = ['OnlineEventAttendanceMode', 'OfflineEventAttendanceMode', 'MixedEventAttendanceMode'];
const TOPICS = [
  'Open data',
  'Digital inclusion',
  'Community broadband',
  'Mutual aid tools',
  'Data protection',
  'Funding bids',
  'Volunteer rotas',
  'Accessible websites',
  'Maps for neighbourhoods',
  'Repair cafés',
];
const FEATURES = [
  'step-free',
  'accessible-toilet',
  'bsl',
  'live-captions',
  'hearing-loop',
  'quiet-space',
  'pa-tickets',
];

/** `count` events starting from `from` (ISO), about 8 hours apart. */
export function generateEvents(count = 1000, from = '2026-09-01T09:00:00Z') {
  const start0 = Date.parse(from);
  const events = [];
  for (let i = 0; i < count; i++) {
    const start = new Date(start0 + i * 8 * 3600_000 + (i % 4) * 30 * 60_000);
    const end = new Date(start.getTime() + (60 + (i % 3) * 30) * 60_000);
    const mode = MODES[i % 3];
    const topic = TOPICS[i % TOPICS.length];
    events.push({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': `https://events.example.org/e/${i}`,
      name: `${topic}: session ${i + 1}`,
      description: `A ${TYPES[i % TYPES.length].replace(/-/g, ' ')} about ${topic.toLowerCase()} for community tech practitioners.`,
      startDate: start.toISOString(),
      endDate: end.toISOString(),
      eventAttendanceMode: `https://schema.org/${mode}`,
      eventStatus: i % 37 === 0 ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
      location:
        mode === 'OnlineEventAttendanceMode'
          ? { '@type': 'VirtualLocation', url: 'https://meet.example.org/x' }
          : [
              { '@type': 'Place', name: `Community hall ${i % 50}`, address: `${i % 200} High Street` },
              ...(mode === 'MixedEventAttendanceMode'
                ? [{ '@type': 'VirtualLocation', url: 'https://meet.example.org/y' }]
                : []),
            ],
      offers: { '@type': 'Offer', price: i % 5 === 0 ? 12 : 0, priceCurrency: 'GBP' },
      url: `https://events.example.org/e/${i}`,
      ctkit: {
        eventType: TYPES[i % TYPES.length],
        region: REGIONS[i % REGIONS.length],
        accessFeatures: FEATURES.filter((_, f) => (i + f) % 3 === 0),
        placesLeft: i % 11,
      },
    });
  }
  return events;
}
