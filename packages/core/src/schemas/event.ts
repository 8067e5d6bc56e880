/**
 * The one definition of an event, shared by `ct-event-card`, `ct-event-list` and anything that
 * publishes events for them.
 *
 * The input is a subset of schema.org `Event` (so search engines and the widgets read the same JSON-LD),
 * plus one documented extension key, `ctkit`, for what schema.org lacks: the kind of event, access
 * features, an access contact, a booking deadline, places left, a waiting list and a UK region.
 *
 * `parseEvent()` never throws: it returns the event it could read and a list of `problems`, each naming
 * the field, so a widget can render what it has and say the details are incomplete.
 */
import { UK_REGIONS, type UkRegion } from './vocabulary.js';

export const EVENT_TYPES = [
  'talk',
  'gathering',
  'action-learning-set',
  'deep-dive',
  'peer-drop-in',
  'one-to-one-session',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const ACCESS_FEATURES = [
  'step-free',
  'accessible-toilet',
  'bsl',
  'isl',
  'live-captions',
  'hearing-loop',
  'quiet-space',
  'pa-tickets',
] as const;
export type AccessFeature = (typeof ACCESS_FEATURES)[number];

export const ATTENDANCE_MODES = ['online', 'in-person', 'hybrid'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export type Availability = 'available' | 'full' | 'waiting-list';

/** A schema.org PostalAddress, or a one-line address. */
export type AddressInput =
  | string
  | {
      streetAddress?: string;
      addressLocality?: string;
      addressRegion?: string;
      postalCode?: string;
      addressCountry?: string;
    };

export interface PlaceInput {
  /** `Place` or `VirtualLocation`. */
  '@type'?: string;
  name?: string;
  address?: AddressInput;
  /** For a VirtualLocation: the joining link. The widgets never show it ("Joining link sent after you book"). */
  url?: string;
}

export interface OfferInput {
  '@type'?: string;
  name?: string;
  price?: number | string;
  priceCurrency?: string;
  /** schema.org ItemAvailability, e.g. `https://schema.org/SoldOut`, `https://schema.org/InStock`. */
  availability?: string;
  url?: string;
}

/** The `ctkit` extension key: what schema.org has no property for. */
export interface CtkitEventExtension {
  /** One of EVENT_TYPES. */
  eventType?: string;
  /** Any of ACCESS_FEATURES. */
  accessFeatures?: string[];
  /** Who to ask about access. */
  accessContact?: { name?: string; email?: string; telephone?: string };
  /** ISO 8601 date-time after which booking closes. */
  bookingDeadline?: string;
  /** Places still free. 0 means full. */
  placesLeft?: number;
  /** When full, people can join a waiting list. */
  waitingList?: boolean;
  /** One of UK_REGIONS (where an in-person event happens). */
  region?: string;
}

/** What the widgets accept: a schema.org Event (JSON-LD) subset plus `ctkit`. */
export interface EventInput {
  '@context'?: unknown;
  '@type'?: string;
  '@id'?: string;
  identifier?: string;
  name?: string;
  description?: string;
  /** ISO 8601. A date-time without an offset is UK time (Europe/London); a bare date is an all-day event. */
  startDate?: string;
  endDate?: string;
  /** For a rescheduled event: when it was going to be. */
  previousStartDate?: string;
  /** `https://schema.org/OnlineEventAttendanceMode`, `…OfflineEventAttendanceMode` or `…MixedEventAttendanceMode`. */
  eventAttendanceMode?: string;
  /** `https://schema.org/EventScheduled`, `…EventCancelled`, `…EventPostponed`, `…EventRescheduled`, `…EventMovedOnline`. */
  eventStatus?: string;
  location?: PlaceInput | PlaceInput[];
  offers?: OfferInput | OfferInput[];
  isAccessibleForFree?: boolean;
  /** The language of the event's own text (name, description, venue), as a BCP 47 tag: `en`, `cy`, `en-GB`. */
  inLanguage?: string | { alternateName?: string };
  url?: string;
  organizer?: { name?: string; url?: string } | string;
  ctkit?: CtkitEventExtension;
}

export interface EventProblem {
  /** The field, as a path into the input: `name`, `startDate`, `ctkit.region` … */
  field: string;
  message: string;
}

/** A moment: the instant, and whether only the day is known (an all-day event). */
export interface EventTime {
  date: Date;
  allDay: boolean;
}

/** The event as the widgets use it: checked, normalised, with UTC instants. */
export interface CtEvent {
  id: string;
  name: string;
  description: string;
  /** `inLanguage`: the language of the event's own text, when the data says. */
  language?: string;
  start?: EventTime;
  end?: EventTime;
  previousStart?: EventTime;
  attendance?: AttendanceMode;
  status: EventStatus;
  venue?: { name: string; address: string };
  /** True when a joining link exists (we never show it). */
  online: boolean;
  url?: string;
  organizer: string;
  /** Prices in the offers' currency; empty when unknown. */
  prices: { amount: number; currency: string; name: string }[];
  /** True when every offer is free or `isAccessibleForFree` is set. */
  free: boolean;
  eventType?: EventType;
  accessFeatures: AccessFeature[];
  accessContact?: { name: string; email: string; telephone: string };
  bookingDeadline?: Date;
  placesLeft?: number;
  availability: Availability;
  region?: UkRegion;
}

export interface ParsedEvent {
  event: CtEvent;
  problems: EventProblem[];
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * UK clocks since 1996: British Summer Time (GMT+1) from 01:00 GMT on the last Sunday of March to 01:00 GMT
 * on the last Sunday of October (The Summer Time Order 2002; the same rule from 1996). Written out rather
 * than asked of Intl because a page's first `Intl.DateTimeFormat` builds ICU's pattern generator and loads
 * zone data — 55 to 75 ms of main thread on a desktop CPU, four times that on a mid-range phone, the largest
 * single item in the event pages' blocking time (`npm run bench -- lighthouse`). Outside the years the rule
 * is known for, Intl answers; a test checks the rule against Intl hour by hour around every change.
 */
const RULE_YEARS = [1996, 2099] as const;

/** The instant of 01:00 GMT on the last Sunday of a month (1–12). */
function lastSundayAt1(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

let londonParts: Intl.DateTimeFormat | undefined;

/** London's offset from GMT in milliseconds at an instant. */
function londonOffset(time: number): number {
  const year = new Date(time).getUTCFullYear();
  if (year >= RULE_YEARS[0] && year <= RULE_YEARS[1])
    return time >= lastSundayAt1(year, 3) && time < lastSundayAt1(year, 10) ? 3_600_000 : 0;
  londonParts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  const parts: Record<string, number> = {};
  for (const p of londonParts.formatToParts(time)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    (parts.hour ?? 0) % 24,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - Math.floor(time / 1000) * 1000;
}

/** The wall-clock time in London at `date`: { year, month (1–12), day, hour, minute, second }. */
export function londonWallClock(date: Date): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
} {
  const wall = new Date(date.getTime() + londonOffset(date.getTime()));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/** The instant at which London's clocks show the given wall-clock time (GMT or BST, whichever applies). */
export function fromLondonWallClock(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  let guess = asUtc;
  // Two passes settle the offset, including at the changeover.
  for (let i = 0; i < 2; i++) {
    const w = londonWallClock(new Date(guess));
    const offset = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - guess;
    guess = asUtc - offset;
  }
  return new Date(guess);
}

/** Reads an ISO 8601 date or date-time; without an offset the time is UK time. Undefined when invalid. */
export function parseEventTime(value: unknown): EventTime | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (h === undefined) {
    const date = fromLondonWallClock(year, month, day);
    return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day ? { date, allDay: true } : undefined;
  }
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? 0);
  if (hour > 24 || minute > 59 || second > 60) return undefined;
  const date = zone
    ? new Date(value.trim().replace(' ', 'T'))
    : fromLondonWallClock(year, month, day, hour, minute, second);
  return Number.isNaN(date.getTime()) ? undefined : { date, allDay: false };
}

/** `https://schema.org/EventCancelled`, `http://schema.org/EventCancelled`, `schema:EventCancelled` → `EventCancelled`. */
function schemaTerm(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.trim().replace(/^(https?:\/\/schema\.org\/|schema:)/, '');
}

const ATTENDANCE: Record<string, AttendanceMode> = {
  OnlineEventAttendanceMode: 'online',
  OfflineEventAttendanceMode: 'in-person',
  MixedEventAttendanceMode: 'hybrid',
};
const STATUS: Record<string, EventStatus> = {
  EventScheduled: 'scheduled',
  EventCancelled: 'cancelled',
  EventPostponed: 'postponed',
  EventRescheduled: 'rescheduled',
  EventMovedOnline: 'moved-online',
};

const str = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Only http(s) and mailto links reach an `href`: a `javascript:` URL in a feed is dropped. */
export function safeUrl(value: unknown): string | undefined {
  const s = str(value);
  if (!s) return undefined;
  try {
    const url = new URL(s, typeof document === 'undefined' ? 'https://example.invalid/' : document.baseURI);
    return ['http:', 'https:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function formatAddress(address: unknown): string {
  if (typeof address === 'string') return address.trim();
  if (!isRecord(address)) return '';
  return ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode']
    .map((k) => str(address[k]))
    .filter(Boolean)
    .join(', ');
}

/** A short stable hash (FNV-1a), for ids of events that have none. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Reads one event. Never throws: whatever cannot be read is left out and named in `problems`.
 * `input` may be anything (a feed can hold nonsense); only an object can give an event.
 */
export function parseEvent(input: unknown): ParsedEvent {
  const problems: EventProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const e: Record<string, unknown> = isRecord(input) ? input : {};
  if (!isRecord(input)) problem('(event)', 'is not an object');

  const name = str(e.name);
  if (!name) problem('name', 'is missing');

  const readTime = (field: string, required: boolean) => {
    const raw = e[field];
    if (raw === undefined || raw === null || raw === '') {
      if (required) problem(field, 'is missing');
      return undefined;
    }
    const t = parseEventTime(raw);
    if (!t) problem(field, `is not a valid ISO 8601 date: ${JSON.stringify(raw).slice(0, 60)}`);
    return t;
  };
  const start = readTime('startDate', true);
  let end = readTime('endDate', false);
  const previousStart = readTime('previousStartDate', false);
  if (start && end && end.date.getTime() < start.date.getTime()) {
    problem('endDate', 'is before startDate');
    end = undefined;
  }

  let attendance: AttendanceMode | undefined;
  if (e.eventAttendanceMode !== undefined) {
    attendance = ATTENDANCE[schemaTerm(e.eventAttendanceMode) ?? ''];
    if (!attendance)
      problem(
        'eventAttendanceMode',
        `is not a known attendance mode: ${JSON.stringify(e.eventAttendanceMode).slice(0, 60)}`,
      );
  }

  let status: EventStatus = 'scheduled';
  if (e.eventStatus !== undefined) {
    const s = STATUS[schemaTerm(e.eventStatus) ?? ''];
    if (s) status = s;
    else problem('eventStatus', `is not a known event status: ${JSON.stringify(e.eventStatus).slice(0, 60)}`);
  }

  // The event's own words may be in another language than the widget (an English event on a Welsh
  // page): the widget marks them with it, so a screen reader pronounces them right.
  let language: string | undefined;
  if (e.inLanguage !== undefined) {
    const tag =
      typeof e.inLanguage === 'string' ? e.inLanguage : isRecord(e.inLanguage) ? e.inLanguage.alternateName : undefined;
    // Anything else ("English", a Language without a code) is left unused: the card is complete without it.
    if (typeof tag === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag.trim())) language = tag.trim();
  }

  let venue: CtEvent['venue'];
  let online = false;
  for (const place of asArray(e.location)) {
    if (typeof place === 'string') {
      if (!venue && place.trim()) venue = { name: place.trim(), address: '' };
      continue;
    }
    if (!isRecord(place)) continue;
    if (place['@type'] === 'VirtualLocation') online = true;
    else if (!venue) {
      const v = { name: str(place.name), address: formatAddress(place.address) };
      if (v.name || v.address) venue = v;
    }
  }
  if (!attendance && online) attendance = venue ? 'hybrid' : 'online';

  const offers = asArray(e.offers).filter(isRecord);
  const prices: CtEvent['prices'] = [];
  let soldOut = offers.length > 0;
  let offerUrl: string | undefined;
  for (const [i, offer] of offers.entries()) {
    const availability = schemaTerm(offer.availability);
    if (availability !== 'SoldOut') soldOut = false;
    offerUrl ??= safeUrl(offer.url);
    if (offer.price === undefined || offer.price === '') continue;
    const amount = typeof offer.price === 'number' ? offer.price : Number(str(offer.price));
    if (!Number.isFinite(amount) || amount < 0) {
      problem(`offers[${i}].price`, `is not a price: ${JSON.stringify(offer.price).slice(0, 40)}`);
      continue;
    }
    prices.push({ amount, currency: str(offer.priceCurrency).toUpperCase() || 'GBP', name: str(offer.name) });
  }
  prices.sort((a, b) => a.amount - b.amount);
  const free = e.isAccessibleForFree === true || (prices.length > 0 && prices.every((p) => p.amount === 0));

  const url = safeUrl(e.url) ?? offerUrl;
  if (e.url !== undefined && !safeUrl(e.url)) problem('url', 'is not an http(s) link');

  const organizer =
    typeof e.organizer === 'string' ? e.organizer.trim() : isRecord(e.organizer) ? str(e.organizer.name) : '';

  // The extension key.
  const x = isRecord(e.ctkit) ? e.ctkit : {};
  if (e.ctkit !== undefined && !isRecord(e.ctkit)) problem('ctkit', 'is not an object');

  let eventType: EventType | undefined;
  if (x.eventType !== undefined) {
    eventType = (EVENT_TYPES as readonly string[]).includes(str(x.eventType))
      ? (str(x.eventType) as EventType)
      : undefined;
    if (!eventType) problem('ctkit.eventType', `is not one of ${EVENT_TYPES.join(', ')}`);
  }

  const accessFeatures: AccessFeature[] = [];
  for (const f of asArray(x.accessFeatures)) {
    if ((ACCESS_FEATURES as readonly unknown[]).includes(f)) {
      if (!accessFeatures.includes(f as AccessFeature)) accessFeatures.push(f as AccessFeature);
    } else problem('ctkit.accessFeatures', `has an unknown feature: ${JSON.stringify(f).slice(0, 40)}`);
  }

  let accessContact: CtEvent['accessContact'];
  if (isRecord(x.accessContact)) {
    const c = {
      name: str(x.accessContact.name),
      email: str(x.accessContact.email),
      telephone: str(x.accessContact.telephone),
    };
    if (c.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c.email)) {
      problem('ctkit.accessContact.email', 'is not an email address');
      c.email = '';
    }
    if (c.name || c.email || c.telephone) accessContact = c;
  }

  let bookingDeadline: Date | undefined;
  if (x.bookingDeadline !== undefined) {
    bookingDeadline = parseEventTime(x.bookingDeadline)?.date;
    if (!bookingDeadline) problem('ctkit.bookingDeadline', 'is not a valid ISO 8601 date');
  }

  let placesLeft: number | undefined;
  if (x.placesLeft !== undefined) {
    if (typeof x.placesLeft === 'number' && Number.isInteger(x.placesLeft) && x.placesLeft >= 0)
      placesLeft = x.placesLeft;
    else problem('ctkit.placesLeft', 'is not a whole number of 0 or more');
  }

  let region: UkRegion | undefined;
  if (x.region !== undefined) {
    region = (UK_REGIONS as readonly string[]).includes(str(x.region)) ? (str(x.region) as UkRegion) : undefined;
    if (!region) problem('ctkit.region', `is not one of ${UK_REGIONS.join(', ')}`);
  }

  const full = soldOut || placesLeft === 0;
  const availability: Availability = full ? (x.waitingList === true ? 'waiting-list' : 'full') : 'available';

  const id = str(e['@id']) || str(e.identifier) || `event-${hash(`${name}|${str(e.startDate)}|${str(e.url)}`)}`;

  const event: CtEvent = {
    id,
    name,
    description: str(e.description),
    ...(language ? { language } : {}),
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    ...(previousStart ? { previousStart } : {}),
    ...(attendance ? { attendance } : {}),
    status,
    ...(venue ? { venue } : {}),
    online,
    ...(url ? { url } : {}),
    organizer,
    prices,
    free,
    ...(eventType ? { eventType } : {}),
    accessFeatures,
    ...(accessContact ? { accessContact } : {}),
    ...(bookingDeadline ? { bookingDeadline } : {}),
    ...(placesLeft !== undefined ? { placesLeft } : {}),
    availability,
    ...(region ? { region } : {}),
  };
  return { event, problems };
}

/**
 * Reads a feed: an array of events, a schema.org ItemList (`itemListElement` of events or of
 * ListItems with `item`), or `{ "events": [...] }`. Returns the raw event inputs; undefined when the
 * shape is none of these.
 */
export function eventsFromJson(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data as unknown[];
  if (!isRecord(data)) return undefined;
  if (Array.isArray(data.itemListElement)) {
    return (data.itemListElement as unknown[]).map((entry: unknown) =>
      isRecord(entry) && entry['@type'] === 'ListItem' && 'item' in entry ? entry.item : entry,
    );
  }
  if (Array.isArray(data.events)) return data.events as unknown[];
  if (data['@type'] === 'Event') return [data];
  return undefined;
}
