/**
 * Loading an events feed: JSON (an array of events, a schema.org ItemList) or iCalendar (.ics). Feeds
 * come from other people's servers, so a load has a time limit and a size cap, and every failure has a
 * reason the list can explain. ical.js is loaded only when a feed turns out to be iCalendar.
 */
import { eventsFromJson, type EventInput } from '@ctkit/core';

export type FeedErrorReason = 'timeout' | 'too-big' | 'http' | 'network' | 'format';

export class FeedError extends Error {
  constructor(
    readonly reason: FeedErrorReason,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

export interface LoadOptions {
  /** Milliseconds before giving up. */
  timeout: number;
  /** Largest feed accepted, in bytes. */
  maxBytes: number;
  /** Recurring events are expanded between these instants. */
  window: { start: Date; end: Date };
  /** Called as bytes arrive: (received, total or undefined). */
  onProgress?: (received: number, total: number | undefined) => void;
  signal?: AbortSignal;
  /** Bypass the HTTP cache ("Try again" must not get the cached failure). */
  reload?: boolean;
}

/** Fetches and reads a feed. Rejects with a FeedError. */
export async function loadFeed(src: string, o: LoadOptions): Promise<EventInput[]> {
  const controller = new AbortController();
  const timing = { timedOut: false };
  const timer = setTimeout(() => {
    timing.timedOut = true;
    controller.abort();
  }, o.timeout);
  const onAbort = () => {
    controller.abort();
  };
  o.signal?.addEventListener('abort', onAbort);
  try {
    let response: Response;
    try {
      response = await fetch(src, {
        signal: controller.signal,
        credentials: 'omit',
        cache: o.reload ? 'reload' : 'default',
        headers: { accept: 'application/ld+json, application/json, text/calendar' } });
    } catch (error) {
      if (timing.timedOut) throw new FeedError('timeout', `no answer within ${o.timeout} ms`);
      throw new FeedError('network', error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw new FeedError('http', `the server answered ${response.status}`, response.status);
    const declared = Number(response.headers.get('content-length'));
    const total = Number.isFinite(declared) && declared > 0 ? declared : undefined;
    if (total !== undefined && total > o.maxBytes) {
      controller.abort();
      throw new FeedError('too-big', `the feed is ${total} bytes; the limit is ${o.maxBytes}`);
    }
    const text = await readCapped(response, o, total, () => timing.timedOut);
    const type = response.headers.get('content-type') ?? '';
    return await parseFeedText(text, type, o.window);
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onAbort);
  }
}

async function readCapped(response: Response, o: LoadOptions, total: number | undefined, timedOut: () => boolean): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > o.maxBytes) {
        await reader.cancel();
        throw new FeedError('too-big', `the feed is over ${o.maxBytes} bytes`);
      }
      chunks.push(value);
      o.onProgress?.(received, total);
    }
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (timedOut()) throw new FeedError('timeout', `no complete answer within ${o.timeout} ms`);
    throw new FeedError('network', error instanceof Error ? error.message : String(error));
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Reads feed text as iCalendar (when it says so, or starts BEGIN:VCALENDAR) or JSON. */
export async function parseFeedText(text: string, contentType: string, window: LoadOptions['window']): Promise<EventInput[]> {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (/text\/calendar/i.test(contentType) || /^BEGIN:VCALENDAR/i.test(trimmed)) return parseIcs(trimmed, window);
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    throw new FeedError('format', 'the feed is neither JSON nor iCalendar');
  }
  const events = eventsFromJson(data);
  if (!events) throw new FeedError('format', 'the JSON is not a list of events (an array, or a schema.org ItemList)');
  return events as EventInput[];
}

type IcalModule = (typeof import('ical.js'))['default'];
type IcalTime = InstanceType<IcalModule['Time']>;
type IcalComponent = InstanceType<IcalModule['Component']>;

let icalModule: Promise<IcalModule> | undefined;
/** ical.js, fetched once and only when an iCalendar feed is read. */
function loadIcal(): Promise<IcalModule> {
  icalModule ??= import('ical.js').then((m) => m.default);
  return icalModule;
}

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

const ONLINE = /^https?:\/\//i;

/** One VEVENT (or one occurrence of it) as an EventInput. */
function toInput(ICAL: IcalModule, vevent: IcalComponent, start: IcalTime, end: IcalTime | undefined, id: string): EventInput {
  const text = (name: string) => {
    const v: unknown = vevent.getFirstPropertyValue(name);
    return typeof v === 'string' ? v : '';
  };
  const where = text('location').trim();
  const conference = text('conference') || text('x-google-conference');
  const isOnline = ONLINE.test(where) || Boolean(conference);
  const venue = where && !ONLINE.test(where) ? where : '';
  const declared = text('x-ctkit-attendance');
  const attendance = declared || (isOnline && venue ? 'hybrid' : isOnline ? 'online' : venue ? 'in-person' : '');
  const modes: Record<string, string> = {
    online: 'https://schema.org/OnlineEventAttendanceMode',
    'in-person': 'https://schema.org/OfflineEventAttendanceMode',
    hybrid: 'https://schema.org/MixedEventAttendanceMode',
  };
  const location: EventInput['location'] = [];
  if (venue) location.push({ '@type': 'Place', name: venue });
  if (isOnline) location.push({ '@type': 'VirtualLocation', url: ONLINE.test(where) ? where : conference });
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
export async function parseIcs(text: string, window: LoadOptions['window']): Promise<EventInput[]> {
  const ICAL = await loadIcal();
  let root: IcalComponent;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    throw new FeedError('format', `the iCalendar feed could not be read (${error instanceof Error ? error.message : String(error)})`);
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
      out.push(toInput(ICAL, vevent, event.startDate, vevent.hasProperty('dtend') || vevent.hasProperty('duration') ? event.endDate : undefined, uid));
      continue;
    }
    for (const exception of exceptions.get(event.uid) ?? []) event.relateException(exception);
    const iterator = event.iterator();
    let count = 0;
    // ical.js types say next() always returns a Time; it returns null (or undefined) at the end.
    for (let next = iterator.next() as IcalTime | null | undefined; next; next = iterator.next() as IcalTime | null | undefined) {
      if (next.compare(until) > 0 || count >= MAX_OCCURRENCES) break;
      const details = event.getOccurrenceDetails(next);
      if (details.endDate.compare(from) < 0) continue;
      count += 1;
      out.push(toInput(ICAL, details.item.component, details.startDate, details.endDate, `${uid}#${isoOf(ICAL, details.recurrenceId)}`));
    }
  }
  return out;
}
