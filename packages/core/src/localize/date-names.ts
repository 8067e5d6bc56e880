/**
 * Day and month names in English and Welsh, one list for every widget that writes dates. Not taken from
 * Intl: a page's first `Intl.DateTimeFormat` costs 55–75 ms of main thread (four times that on a phone),
 * and Debian's Chromium ships a reduced ICU that formats `cy-GB` dates in English. Tests check every name
 * against Intl's en-GB, and cy-GB wherever the engine's Intl knows Welsh.
 */
export const ENGLISH_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const WELSH_DAYS = [
  'Dydd Sul',
  'Dydd Llun',
  'Dydd Mawrth',
  'Dydd Mercher',
  'Dydd Iau',
  'Dydd Gwener',
  'Dydd Sadwrn',
] as const;
export const WELSH_MONTHS = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
] as const;

let welshSupport: boolean | undefined;

/** Whether this engine's Intl has Welsh names (not just a fallback to English). */
export function intlKnowsWelsh(): boolean {
  welshSupport ??=
    Intl.DateTimeFormat.supportedLocalesOf(['cy-GB']).length > 0 &&
    new Intl.DateTimeFormat('cy-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 15))) ===
      'Ionawr';
  return welshSupport;
}
