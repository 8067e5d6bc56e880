import { WELSH_DAYS, WELSH_MONTHS, intlKnowsWelsh, intlTag, type Locale } from '@ctkit/core';
import type { AccessNeedsMessages } from './messages.js';

/*
 * The `respond-by` date, in words: fetched only by a ct-access-needs with `respond-by` set, before it
 * renders, since many pages do not give one.
 */

/** Parses a `respond-by` date (`YYYY-MM-DD`, a real calendar date) to a UTC Date, or undefined. */
export function parseDate(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

/**
 * A date GOV.UK style — "Tuesday 1 December 2026", no commas — built from Intl's parts so the order
 * and spacing are the same in every browser. If the browser's Intl has no data for the language (it
 * falls back to another), the day and month names come from our own Welsh list instead.
 */
export function formatLongDate(date: Date, locale: Locale): string {
  const tag = intlTag(locale);
  const format = new Intl.DateTimeFormat(tag, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const day = String(date.getUTCDate());
  const year = String(date.getUTCFullYear());
  if (locale === 'cy' && !intlKnowsWelsh()) {
    return `${WELSH_DAYS[date.getUTCDay()] ?? ''} ${day} ${WELSH_MONTHS[date.getUTCMonth()] ?? ''} ${year}`;
  }
  const parts = format.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** "Tell us by Tuesday 1 December 2026 so we can arrange it.", or undefined (with a warning) for a date that is not real. */
export function respondByText(
  value: string,
  locale: Locale,
  m: AccessNeedsMessages,
  warn: (message: string) => void,
): string | undefined {
  const date = parseDate(value);
  if (!date) {
    warn(`respond-by="${value}" is not a date like 2026-12-01; it is not shown.`);
    return undefined;
  }
  return m.respondBy(formatLongDate(date, locale));
}
