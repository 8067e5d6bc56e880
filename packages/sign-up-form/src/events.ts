/**
 * The events `<ct-sign-up-form>` fires, typed for `addEventListener` on the element, the document or the
 * window (they bubble and cross shadow roots): `form.addEventListener('ct-success', (e) => e.detail.status)`.
 */
import type { SignUpPayload } from '@ctkit/core';
import type { DeliveryOutcome } from '@ctkit/core/storage';
import type { SignUpErrorDetail, SignUpSubmitEvent } from './index.js';

/** Detail of `ct-success`: the receiver has the sign-up. */
export interface SignUpSuccessDetail {
  payload: SignUpPayload;
  status: 'subscribed' | 'pending-confirmation';
}

/** Detail of `ct-queued`: could not send now; saved in the browser and retried. */
export interface SignUpQueuedDetail {
  payload: SignUpPayload;
  /** Why it could not be sent: no connection, a timeout, a server error, or an answer not from the receiver. */
  reason: Extract<DeliveryOutcome, { kind: 'failed' }>['reason'];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ct-submit': SignUpSubmitEvent;
    'ct-success': CustomEvent<SignUpSuccessDetail>;
    'ct-queued': CustomEvent<SignUpQueuedDetail>;
    'ct-error': CustomEvent<SignUpErrorDetail>;
  }
}
