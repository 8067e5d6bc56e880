/**
 * Reading iCalendar feeds with ical.js. This module is only ever loaded by `import()` (from feed.ts), so
 * ical.js and this code form one lazy chunk of the embed bundle, fetched when a feed is iCalendar.
 */
import ICAL from 'ical.js';
import type { EventInput } from '@ctkit/core';
import type { LoadOptions } from './feed.js';

type IcalModule = typeof ICAL;
type IcalTime = InstanceType<IcalModule['Time']>;
type IcalComponent = InstanceType<IcalModule['Component']>;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An ICAL.Time as ISO 8601 for EventInput: a DATE stays a date; UTC and times in a zone the feed
 * defines become instants; floating times and unknown zones (commonly TZID=Europe/London with no
 * VTIMEZONE) are read as UK time, which is what our events are.
 */
function isoOf(ICAL: IcalModule, t: IcalTime): string {
  const day = `${t.year}-${pad(t.month)}-${pad(t.day)}`;
  if (t.isDate) return day;
  // ical.js types say `zone` is always set; a floating time has none at run time.
  const zone = t.zone as { tzid?: string } | null | undefined;
  const tzid = zone?.tzid;
  const known = tzid === 'UTC' || (tzid !== undefined && tzid !== 'floating' && ICAL.TimezoneService.has(tzid));
  if (known) return new Date(t.toUnixTime() * 1000).toISOString();
  return `${day}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
}

const WEB = /^https?:\/\/\S+$/i;

/**
 * A LOCATION (or one of its `;`-separated parts, as Outlook joins a room and a call) that means "no
 * place": Online in any case, Welsh Ar-lein, optionally with more after it ("Online (Zoom)", "Online –
 * link sent on booking", "Online event" as Meetup writes), or the name of a call ("Microsoft Teams Meeting").
 */
const ONLINE_PLACE =
  /^(?:(?:online|ar[- ]?lein|virtual)(?:\s*[-–—:(/,].*|\s+(?:event|meeting|only|session|digwyddiad|cyfarfod)\b.*)?|(?:microsoft )?teams(?: meeting)?|zoom(?: meeting)?|google meet|jitsi(?: meet)?|whereby|webex)$/i;

/** A link to a video call: Zoom, Microsoft Teams, Google Meet, Jitsi, Whereby, Webex, GoTo, Skype, BlueJeans. */
const CALL =
  /https:\/\/(?:[\w-]+\.)*(?:zoom\.us|zoomgov\.com|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com|meet\.jit\.si|jitsi(?:\.[\w-]+)+|whereby\.com|webex\.com|gotomeeting\.com|meet\.goto\.com|join\.skype\.com|bluejeans\.com)(?:\/[^\s<>"'\\]*)?/i;

/**
 * Whether the event is online, and where it is otherwise: a LOCATION of "Online" (any case, or Welsh
 * "Ar-lein") or a web address, or a video-call link in the conference properties Google Calendar
 * (X-GOOGLE-CONFERENCE), Outlook / Exchange (X-MICROSOFT-ONLINEMEETINGURL, X-MICROSOFT-SKYPETEAMSMEETINGURL)
 * and RFC 7986 (CONFERENCE) write, or in URL or DESCRIPTION. An event with both a place and a call is hybrid.
 */
function whereOf(text: (name: string) => string): { venue: string; online: boolean; link: string } {
  const venue: string[] = [];
  let link = '';
  let online = false;
  for (const part of text('location').split(/;|\n/)) {
    const p = part.trim();
    if (!p) continue;
    if (WEB.test(p) || ONLINE_PLACE.test(p) || CALL.exec(p)?.[0] === p) {
      online = true;
      if (!link && WEB.test(p)) link = p;
    } else venue.push(p);
  }
  const declared = [
    'conference',
    'x-google-conference',
    'x-microsoft-onlinemeetingurl',
    'x-microsoft-skypeteamsmeetingurl',
  ]
    .map(text)
    .find((v) => WEB.test(v.trim()));
  const call =
    declared?.trim() ??
    [text('url'), text('location'), text('description')].map((v) => CALL.exec(v)?.[0]).find(Boolean);
  if (call) {
    online = true;
    link ||= call;
  }
  return { venue: venue.join('; '), online, link };
}

/** One VEVENT (or one occurrence of it) as an EventInput. */
function toInput(
  ICAL: IcalModule,
  vevent: IcalComponent,
  start: IcalTime,
  end: IcalTime | undefined,
  id: string,
): EventInput {
  const text = (name: string) => {
    const v: unknown = vevent.getFirstPropertyValue(name);
    return typeof v === 'string' ? v : '';
  };
  const { venue, online: isOnline, link } = whereOf(text);
  const declared = text('x-ctkit-attendance');
  const attendance = declared || (isOnline && venue ? 'hybrid' : isOnline ? 'online' : venue ? 'in-person' : '');
  const modes: Record<string, string> = {
    online: 'https://schema.org/OnlineEventAttendanceMode',
    'in-person': 'https://schema.org/OfflineEventAttendanceMode',
    hybrid: 'https://schema.org/MixedEventAttendanceMode',
  };
  const location: EventInput['location'] = [];
  if (venue) location.push({ '@type': 'Place', name: venue });
  if (isOnline) location.push({ '@type': 'VirtualLocation', ...(link ? { url: link } : {}) });
  const status = text('status').toUpperCase();
  const ctkit: NonNullable<EventInput['ctkit']> = {};
  if (text('x-ctkit-event-type')) ctkit.eventType = text('x-ctkit-event-type');
  if (text('x-ctkit-region')) ctkit.region = text('x-ctkit-region');
  if (text('x-ctkit-access-features'))
    ctkit.accessFeatures = text('x-ctkit-access-features')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const url = text('url');
  return {
    '@type': 'Event',
    '@id': id,
    name: text('summary'),
    ...(text('description') ? { description: text('description') } : {}),
    startDate: isoOf(ICAL, start),
    ...(end ? { endDate: isoOf(ICAL, end.isDate ? lastDay(end) : end) } : {}),
    ...(attendance ? { eventAttendanceMode: modes[attendance] ?? attendance } : {}),
    ...(status === 'CANCELLED' ? { eventStatus: 'https://schema.org/EventCancelled' } : {}),
    ...(location.length ? { location } : {}),
    ...(url ? { url } : {}),
    ...(Object.keys(ctkit).length ? { ctkit } : {}),
  };
}

/** DTEND of an all-day event is the day after; schema.org's endDate is the last day. */
function lastDay(end: IcalTime): IcalTime {
  const t = end.clone();
  t.adjust(-1, 0, 0, 0);
  return t;
}

/** The most occurrences one recurring event may add. */
const MAX_OCCURRENCES = 500;

/** Reads iCalendar text; recurring events are expanded between `window.start` and `window.end`. */
export function parseIcs(text: string, window: LoadOptions['window']): EventInput[] {
  let root: IcalComponent;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    // feed.ts turns this into a FeedError('format'): importing FeedError here would split it into a chunk of its own.
    throw new Error(`the iCalendar feed could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);

  const vevents = root.getAllSubcomponents('vevent');
  const exceptions = new Map<string, IcalComponent[]>();
  for (const v of vevents) {
    if (v.hasProperty('recurrence-id')) {
      const uid = String(v.getFirstPropertyValue('uid'));
      exceptions.set(uid, [...(exceptions.get(uid) ?? []), v]);
    }
  }
  const from = ICAL.Time.fromJSDate(window.start, true);
  const until = ICAL.Time.fromJSDate(window.end, true);
  const out: EventInput[] = [];
  for (const vevent of vevents) {
    if (vevent.hasProperty('recurrence-id')) continue;
    const event = new ICAL.Event(vevent);
    const uid = event.uid || `ics-${out.length}`;
    if (!event.isRecurring()) {
      out.push(
        toInput(
          ICAL,
          vevent,
          event.startDate,
          vevent.hasProperty('dtend') || vevent.hasProperty('duration') ? event.endDate : undefined,
          uid,
        ),
      );
      continue;
    }
    for (const exception of exceptions.get(event.uid) ?? []) event.relateException(exception);
    const iterator = event.iterator();
    let count = 0;
    // ical.js types say next() always returns a Time; it returns null (or undefined) at the end.
    for (
      let next = iterator.next() as IcalTime | null | undefined;
      next;
      next = iterator.next() as IcalTime | null | undefined
    ) {
      if (next.compare(until) > 0 || count >= MAX_OCCURRENCES) break;
      const details = event.getOccurrenceDetails(next);
      if (details.endDate.compare(from) < 0) continue;
      count += 1;
      out.push(
        toInput(
          ICAL,
          details.item.component,
          details.startDate,
          details.endDate,
          `${uid}#${isoOf(ICAL, details.recurrenceId)}`,
        ),
      );
    }
  }
  return out;
}
