export { CtEventCard, formatPrice, isPast, heading } from './event-card.js';
export { formatEventDates, formatTime, formatDay, formatMonth, monthKey, ukDate, softMutate, intlKnowsWelsh, WELSH_DAYS, WELSH_MONTHS, type DateSegment, type WrittenDate } from './dates.js';
export { toIcs, foldLine, escapeText, icsFileName, googleCalendarUrl, outlookCalendarUrl } from './calendar.js';
export { messages as eventMessages, labels as eventLabels } from './messages.js';
export { eventCardStyles } from './event-card.styles.js';
