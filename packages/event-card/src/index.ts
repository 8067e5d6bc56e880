export { CtEventCard, formatPrice, isPast } from './event-card.js';
export {
  formatEventDates,
  formatTime,
  formatDay,
  formatMonth,
  monthKey,
  ukDate,
  softMutate,
  intlKnowsWelsh,
  WELSH_DAYS,
  WELSH_MONTHS,
  type DateSegment,
  type WrittenDate,
} from './dates.js';
export { messages as eventMessages, type EventMessages } from './messages.js';
export { eventCardStyles } from './event-card.styles.js';
// The .ics writer and calendar links are `@ctkit/event-card/calendar`: the card fetches them on demand.
export type * from './events.js';
