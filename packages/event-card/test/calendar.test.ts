import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { parseEvent, type EventInput } from '@ctkit/core';
import { escapeText, foldLine, googleCalendarUrl, icsFileName, outlookCalendarUrl, toIcs } from '../src/calendar.js';

const launch: EventInput = {
  '@id': 'https://events.example.org/launch',
  name: 'Launch event; food, drink & a talk\\demo',
  description: 'Doors open at 6pm.\nTalks, then food.\r\nBring a friend, or two; all welcome.',
  startDate: '2026-12-04T18:00:00Z',
  endDate: '2026-12-04T20:30:00Z',
  eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  location: { '@type': 'Place', name: 'Canolfan Gymunedol Llanfair', address: 'Stryd Fawr, Llanfair, LL55 1AA' },
  url: 'https://events.example.org/launch',
};
const event = parseEvent(launch).event;
const now = new Date('2026-11-25T10:00:00Z');

describe('iCalendar output (RFC 5545)', () => {
  const ics = toIcs([event], { now });

  it('parses back with ical.js to the same event', () => {
    const root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    const vevent = root.getFirstSubcomponent('vevent');
    expect(vevent).to.exist;
    const parsed = new ICAL.Event(vevent!);
    expect(parsed.summary).to.equal(launch.name);
    expect(parsed.description).to.equal(
      `${launch.description?.replace(/\r\n/g, '\n')}\n\nhttps://events.example.org/launch`,
    );
    expect(parsed.location).to.equal('Canolfan Gymunedol Llanfair, Stryd Fawr, Llanfair, LL55 1AA');
    expect(parsed.uid).to.equal('https://events.example.org/launch@ctkit');
    expect(parsed.startDate.toJSDate().toISOString()).to.equal('2026-12-04T18:00:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).to.equal('2026-12-04T20:30:00.000Z');
    expect(root.getFirstPropertyValue('version')).to.equal('2.0');
    expect(String(vevent!.getFirstPropertyValue('dtstamp'))).to.equal('2026-11-25T10:00:00Z');
  });

  it('ends every line with CRLF and folds lines over 75 octets', () => {
    expect(ics.endsWith('\r\n')).to.be.true;
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(ics).to.include('\r\n '); // the long description was folded
  });

  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    expect(ics).to.include('SUMMARY:Launch event\\; food\\, drink & a talk\\\\demo');
  });

  it('never splits a UTF-8 character when folding', () => {
    const line = `SUMMARY:${'Ŵyl Gymraeg 🎉 '.repeat(12)}`;
    const folded = foldLine(line);
    const encoder = new TextEncoder();
    const parts = folded.split('\r\n');
    expect(parts.length).to.be.greaterThan(2);
    for (const [i, part] of parts.entries()) {
      expect(encoder.encode(part).length).to.be.at.most(75);
      if (i > 0) expect(part.startsWith(' ')).to.be.true;
    }
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).to.equal(line);
    const root = new ICAL.Component(
      ICAL.parse(
        `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20261125T100000Z\r\nDTSTART:20261204T180000Z\r\n${folded}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
      ) as unknown[],
    );
    expect(root.getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary')).to.equal(
      line.slice('SUMMARY:'.length),
    );
  });

  it('writes all-day events as DATE values with an exclusive end', () => {
    const festival = parseEvent({ name: 'Festival', startDate: '2027-03-19', endDate: '2027-03-20' }).event;
    const out = toIcs([festival], { now });
    expect(out).to.include('DTSTART;VALUE=DATE:20270319\r\n');
    expect(out).to.include('DTEND;VALUE=DATE:20270321\r\n');
    const parsed = new ICAL.Event(new ICAL.Component(ICAL.parse(out) as unknown[]).getFirstSubcomponent('vevent')!);
    expect(parsed.startDate.isDate).to.be.true;
    expect(parsed.startDate.toString()).to.equal('2027-03-19');
  });

  it('gives an event with no end one hour, and marks cancellations', () => {
    const talk = parseEvent({
      name: 'Talk',
      startDate: '2026-12-04T12:30:00Z',
      eventStatus: 'https://schema.org/EventCancelled',
    }).event;
    const out = toIcs([talk], { now });
    expect(out).to.include('DTEND:20261204T133000Z');
    expect(out).to.include('STATUS:CANCELLED');
  });

  it('names the file after the event', () => {
    expect(icsFileName(event)).to.equal('launch-event-food-drink-a-talk-demo.ics');
    expect(icsFileName(parseEvent({ name: 'Ŵyl' }).event)).to.equal('wyl.ics');
  });
});

describe('calendar links', () => {
  it('builds a Google Calendar link in UTC', () => {
    const url = new URL(googleCalendarUrl(event)!);
    expect(url.origin).to.equal('https://calendar.google.com');
    expect(url.searchParams.get('action')).to.equal('TEMPLATE');
    expect(url.searchParams.get('text')).to.equal(launch.name);
    expect(url.searchParams.get('dates')).to.equal('20261204T180000Z/20261204T203000Z');
  });
  it('builds an Outlook link', () => {
    const url = new URL(outlookCalendarUrl(event)!);
    expect(url.hostname).to.equal('outlook.live.com');
    expect(url.searchParams.get('subject')).to.equal(launch.name);
    expect(url.searchParams.get('startdt')).to.equal('2026-12-04T18:00:00.000Z');
    expect(url.searchParams.get('allday')).to.equal('false');
  });
  it('gives no link for an event with no valid start', () => {
    expect(googleCalendarUrl(parseEvent({ name: 'x', startDate: 'soon' }).event)).to.be.undefined;
  });
});
