/**
 * Dates and times the way UK public-service writing puts them (GOV.UK style guide), in English and
 * Welsh: "Friday 4 December 2026 from 12:30pm to 1:30pm", "midday", "midnight", "to" not a dash, and
 * multi-day ranges written out. Times are always UK time (Europe/London), whatever the reader's clock.
 *
 * Day and month names come from core's lists (ENGLISH_DAYS, WELSH_DAYS…: a page's first Intl.DateTimeFormat
 * is the costliest thing an event card would do, and Debian's Chromium has no Welsh). Intl does not give
 * GOV.UK's time style (no "12:30pm", no "midday") and its Welsh day periods vary by engine, so times are
 * written by the small rules below — as are the Welsh soft mutations after "o", "i", "am" and "ar" ("o ganol dydd",
 * "ar Ddydd Gwener").
 */
import {
  ENGLISH_DAYS,
  ENGLISH_MONTHS,
  WELSH_DAYS,
  WELSH_MONTHS,
  intlKnowsWelsh,
  londonWallClock,
  type EventTime,
  type Locale,
} from '@ctkit/core';

export { WELSH_DAYS, WELSH_MONTHS, intlKnowsWelsh };

/** A piece of a written date: `datetime` marks the pieces that go in a `<time datetime>` element. */
export interface DateSegment {
  text: string;
  datetime?: string;
}

export interface WrittenDate {
  /** The whole phrase as plain text. */
  text: string;
  segments: DateSegment[];
}

const words = {
  en: {
    from: 'from',
    to: 'to',
    at: 'at',
    on: 'on',
    midday: 'midday',
    midnight: 'midnight',
    am: 'am',
    pm: 'pm',
    ukTime: 'UK time',
  },
  cy: {
    from: 'o',
    to: 'i',
    at: 'am',
    on: 'ar',
    midday: 'canol dydd',
    midnight: 'canol nos',
    am: 'yb',
    pm: 'yp',
    ukTime: 'amser y DU',
  },
} as const;

const SOFT: [string, string][] = [
  ['ll', 'l'],
  ['rh', 'r'],
  ['c', 'g'],
  ['p', 'b'],
  ['t', 'd'],
  ['b', 'f'],
  ['d', 'dd'],
  ['m', 'f'],
  ['g', ''],
];

/**
 * Welsh soft mutation of a word's first consonant (c→g, p→b, t→d, g→–, b→f, d→dd, m→f, ll→l, rh→r),
 * keeping a capital. Numbers and other words are left alone. "o" ("from"), "i" ("to"), "am" ("at") and
 * "ar" ("on") all cause it: "o ganol dydd", "ar Ddydd Sadwrn".
 */
export function softMutate(word: string): string {
  const lower = word.toLowerCase();
  for (const [from, to] of SOFT) {
    if (lower.startsWith(from)) {
      const rest = word.slice(from.length);
      const capital = !word.startsWith(lower.charAt(0));
      const head = capital && to ? to.charAt(0).toUpperCase() + to.slice(1) : to;
      return capital && !to ? rest.charAt(0).toUpperCase() + rest.slice(1) : head + rest;
    }
  }
  return word;
}

/** "o", "i", "am", "ar" + word, mutated in Welsh; plain in English. */
function after(locale: Locale, preposition: string, phrase: string): string {
  return `${preposition} ${locale === 'cy' ? softMutate(phrase) : phrase}`;
}

/** "12:30pm", "1pm", "midday", "midnight" — or in Welsh "12:30yp", "1yp", "canol dydd", "canol nos". */
export function formatTime(date: Date, locale: Locale): string {
  const { hour, minute } = londonWallClock(date);
  const w = words[locale];
  if (minute === 0 && hour === 12) return w.midday;
  if (minute === 0 && hour === 0) return w.midnight;
  const h = hour % 12 === 0 ? 12 : hour % 12;
  const m = minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`;
  return `${h}${m}${hour < 12 ? w.am : w.pm}`;
}

const DAYS = { en: ENGLISH_DAYS, cy: WELSH_DAYS } as const;
const MONTHS = { en: ENGLISH_MONTHS, cy: WELSH_MONTHS } as const;

function names(date: Date, locale: Locale): { weekday: string; day: string; month: string; year: string } {
  const w = londonWallClock(date);
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  return {
    weekday: DAYS[locale][weekday] ?? '',
    day: String(w.day),
    month: MONTHS[locale][w.month - 1] ?? '',
    year: String(w.year),
  };
}

/**
 * "Friday 4 December 2026" / "Dydd Gwener 4 Rhagfyr 2026" (UK date), with no comma whatever the engine.
 */
export function formatDay(date: Date, locale: Locale): string {
  const n = names(date, locale);
  return `${n.weekday} ${n.day} ${n.month} ${n.year}`;
}

/**
 * The day and month of a compact row's date block: "4" and "Dec", from the catalogue's short month names
 * (Welsh: "Rhag").
 */
export function dateBlock(date: Date, shortMonths: readonly string[]): { day: string; month: string } {
  const w = londonWallClock(date);
  return { day: String(w.day), month: shortMonths[w.month - 1] ?? '' };
}

/** "December 2026" / "Rhagfyr 2026", for month headings. */
export function formatMonth(date: Date, locale: Locale): string {
  const n = names(date, locale);
  return `${n.month} ${n.year}`;
}

/** `YYYY-MM` of the UK date, to group events by month. */
export function monthKey(date: Date): string {
  const w = londonWallClock(date);
  return `${w.year}-${String(w.month).padStart(2, '0')}`;
}

/** The UK calendar date, `YYYY-MM-DD`. */
export function ukDate(date: Date): string {
  const w = londonWallClock(date);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** An instant for `<time datetime>`: UTC, no milliseconds. */
export function isoInstant(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Whether `end` is midnight at the start of the day after `start` (an evening that ends at midnight). */
function endsAtMidnightAfter(start: Date, end: Date): boolean {
  const e = londonWallClock(end);
  if (e.hour !== 0 || e.minute !== 0) return false;
  const dayBefore = new Date(end.getTime() - 60_000);
  return ukDate(dayBefore) === ukDate(start);
}

/**
 * Writes an event's date and time. `ukTime` adds "(UK time)" — for online events, where readers may be
 * anywhere.
 */
export function formatEventDates(
  start: EventTime,
  end: EventTime | undefined,
  locale: Locale,
  { ukTime = false } = {},
): WrittenDate {
  const w = words[locale];
  const segments: DateSegment[] = [];
  const startDay = formatDay(start.date, locale);

  if (start.allDay) {
    segments.push({ text: startDay, datetime: ukDate(start.date) });
    if (end && ukDate(end.date) !== ukDate(start.date)) {
      segments.push({ text: ` ${w.to} ` });
      segments.push({
        text: locale === 'cy' ? softMutate(formatDay(end.date, locale)) : formatDay(end.date, locale),
        datetime: ukDate(end.date),
      });
    }
  } else {
    const t1 = formatTime(start.date, locale);
    if (!end || end.date.getTime() === start.date.getTime()) {
      segments.push({ text: `${startDay} ${after(locale, w.at, t1)}`, datetime: isoInstant(start.date) });
    } else if (ukDate(end.date) === ukDate(start.date) || endsAtMidnightAfter(start.date, end.date)) {
      segments.push({ text: `${startDay} ${after(locale, w.from, t1)}`, datetime: isoInstant(start.date) });
      segments.push({ text: ` ${w.to} ` });
      const t2 = formatTime(end.date, locale);
      segments.push({ text: locale === 'cy' ? softMutate(t2) : t2, datetime: isoInstant(end.date) });
    } else {
      segments.push({ text: `${t1} ${after(locale, w.on, startDay)}`, datetime: isoInstant(start.date) });
      segments.push({ text: ` ${w.to} ` });
      const t2 = formatTime(end.date, locale);
      segments.push({
        text: `${locale === 'cy' ? softMutate(t2) : t2} ${after(locale, w.on, formatDay(end.date, locale))}`,
        datetime: isoInstant(end.date),
      });
    }
    if (ukTime) segments.push({ text: ` (${w.ukTime})` });
  }
  return { text: segments.map((s) => s.text).join(''), segments };
}
