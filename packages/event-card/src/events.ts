/**
 * The events `<ct-event-card>` fires, typed for `addEventListener` on the element, the document or the
 * window (they bubble and cross shadow roots).
 */

/** Detail of `ct-booking-opened`: the inline booking form was opened for this event. */
export interface BookingOpenDetail {
  eventId: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ct-booking-opened': CustomEvent<BookingOpenDetail>;
    /** @deprecated Use `ct-booking-opened` (fired at the same time). */
    'ct-booking-open': CustomEvent<BookingOpenDetail>;
  }
}
