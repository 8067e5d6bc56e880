export { CtEventCard, formatPrice, isPast } from './event-card.js';
export { CtEventList } from './event-list.js';
export { formatEventDates, formatTime, formatDay, formatMonth, softMutate, type DateSegment, type WrittenDate } from './dates.js';
export { toIcs, foldLine, escapeText, icsFileName, googleCalendarUrl, outlookCalendarUrl } from './calendar.js';
export { loadFeed, parseFeedText, parseIcs, FeedError, type FeedErrorReason, type LoadOptions } from './feed.js';
export { messages as eventMessages, labels as eventLabels } from './messages.js';
