/**
 * Welsh day and month names, for engines whose Intl has no Welsh data (Debian's Chromium ships a reduced
 * ICU that formats `cy-GB` dates in English; Firefox and Node have Welsh). Where Intl speaks Welsh, its
 * own names are used. One list for every widget that writes dates.
 */
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
