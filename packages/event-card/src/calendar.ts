/**
 * "Add to calendar": an iCalendar file written in the browser (RFC 5545) and links to Google Calendar
 * and Outlook. Nothing is sent anywhere until the reader follows a link.
 */
import { html, nothing } from 'lit';
import type { CtEvent } from '@ctkit/core';
import { ukDate } from './dates.js';
import type { EventMessages } from './messages.js';

/** The open "Add to calendar" list: here, not in the card, so its bytes come with the part that needs them. */
export function calendarLinks(event: CtEvent, m: EventMessages, name: string, icsHref: string) {
  const link = (kind: string, href: string | undefined, label: string, text: string, download?: string) =>
    href
      ? html`<li><a data-calendar=${kind} href=${href} download=${download ?? nothing} aria-label=${label}>${text}</a></li>`
      : nothing;
  return html`<ul>
    ${link('ics', icsHref, m.icsFileNamed(name), m.icsFile, icsFileName(event))}
    ${link('google', googleCalendarUrl(event), m.googleNamed(name), m.google)}
    ${link('outlook', outlookCalendarUrl(event), m.outlookNamed(name), m.outlook)}
  </ul>`;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + one space. Octets, not characters:
 * a line is never split inside a UTF-8 sequence (or a surrogate pair).
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** `20261204T123000Z` */
export function icsUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** `20261204` (the UK calendar date). */
function icsDate(date: Date): string {
  return ukDate(date).replace(/-/g, '');
}

/** The day after a `YYYYMMDD` date (DTEND of an all-day event is exclusive). */
function nextDay(yyyymmdd: string): string {
  const d = new Date(
    Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8)) + 1),
  );
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

function location(event: CtEvent): string {
  if (event.venue) return [event.venue.name, event.venue.address].filter(Boolean).join(', ');
  return event.attendance === 'online' || event.online ? 'Online' : '';
}

/** A default end when none is given: one hour after a timed start. */
function endOf(event: CtEvent): Date | undefined {
  if (!event.start) return undefined;
  return event.end?.date ?? new Date(event.start.date.getTime() + 60 * 60 * 1000);
}

const ICS_STATUS: Record<CtEvent['status'], string> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  'moved-online': 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/**
 * One VCALENDAR with a VEVENT per event. Times are UTC (`Z`), which every calendar reads and shows in
 * the reader's zone; all-day events use DATE values. Lines end in CRLF and are folded at 75 octets.
 */
export function toIcs(events: CtEvent[], { now = new Date() }: { now?: Date } = {}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ctkit//ct-event-card//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const event of events) {
    if (!event.start) continue;
    lines.push('BEGIN:VEVENT');
    lines.push(`UID:${escapeText(event.id.includes('@') ? event.id : `${event.id}@ctkit`)}`);
    lines.push(`DTSTAMP:${icsUtc(now)}`);
    if (event.start.allDay) {
      const first = icsDate(event.start.date);
      const last = event.end ? icsDate(event.end.date) : first;
      lines.push(`DTSTART;VALUE=DATE:${first}`, `DTEND;VALUE=DATE:${nextDay(last)}`);
    } else {
      lines.push(`DTSTART:${icsUtc(event.start.date)}`, `DTEND:${icsUtc(endOf(event) ?? event.start.date)}`);
    }
    lines.push(`SUMMARY:${escapeText(event.name)}`);
    const description = [event.description, event.url ?? ''].filter(Boolean).join('\n\n');
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    const where = location(event);
    if (where) lines.push(`LOCATION:${escapeText(where)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push(`STATUS:${ICS_STATUS[event.status]}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** A file name from the event's name: `launch-event.ics`. */
export function icsFileName(event: CtEvent): string {
  const slug = event.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'event'}.ics`;
}

function details(event: CtEvent): string {
  return [event.description, event.url ?? ''].filter(Boolean).join('\n\n').slice(0, 1500);
}

/** A Google Calendar "create event" link. */
export function googleCalendarUrl(event: CtEvent): string | undefined {
  if (!event.start) return undefined;
  const dates = event.start.allDay
    ? `${icsDate(event.start.date)}/${nextDay(event.end ? icsDate(event.end.date) : icsDate(event.start.date))}`
    : `${icsUtc(event.start.date)}/${icsUtc(endOf(event) ?? event.start.date)}`;
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.name,
    dates,
    details: details(event),
    location: location(event),
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** An Outlook (outlook.live.com) "compose event" link. */
export function outlookCalendarUrl(event: CtEvent): string | undefined {
  if (!event.start) return undefined;
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.name,
    body: details(event),
    location: location(event),
  });
  if (event.start.allDay) {
    params.set('startdt', ukDate(event.start.date));
    params.set(
      'enddt',
      nextDay(icsDate((event.end ?? event.start).date)).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3'),
    );
    params.set('allday', 'true');
  } else {
    params.set('startdt', event.start.date.toISOString());
    params.set('enddt', (endOf(event) ?? event.start.date).toISOString());
    params.set('allday', 'false');
  }
  return `https://outlook.live.com/calendar/0/action/compose?${params.toString()}`;
}
