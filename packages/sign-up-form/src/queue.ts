/**
 * The retry queue (`@ctkit/core/storage`) as a chunk of its own. The form fetches it only when the page
 * may need it: when something is already queued (from an earlier page, or after `online`), as soon as
 * the person starts filling in the form (so it is here before they send, even if the network then
 * drops), and at the latest when they send. Until then a page with the form pays nothing for it.
 */
export { pendingSubmissions, backoffDelay } from '@ctkit/core/storage';
