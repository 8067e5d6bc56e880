import { expect } from '@open-wc/testing';
import { parseEvent } from '@ctkit/core';
import { FeedError, loadFeed, parseFeedText } from '../src/feed.js';

const window = { start: new Date('2026-09-01T00:00:00Z'), end: new Date('2027-09-01T00:00:00Z') };
const options = { timeout: 1000, maxBytes: 1_000_000, window };

describe('iCalendar feeds (ical.js, loaded on demand)', () => {
  it('expands a weekly recurrence within the window, across the BST/GMT change, with an exception', async () => {
    const inputs = await loadFeed('/fixtures/events.ics', options);
    const dropIns = inputs.filter((e) => String(e['@id']).startsWith('peer-drop-in@'));
    expect(dropIns).to.have.length(8);
    // 12:30 UK time every Wednesday: 11:30 UTC in BST, 12:30 UTC after the clocks go back on 25 October.
    expect(dropIns.map((e) => e.startDate)).to.deep.equal([
      '2026-10-07T11:30:00.000Z',
      '2026-10-14T11:30:00.000Z',
      '2026-10-21T11:30:00.000Z',
      '2026-10-28T12:30:00.000Z',
      '2026-11-04T12:30:00.000Z',
      '2026-11-11T12:30:00.000Z',
      '2026-11-18T12:30:00.000Z',
      '2026-11-25T12:30:00.000Z',
    ]);
    // The 21 October occurrence was cancelled (a RECURRENCE-ID override).
    expect(dropIns[2]!.eventStatus).to.equal('https://schema.org/EventCancelled');
    expect(dropIns[0]!.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect(dropIns[0]!.description).to.equal(
      'An open hour with other community tech practitioners.\nBring a question, leave with ideas.',
    );
    const parsed = parseEvent(dropIns[0]);
    expect(parsed.problems).to.deep.equal([]);
    expect(parsed.event.eventType).to.equal('peer-drop-in');
    expect(parsed.event.accessFeatures).to.deep.equal(['live-captions']);
  });

  it('keeps only occurrences inside the window', async () => {
    const inputs = await loadFeed('/fixtures/events.ics', {
      ...options,
      window: { start: new Date('2026-11-01T00:00:00Z'), end: new Date('2026-11-12T00:00:00Z') },
    });
    expect(inputs.filter((e) => String(e['@id']).startsWith('peer-drop-in@')).map((e) => e.startDate)).to.deep.equal([
      '2026-11-04T12:30:00.000Z',
      '2026-11-11T12:30:00.000Z',
    ]);
  });

  it('reads places, regions, all-day events and TZID without a VTIMEZONE as UK time', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTAMP:20261101T000000Z',
      'DTSTART;TZID=Europe/London:20260701T120000',
      'DTEND;TZID=Europe/London:20260701T130000',
      'SUMMARY:Summer talk',
      'LOCATION:Town Hall\\, Bangor',
      'X-CTKIT-REGION:wales',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const [e] = await parseFeedText(ics, 'text/calendar', window);
    const { event, problems } = parseEvent(e);
    expect(problems).to.deep.equal([]);
    expect(event.start!.date.toISOString()).to.equal('2026-07-01T11:00:00.000Z');
    expect(event.venue!.name).to.equal('Town Hall, Bangor');
    expect(event.attendance).to.equal('in-person');
    expect(event.region).to.equal('wales');
    const inputs = await loadFeed('/fixtures/events.ics', options);
    const festival = parseEvent(inputs.find((i) => i['@id'] === 'festival@ctkit.example'));
    expect(festival.event.start!.allDay).to.be.true;
    expect(festival.event.end!.allDay).to.be.true;
  });

  it('refuses broken iCalendar with a format error', async () => {
    const error = await parseFeedText('BEGIN:VCALENDAR\r\nthis is not ical', '', window).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).reason).to.equal('format');
  });
});

describe('loading feeds', () => {
  const reason = async (src: string, o = options) => {
    const error = await loadFeed(src, o).catch((e: unknown) => e);
    expect(error, src).to.be.instanceOf(FeedError);
    return (error as FeedError).reason;
  };

  it('reads JSON arrays', async () => {
    const inputs = await loadFeed('/fixtures/events.json', options);
    expect(inputs).to.have.length(8);
  });
  it('gives up after the timeout', async () => {
    expect(await reason('/ctkit-test/events/slow.json', { ...options, timeout: 300 })).to.equal('timeout');
  });
  it('refuses a feed over the size cap, declared or streamed', async () => {
    expect(await reason('/ctkit-test/events/huge.json')).to.equal('too-big');
    expect(await reason('/ctkit-test/events/huge-chunked.json')).to.equal('too-big');
  });
  it('reports server errors and unreadable feeds', async () => {
    expect(await reason('/ctkit-test/events/fail.json')).to.equal('http');
    expect(await reason('/ctkit-test/events/not-a-feed.json')).to.equal('format');
    expect(await reason('/ctkit-test/events/garbage.txt')).to.equal('format');
    expect(await reason('http://127.0.0.1:9/nothing-listens-here.json')).to.equal('network');
  });
});
