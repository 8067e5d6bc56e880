/**
 * `@ctkit/core/storage`: keeping what people typed until it is delivered — the pending-submissions
 * queue (localStorage, retry with backoff) and drafts (sessionStorage). A subpath of its own, not the
 * core index, so that only widgets that send data carry it.
 */
export {
  PendingSubmissionQueue,
  pendingSubmissions,
  postJson,
  backoffDelay,
  parseRetryAfter,
  newSubmissionId,
  type PendingSubmission,
  type DeliveryOutcome,
  type PostOptions,
  type BackoffOptions,
  type QueueListener,
  type QueueOptions,
} from './pending-submissions.js';
export { loadDraft, saveDraft, clearDraft } from './drafts.js';
