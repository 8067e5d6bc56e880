import { expect } from '@open-wc/testing';
import { eventsFromJson, parseEvent } from '@ctkit/core';

const fields = (input: unknown) => parseEvent(input).problems.map((p) => p.field);

describe('the event schema (core schemas/event.ts)', () => {
  it('reads a full schema.org Event with the ctkit extension', () => {
    const { event, problems } = parseEvent({
      '@type': 'Event',
      '@id': 'e1',
      name: ' Launch ',
      startDate: '2026-12-04T18:00:00Z',
      endDate: '2026-12-04T20:00:00Z',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      eventStatus: 'http://schema.org/EventRescheduled',
      previousStartDate: '2026-11-20T18:00:00Z',
      location: [
        {
          '@type': 'Place',
          name: 'Hall',
          address: { streetAddress: '1 High St', addressLocality: 'Leeds', postalCode: 'LS1 1AA' },
        },
        { '@type': 'VirtualLocation', url: 'https://x' },
      ],
      offers: [{ price: '5.50', priceCurrency: 'gbp' }, { price: 0 }],
      ctkit: {
        eventType: 'gathering',
        accessFeatures: ['step-free', 'bsl', 'step-free'],
        accessContact: { email: 'a@b.org' },
        placesLeft: 0,
        waitingList: true,
        region: 'yorkshire-and-the-humber',
        bookingDeadline: '2026-12-01',
      },
    });
    expect(problems).to.deep.equal([]);
    expect(event.name).to.equal('Launch');
    expect(event.attendance).to.equal('hybrid');
    expect(event.status).to.equal('rescheduled');
    expect(event.venue).to.deep.equal({ name: 'Hall', address: '1 High St, Leeds, LS1 1AA' });
    expect(event.online).to.be.true;
    expect(event.prices.map((p) => p.amount)).to.deep.equal([0, 5.5]);
    expect(event.prices[1]!.currency).to.equal('GBP');
    expect(event.free).to.be.false;
    expect(event.accessFeatures).to.deep.equal(['step-free', 'bsl']);
    expect(event.availability).to.equal('waiting-list');
    expect(event.region).to.equal('yorkshire-and-the-humber');
  });

  it('names every problem field and never throws', () => {
    expect(fields({})).to.deep.equal(['name', 'startDate']);
    expect(fields({ name: 'x', startDate: '2026-13-40' })).to.deep.equal(['startDate']);
    expect(fields({ name: 'x', startDate: 'next Tuesday' })).to.deep.equal(['startDate']);
    expect(fields({ name: 'x', startDate: '2026-12-04T18:00:00Z', endDate: '2026-12-04T17:00:00Z' })).to.deep.equal([
      'endDate',
    ]);
    expect(fields({ name: 'x', startDate: '2026-12-04', eventAttendanceMode: 'Telepathic' })).to.deep.equal([
      'eventAttendanceMode',
    ]);
    expect(
      fields({
        name: 'x',
        startDate: '2026-12-04',
        ctkit: { eventType: 'rave', region: 'mars', accessFeatures: ['jetpack'], placesLeft: -1 },
      }),
    ).to.deep.equal(['ctkit.eventType', 'ctkit.accessFeatures', 'ctkit.placesLeft', 'ctkit.region']);
    expect(fields(null)).to.include('(event)');
    expect(fields('a string')).to.include('(event)');
  });

  it('reads inLanguage as a language tag, and leaves a value that is not one unused (the card is still complete)', () => {
    const base = { name: 'Talk', startDate: '2026-12-04T12:30' };
    expect(parseEvent({ ...base, inLanguage: 'en-GB' }).event.language).to.equal('en-GB');
    expect(parseEvent({ ...base, inLanguage: { alternateName: 'cy' } }).event.language).to.equal('cy');
    for (const inLanguage of ['English', { '@type': 'Language', name: 'English' }]) {
      const read = parseEvent({ ...base, inLanguage });
      expect(read.event.language).to.equal(undefined);
      expect(read.problems).to.deep.equal([]);
    }
  });

  it('drops links that are not http(s)', () => {
    const { event, problems } = parseEvent({ name: 'x', startDate: '2026-12-04', url: 'javascript:alert(1)' });
    expect(event.url).to.be.undefined;
    expect(problems.map((p) => p.field)).to.deep.equal(['url']);
  });

  it('reads feeds as arrays, ItemLists or {events}', () => {
    const e = { '@type': 'Event', name: 'x' };
    expect(eventsFromJson([e])).to.deep.equal([e]);
    expect(
      eventsFromJson({ '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, item: e }, e] }),
    ).to.deep.equal([e, e]);
    expect(eventsFromJson({ events: [e] })).to.deep.equal([e]);
    expect(eventsFromJson({ hello: 'world' })).to.be.undefined;
  });
});
