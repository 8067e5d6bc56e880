/**
 * Sending a sign-up and showing what came of it: a Lit reactive controller of `ct-sign-up-form`.
 *
 * Owns: where the form is (`state`: filling in, sending, saved for retry, done); the errors and the
 * notice an attempt leaves; the `ct-submit` hand-over to a host that delivers itself; delivery through
 * the browser's queue of pending submissions (saved before the first attempt, retried with the same
 * `Idempotency-Key`) and the outcome of a retry made later, from this page or another; the `ct-success`,
 * `ct-queued` and `ct-error` events; where focus goes once the outcome is drawn.
 *
 * Does not own: the answers, the questions shown, the validation rules, the payload's shape or the
 * consent wording (sign-up-form.answers.ts, pure functions); the drafts and any rendering
 * (sign-up-form.ts). It asks the element for those through `SubmissionOptions`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announce, type Locale, type SignUpAccepted, type SignUpPayload } from '@ctkit/core';
import { backoffDelay, pendingSubmissions, type DeliveryOutcome, type PendingSubmission } from '@ctkit/core/storage';
import type { SignUpMessages } from './messages.js';
import { errorsOf, fieldIdFor, statusOf } from './sign-up-form.answers.js';

/** Where the form is: filling in, sending, saved for retry, or done. */
export type SignUpState = 'form' | 'submitting' | 'queued' | 'subscribed' | 'pending-confirmation';

/** Detail of `ct-error`. */
export interface SignUpErrorDetail {
  reason: 'not-configured' | 'rejected' | 'rate-limited' | 'storage' | 'host';
  status?: number;
  errors?: Record<string, string>;
  retryAfterMs?: number;
}

/**
 * `ct-submit`: cancelable; `detail` is the payload. A host that cancels it takes over delivery, and may
 * call `respondWith(promise)` with the receiver's answer (`{ status }`) — the form then shows the
 * matching confirmation, or keeps the answers and says it could not send if the promise rejects.
 */
export class SignUpSubmitEvent extends CustomEvent<SignUpPayload> {
  #result: Promise<SignUpAccepted | undefined> | undefined;
  constructor(payload: SignUpPayload) {
    super('ct-submit', { detail: payload, cancelable: true, bubbles: true, composed: true });
  }
  respondWith(result: Promise<SignUpAccepted | undefined> | SignUpAccepted | undefined): void {
    this.#result = Promise.resolve(result);
  }
  get result(): Promise<SignUpAccepted | undefined> {
    return this.#result ?? Promise.resolve(undefined);
  }
}

/** What the submission asks of the element, read at the moment it is needed. */
export interface SubmissionOptions {
  messages(): SignUpMessages;
  locale(): Locale;
  /** The organisation as the messages name it. */
  org(): string;
  /** The `action` attribute (not resolved yet). */
  action(): string;
  /** Milliseconds to wait for the receiver before saving for retry. */
  timeout(): number;
  /** Errors by field id for the answers as they stand; empty when they can be sent. */
  validate(): Record<string, string>;
  /** A new payload for the answers as they stand (a new submission id each time). */
  payload(): SignUpPayload;
  /** Ids of the fields on the page, in order (a receiver's error for any other key becomes the notice). */
  fieldIds(): string[];
  /** Shows (or, with '', clears) the access-needs question's error in its own element. */
  showAccessNeedsError(text: string): void;
  /** The sign-up is with the receiver or saved for retry: the draft is no longer needed. */
  clearDraft(): void;
  /** Moves focus to the element matching `selector` in the shadow root after the next render. */
  focusAfterRender(selector: string): void;
  warn(message: string): void;
}

export class SignUpSubmission implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #o: SubmissionOptions;
  #state: SignUpState = 'form';
  #errors: Record<string, string> = {};
  #notice: string | undefined;
  #deliveredLater = false;
  #lastPayload: SignUpPayload | undefined;
  #queuedId = '';
  #queue = pendingSubmissions();
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SubmissionOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  /** Where the form is. Setting it (a preview, a host that delivers itself) redraws the form. */
  get state(): SignUpState {
    return this.#state;
  }
  set state(value: SignUpState) {
    this.#state = value;
    this.#host.requestUpdate();
  }

  /** The errors to show, by field id. */
  get errors(): Record<string, string> {
    return this.#errors;
  }
  set errors(value: Record<string, string>) {
    this.#errors = value;
    this.#host.requestUpdate();
  }

  /** A message about sending (rate limited, not set up, refused, not saved), shown above the questions. */
  get notice(): string | undefined {
    return this.#notice;
  }

  /** The sign-up was saved for retry and has since reached the receiver. */
  get deliveredLater(): boolean {
    return this.#deliveredLater;
  }

  /** The payload of the last attempt (its email is the one the confirmation names). */
  get lastPayload(): SignUpPayload | undefined {
    return this.#lastPayload;
  }

  hostConnected(): void {
    this.#unsubscribe = this.#queue.subscribe((item, outcome) => {
      this.#onQueueOutcome(item, outcome);
    });
    // Delivers what an earlier page (or this one) saved: now, when due, and on `online`.
    this.#queue.start();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
  }

  /** Validates and sends. Resolves when the outcome is shown. */
  async submit(): Promise<void> {
    if (this.#state !== 'form') return; // busy, or done: a double click sends once
    const o = this.#o;
    this.#notice = undefined;
    const errors = o.validate();
    this.#showErrors(errors);
    if (Object.keys(errors).length) {
      o.focusAfterRender('.ct-error-summary');
      return;
    }
    const payload = o.payload();
    this.#lastPayload = payload;
    this.state = 'submitting';

    const event = new SignUpSubmitEvent(payload);
    if (!this.#host.dispatchEvent(event)) {
      try {
        const result = await event.result;
        this.#succeed(payload, result?.status ?? 'subscribed');
      } catch {
        this.#fail(o.messages().refused(o.org()), { reason: 'host' });
      }
      return;
    }
    let url: string;
    const action = o.action();
    try {
      if (!action) throw new TypeError('no action');
      url = new URL(action, document.baseURI).href;
    } catch {
      if (action) o.warn(`action="${action}" is not a valid URL.`);
      this.#fail(o.messages().notConfigured(o.org()), { reason: 'not-configured' });
      return;
    }

    const item: PendingSubmission = {
      id: payload.submissionId,
      url,
      body: payload,
      headers: { 'Accept-Language': o.locale() === 'cy' ? 'cy' : 'en' },
      attempts: 0,
      nextAttemptAt: Date.now() + backoffDelay(1),
      createdAt: Date.now(),
    };
    // Saved before the first attempt, so that even closing the page mid-request loses nothing.
    const saved = this.#queue.save(item);
    this.#queuedId = item.id;
    const outcome = await this.#queue.send(item, { timeoutMs: o.timeout() });
    if (!outcome) return; // another trigger is sending it; its outcome reaches #onQueueOutcome
    this.#handleLiveOutcome(payload, outcome, saved);
  }

  #showErrors(errors: Record<string, string>): void {
    this.errors = errors;
    this.#o.showAccessNeedsError(errors.accessNeeds ?? '');
  }

  #handleLiveOutcome(payload: SignUpPayload, outcome: DeliveryOutcome, saved: boolean): void {
    const o = this.#o;
    const m = o.messages();
    switch (outcome.kind) {
      case 'delivered':
        this.#succeed(payload, statusOf(outcome.body));
        return;
      case 'rejected': {
        this.#queuedId = '';
        const received = errorsOf(outcome.body);
        const shownIds = new Set(o.fieldIds());
        const errors: Record<string, string> = {};
        const unplaced: string[] = [];
        for (const [key, text] of Object.entries(received)) {
          const id = fieldIdFor(key);
          if (shownIds.has(id)) errors[id] = text;
          else unplaced.push(text); // e.g. `list`: not a question on the form
        }
        this.state = 'form';
        this.#showErrors(errors);
        if (unplaced.length) this.#notice = `${unplaced.join(' ')} ${m.answersKept}`;
        else if (!Object.keys(errors).length) this.#notice = m.refused(o.org());
        // The summary first when there are field errors; otherwise the message.
        o.focusAfterRender(Object.keys(errors).length ? '.ct-error-summary' : '.ct-sign-up__notice .ct-notification');
        this.#emit('ct-error', { reason: 'rejected', status: outcome.status, errors: received });
        return;
      }
      case 'rate-limited': {
        // Not retried behind the person's back: they are told when to try again, and keep their answers.
        this.#queue.remove(payload.submissionId);
        this.#queuedId = '';
        const minutes = Math.max(1, Math.ceil(outcome.retryAfterMs / 60_000));
        this.#fail(m.rateLimited(o.locale(), minutes), {
          reason: 'rate-limited',
          status: outcome.status,
          retryAfterMs: outcome.retryAfterMs,
        });
        return;
      }
      case 'failed':
        if (!saved || !this.#queue.has(payload.submissionId)) {
          this.#queuedId = '';
          this.#fail(m.notSaved, { reason: 'storage' });
          return;
        }
        this.state = 'queued';
        o.clearDraft();
        o.focusAfterRender('.ct-notification');
        this.#emit('ct-queued', { payload, reason: outcome.reason });
        return;
    }
  }

  /** A retry (from the timer, `online` or another element) finished. */
  #onQueueOutcome(item: PendingSubmission, outcome: DeliveryOutcome): void {
    if (item.id !== this.#queuedId || this.#state !== 'queued' || !this.#lastPayload) return;
    const payload = this.#lastPayload;
    if (outcome.kind === 'delivered') {
      this.#deliveredLater = true;
      this.#succeed(payload, statusOf(outcome.body), false);
      void announce(this.#o.messages().deliveredLater, { lang: this.#o.locale() });
    } else if (outcome.kind === 'rejected') {
      // Refused on retry: bring the form back with the answers, as after a live refusal.
      this.state = 'form';
      this.#handleLiveOutcome(payload, outcome, false);
    }
  }

  #succeed(payload: SignUpPayload, status: SignUpAccepted['status'], focus = true): void {
    this.#queuedId = '';
    this.state = status;
    this.#o.clearDraft();
    if (focus) this.#o.focusAfterRender('.ct-notification');
    this.#emit('ct-success', { payload, status });
  }

  #fail(message: string, detail: SignUpErrorDetail): void {
    this.state = 'form';
    this.#notice = message;
    this.#o.focusAfterRender('.ct-sign-up__notice .ct-notification');
    this.#emit('ct-error', detail);
  }

  #emit(type: 'ct-success' | 'ct-queued' | 'ct-error', detail: unknown): void {
    this.#host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
