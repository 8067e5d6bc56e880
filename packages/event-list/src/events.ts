/**
 * The events `<ct-event-list>` fires, typed for `addEventListener` on the element, the document or the
 * window (they bubble and cross shadow roots).
 */
import type { FeedErrorReason } from './index.js';

/** Detail of `ct-events-loaded`: a feed was read. */
export interface EventsLoadedDetail {
  /** How many events were read from the feed. */
  count: number;
}

/** Detail of `ct-events-error`: a feed could not be loaded. */
export interface EventsErrorDetail {
  reason: FeedErrorReason;
  message: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ct-events-loaded': CustomEvent<EventsLoadedDetail>;
    'ct-events-error': CustomEvent<EventsErrorDetail>;
  }
}
