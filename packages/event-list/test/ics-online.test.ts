// iCalendar feeds as Google Calendar, Outlook / Exchange and Meetup write them: which events are online,
// in person or hybrid (ics-feed.ts, loaded on demand). Fixtures are folded at 75 octets with CRLF.
import { expect } from '@open-wc/testing';
import { parseEvent } from '@ctkit/core';
import { loadFeed, parseFeedText } from '../src/feed.js';

const window = { start: new Date('2026-09-01T00:00:00Z'), end: new Date('2027-09-01T00:00:00Z') };
const options = { timeout: 5000, maxBytes: 1_000_000, window };

/** Each event of a fixture as "summary: attendance @ venue → joining link". */
async function read(file: string) {
  const inputs = await loadFeed(`/packages/event-list/test/fixtures/${file}`, options);
  return inputs.map((input) => {
    const { event, problems } = parseEvent(input);
    expect(problems, String(input.name)).to.deep.equal([]);
    return {
      name: event.name,
      attendance: event.attendance,
      venue: event.venue?.name,
      start: event.start?.date.toISOString(),
      link: virtualUrl(input),
    };
  });
}
const virtualUrl = (input: { location?: unknown }) =>
  (Array.isArray(input.location) ? (input.location as { '@type': string; url?: string }[]) : []).find(
    (l) => l['@type'] === 'VirtualLocation',
  )?.url;

describe('iCalendar: online, in person or hybrid, as calendar apps export them', () => {
  it('Google Calendar: Meet in X-GOOGLE-CONFERENCE, "ONLINE" with a Zoom link, a room with Meet, a hall', async () => {
    const events = await read('google-calendar.ics');
    expect(events).to.deep.equal([
      {
        name: 'Peer drop-in',
        attendance: 'online',
        venue: undefined,
        start: '2026-10-14T17:00:00.000Z',
        link: 'https://meet.google.com/abc-defg-hij',
      },
      {
        name: 'Funding clinic',
        attendance: 'online',
        venue: undefined,
        start: '2026-10-21T17:00:00.000Z',
        link: 'https://us02web.zoom.us/j/81234567890?pwd=QWERTYuiop1234',
      },
      {
        name: 'Regional gathering: Yorkshire',
        attendance: 'hybrid',
        venue: 'The Sidings, 1 Station Road, Leeds LS1 4DY, UK',
        start: '2026-11-04T10:00:00.000Z',
        link: 'https://meet.google.com/xyz-abcd-efg',
      },
      {
        name: 'Repair day',
        attendance: 'in-person',
        venue: 'St Mary’s Church Hall, Bangor',
        start: '2026-11-28T00:00:00.000Z',
        link: undefined,
      },
    ]);
  });

  it('Outlook / Exchange: "Microsoft Teams Meeting" with X-MICROSOFT-ONLINEMEETINGURL, a room; Teams, "Ar-lein", a library', async () => {
    const events = await read('outlook-exchange.ics');
    const teams = (id: string) =>
      `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id}%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%22a1b2c3d4-e5f6-4711-8899-aabbccddeeff%22%7d`;
    expect(events).to.deep.equal([
      // 10:00 in "GMT Standard Time" (the VTIMEZONE Exchange writes) on 4 November is 10:00 UTC.
      {
        name: "Funders' briefing",
        attendance: 'online',
        venue: undefined,
        start: '2026-11-04T10:00:00.000Z',
        link: teams('NDk3ZTU2YjktZDAzNS00'),
      },
      {
        name: 'Cyfarfod technoleg Cymraeg',
        attendance: 'hybrid',
        venue: 'Canolfan y Celfyddydau, Aberystwyth',
        start: '2026-11-18T18:30:00.000Z',
        link: teams('ZjQ1YTBmNTMtYjA2Ny00'),
      },
      {
        name: 'Sesiwn galw heibio',
        attendance: 'online',
        venue: undefined,
        start: '2026-12-02T12:30:00.000Z',
        link: undefined,
      },
      {
        name: 'Library drop-in',
        attendance: 'in-person',
        venue: 'Central Library, Manchester M2 5PD',
        start: '2026-12-09T14:00:00.000Z',
        link: undefined,
      },
    ]);
  });

  it('Meetup: "Online event" with Zoom in the description, a venue with its event page as URL, a Jitsi URL', async () => {
    const events = await read('meetup.ics');
    expect(events).to.deep.equal([
      {
        name: 'Show and tell: community broadband',
        attendance: 'online',
        venue: undefined,
        start: '2026-10-15T17:30:00.000Z',
        link: 'https://zoom.us/j/91234567890',
      },
      {
        name: 'Pizza and projects',
        attendance: 'in-person',
        venue: 'Tramshed Tech (Pendyris St, Cardiff, United Kingdom)',
        start: '2026-11-12T18:00:00.000Z',
        link: undefined,
      },
      {
        name: 'Open source office hour',
        attendance: 'online',
        venue: undefined,
        start: '2026-12-03T19:00:00.000Z',
        link: 'https://meet.jit.si/CommunityTechCymruOfficeHour',
      },
    ]);
  });

  it('reads LOCATION "Online" in any case and Welsh "Ar-lein" as online, and a call link as online wherever it is', async () => {
    const one = async (...props: string[]) => {
      const ics = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'BEGIN:VEVENT',
        'UID:x',
        'DTSTAMP:20261101T000000Z',
        'DTSTART:20261201T180000Z',
        'SUMMARY:E',
        ...props,
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n');
      const [input] = await parseFeedText(ics, 'text/calendar', window);
      const { event } = parseEvent(input);
      return [event.attendance, event.venue?.name];
    };
    for (const location of [
      'Online',
      'online',
      'ONLINE',
      'Ar-lein',
      'ar lein',
      'AR-LEIN',
      'Online (Zoom)',
      'Online – link sent on booking',
      'Zoom',
      'Microsoft Teams Meeting',
      'https://example.org/stream',
    ]) {
      expect(await one(`LOCATION:${location}`), location).to.deep.equal(['online', undefined]);
    }
    expect(
      await one('LOCATION:Town Hall', 'DESCRIPTION:Or join on Whereby: https://whereby.com/ctn-room'),
    ).to.deep.equal(['hybrid', 'Town Hall']);
    expect(await one('CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://meet.example.org/room')).to.deep.equal([
      'online',
      undefined,
    ]);
    expect(await one('X-MICROSOFT-ONLINEMEETINGURL:https://teams.live.com/meet/9312345678901')).to.deep.equal([
      'online',
      undefined,
    ]);
    expect(await one('URL:https://acme.webex.com/meet/community')).to.deep.equal(['online', undefined]);
    // Words that only start like "online" name a place, and a web page that is not a call is not a call.
    expect(await one('LOCATION:Onlinetech House\\, Leeds')).to.deep.equal(['in-person', 'Onlinetech House, Leeds']);
    expect(
      await one('LOCATION:Town Hall', 'URL:https://example.org/events/42', 'DESCRIPTION:More at https://example.org'),
    ).to.deep.equal(['in-person', 'Town Hall']);
    // The feed's own word wins.
    expect(await one('LOCATION:Online', 'X-CTKIT-ATTENDANCE:hybrid')).to.deep.equal(['hybrid', undefined]);
  });
});
