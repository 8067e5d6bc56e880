import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  type AnyCatalogue,
  CtElement,
  buttonStyles,
  choicesStyles,
  errorSummaryStyles,
  fieldStyles,
  hostStyles,
  notificationStyles,
  COMMUNITY_TYPES,
  EMAIL_MAX_LENGTH,
  EMAIL_PATTERN,
  EQUALITY,
  EXPERIENCE_LEVELS,
  INTERESTS,
  LIST_PATTERN,
  loadCatalogues,
  MEMBER_TYPES,
  SIGN_UP_REGIONS,
  announce,
  button,
  choices,
  defineElement,
  emailField,
  errorSummary,
  field,
  heading,
  notification,
  signUpSchema,
  vocabularyIn,
  vocabularyLabels,
  type SignUpAccepted,
  type SignUpPayload,
  type SummaryError,
} from '@ctkit/core';
import {
  backoffDelay,
  clearDraft,
  loadDraft,
  newSubmissionId,
  pendingSubmissions,
  saveDraft,
  type DeliveryOutcome,
  type PendingSubmission,
} from '@ctkit/core/storage';
import { messages, type SignUpMessages } from './messages.js';
import type { EqualityAnswers, EqualityQuestion } from './equality.js';
import { signUpFormStyles } from './sign-up-form.styles.js';

/** The optional questions, in the order they appear on the page. */
export const SIGN_UP_FIELDS = [
  'name',
  'organisation',
  'member-type',
  'community-type',
  'region',
  'experience',
  'interests',
  'access-needs',
  'equality',
] as const;
export type SignUpField = (typeof SIGN_UP_FIELDS)[number];

export type { EqualityQuestion };

/**
 * The parts of the form fetched on demand, each a chunk of its own (see #load). Not exported from the
 * package: tests replace a loader to see how the form copes when one fails.
 */
export const lazyParts = {
  equality: () => import('./equality.js'),
  typo: () => import('./email-typo.js'),
};
type Part = keyof typeof lazyParts;
type Parts = { [P in Part]?: Awaited<ReturnType<(typeof lazyParts)[P]>> };

/** What the person has answered so far (everything but access needs, which its own element holds). */
export interface SignUpAnswers {
  email: string;
  name: string;
  organisation: string;
  memberType: string;
  communityType: string;
  region: string;
  experience: string;
  interests: string[];
  equality: EqualityAnswers;
  consent: boolean;
}

/** Where the form is: filling in, sending, saved for retry, or done. */
export type SignUpState = 'form' | 'submitting' | 'queued' | 'subscribed' | 'pending-confirmation';

/** The `ct-access-needs` contract this form relies on (the element is imported on demand, see willUpdate). */
interface AccessNeedsElement extends HTMLElement {
  value?: { needs: string[]; other?: string; contact?: boolean };
  error?: string;
  checkValidity?: () => boolean;
  validationMessage?: string;
}

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

const EMAIL_RE = new RegExp(EMAIL_PATTERN);
const p = signUpSchema.properties;
const NAME_MAX = p.name.maxLength;
const ORGANISATION_MAX = p.organisation.maxLength;
const SELF_DESCRIBE_MAX = p.equality.properties.genderSelfDescribe.maxLength;
/** Submitted sooner than this after the form appeared: probably a bot. Reported as a flag only. */
const TIME_TRAP_MS = 2000;
/**
 * The consent wording as plain text, as the form shows it (the privacy link's address in brackets): what
 * the form records with each sign-up, and what a fallback form's hidden `consentText` must say. `orgName`
 * '' means the partner gave none.
 */
export function consentText(m: SignUpMessages, orgName: string, privacyUrl: string): string {
  const named = orgName.trim();
  const privacy = privacyUrl ? `${m.privacyBefore}${m.privacyLink(named)} (${privacyUrl}).` : m.privacyNone(named);
  return `${m.consentLabel(named || m.defaultOrg)}. ${m.consentHint} ${privacy}`;
}

/** Changes when the consent wording changes, so the receiver knows which text a person agreed to. */
export const CONSENT_TEXT_VERSION = '2026-11-25.2';

const emptyAnswers = (): SignUpAnswers => ({
  email: '',
  name: '',
  organisation: '',
  memberType: '',
  communityType: '',
  region: '',
  experience: '',
  interests: [],
  equality: {},
  consent: false,
});

/** The single-choice questions: each one's answer key (also its field id, message and vocabulary key) and answers. */
const SINGLE_CHOICE = {
  'member-type': ['memberType', MEMBER_TYPES],
  'community-type': ['communityType', COMMUNITY_TYPES],
  region: ['region', SIGN_UP_REGIONS],
  experience: ['experience', EXPERIENCE_LEVELS],
} as const;

/** Payload keys (and nested `equality.x` keys) to the id of the field that shows their error. */
function fieldIdFor(key: string): string {
  const [head, sub] = key.split(/[./]/);
  if (head === 'equality') return `equality-${sub && sub in EQUALITY ? sub : 'ageGroup'}`;
  return head ?? key;
}

/**
 * An inclusive sign-up form — a mailing list, a community of practice, or an event — that never loses
 * what a person typed: GOV.UK validation and error summary, an unticked consent box that names the
 * organisation, and delivery that survives network failures (saved in the browser and retried with
 * the same `Idempotency-Key` until the receiver has it).
 *
 * Children are the no-JavaScript fallback (a plain `<form>` posting to the same `action`): shown only
 * while the element is not defined, never rendered once it is (there is no slot).
 *
 * @tagname ct-sign-up-form
 * @summary Sign up to a mailing list or an event, accessibly, without losing data.
 *
 * @fires {SignUpSubmitEvent} ct-submit - Cancelable; `detail` is the payload. Cancel it to deliver it yourself (see `respondWith`).
 * @fires {CustomEvent<{payload: SignUpPayload, status: 'subscribed' | 'pending-confirmation'}>} ct-success - The receiver has the sign-up.
 * @fires {CustomEvent<{payload: SignUpPayload, reason: string}>} ct-queued - Could not send now; saved in the browser for retry.
 * @fires {CustomEvent<SignUpErrorDetail>} ct-error - Not sent: not set up, refused, rate limited, or could not be saved.
 *
 * @csspart form - The `<form>`.
 * @csspart heading - The form's heading.
 * @csspart intro - The paragraph under the heading.
 * @csspart form-group - Each question (from the core partials; also `label`, `hint`, `input`, `fieldset`, `legend`, `choices`, `choice`, `choice-label`, `error-message`).
 * @csspart error-summary - The error summary.
 * @csspart notice - A message about sending (rate limited, not set up, refused).
 * @csspart suggestion - The "Did you mean …?" email suggestion.
 * @csspart equality - The equality-monitoring section.
 * @csspart equality-heading - Its heading.
 * @csspart access-needs - The embedded `ct-access-needs`.
 * @csspart button - The submit button (also `primary-button`).
 * @csspart notification - The confirmation or "saved" panel that replaces the form.
 *
 * @cssprop [--ct-color-brand=#00703c] - Submit button colour.
 * @cssprop [--ct-color-text=#0b0c0c] - Text colour.
 * @cssprop [--ct-color-link=#1d70b8] - Link colour.
 * @cssprop [--ct-color-error=#d4351c] - Error colour.
 * @cssprop [--ct-color-success=#00703c] - Confirmation panel colour.
 * @cssprop [--ct-font-family=system-ui] - Font.
 */
export class CtSignUpForm extends CtElement {
  // The partials the form renders, in cascade order (a choice's hint is also `.ct-hint`).
  static override styles = [
    hostStyles,
    fieldStyles,
    choicesStyles,
    buttonStyles,
    errorSummaryStyles,
    notificationStyles,
    signUpFormStyles,
  ];
  static override catalogues: readonly AnyCatalogue[] = [messages, vocabularyLabels];

  /** Where sign-ups are POSTed as JSON. Without it, the form explains that it is not set up (unless a host handles `ct-submit`). */
  @property() action = '';

  /** The mailing list (or community) to join: lower-case letters, digits and hyphens. */
  @property() list = 'newsletter';

  /** Optional questions, space-separated: name organisation member-type community-type region experience interests access-needs equality. */
  @property() fields = '';

  /** The organisation that will email the person; named in the consent text. */
  @property({ attribute: 'org-name' }) orgName = '';

  /** The privacy notice, linked from the consent text. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  /** Makes this an event registration: sent as `eventId`; the access-needs question is shown. */
  @property({ attribute: 'event-id' }) eventId = '';

  /** The event's name, for the heading and the confirmation. */
  @property({ attribute: 'event-name' }) eventName = '';

  /** Replaces the default heading. */
  @property() heading = '';

  /** The heading's level (2–6), to fit the page's outline; its sections go one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** How long to wait for the receiver, in milliseconds, before saving the sign-up for retry. */
  @property({ type: Number }) timeout = 15_000;

  /**
   * Where the form is. Settable for previews (Storybook) and for hosts that deliver themselves:
   * `queued`, `subscribed` and `pending-confirmation` replace the form with their panel.
   */
  @property({ attribute: false }) state: SignUpState = 'form';

  @state() private errors: Record<string, string> = {};
  @state() private notice: string | undefined;
  @state() private answersState: SignUpAnswers = emptyAnswers();
  @state() private emailChecked = false;
  @state() private dismissedSuggestion = '';
  @state() private deliveredLater = false;

  #honeypot = '';
  #startedAt = 0;
  /**
   * The answers came from a restored draft or the host page, not typing: a quick send is then a person
   * ticking consent and pressing Enter, so the time trap does not apply (a false "too fast" would put
   * their sign-up, and their access needs, among the spam).
   */
  #filledForThem = false;
  #queuedId = '';
  #lastPayload: SignUpPayload | undefined;
  #unsubscribe: (() => void) | undefined;
  #queue = pendingSubmissions();
  #focusAfterRender: string | undefined;
  /** The parts fetched on demand that have arrived, and those asked for (see #load). */
  #parts: Parts = {};
  #loading = new Map<Part, Promise<void>>();

  /** The answers so far. Set it to prefill the form (a partial object is merged with empty answers). */
  get answers(): SignUpAnswers {
    return structuredClone(this.answersState);
  }
  set answers(value: Partial<SignUpAnswers>) {
    this.#filledForThem = true;
    this.answersState = { ...emptyAnswers(), ...structuredClone(value) };
    this.emailChecked = Boolean(this.answersState.email);
  }

  /** The optional questions shown, in page order (unknown names are left out, with a console warning). */
  get shownFields(): SignUpField[] {
    const asked = this.fields.split(/\s+/).filter(Boolean);
    const unknown = asked.filter((f) => !(SIGN_UP_FIELDS as readonly string[]).includes(f));
    if (unknown.length) {
      this.warnOnce(`unknown field name(s) in fields="${this.fields}": ${unknown.join(', ')}. Valid names: ${SIGN_UP_FIELDS.join(' ')}.`);
    }
    return SIGN_UP_FIELDS.filter((f) => asked.includes(f) || (f === 'access-needs' && Boolean(this.eventId)));
  }

  get #draftKey(): string {
    return `ctkit:sign-up-draft:${this.list}:${this.eventId}:${this.id}`;
  }

  get #m() {
    return this.i18n.messages(messages);
  }

  get #org(): string {
    return this.orgName.trim() || this.#m.defaultOrg;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#startedAt = Date.now();
    const draft = loadDraft<SignUpAnswers>(this.#draftKey);
    if (draft && !this.answersState.email && this.state === 'form') {
      // Consent is not restored: agreeing must be a fresh, deliberate act.
      this.answersState = { ...emptyAnswers(), ...draft, equality: {}, consent: false };
      this.#filledForThem = true;
    }
    this.#unsubscribe = this.#queue.subscribe((item, outcome) => {
      this.#onQueueOutcome(item, outcome);
    });
    // Delivers what an earlier page (or this one) saved: now, when due, and on `online`.
    this.#queue.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
  }

  /** The person has started on the form: fetch the typo check (needed once they leave the email field). */
  #onFocusIn = () => {
    void this.#load('typo');
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('list') && this.list && !new RegExp(LIST_PATTERN).test(this.list)) {
      this.warnOnce(`list="${this.list}" is not a valid list id (lower-case letters, digits and hyphens, up to 40).`);
    }
    if (changed.has('privacyUrl') && !this.privacyUrl) this.warnOnce('privacy-url is not set: the consent text cannot link to a privacy notice.');
    // The equality step is fetched as soon as the form is seen to ask it, so it is there long before the
    // person scrolls to it; it appears below the questions before it (nothing above the reader moves).
    if (changed.has('fields') && this.shownFields.includes('equality')) void this.#load('equality');
    if (this.emailChecked) void this.#load('typo'); // e.g. prefilled answers: the suggestion may show at once
    // The access-needs question is a widget of its own, inside this shadow root where no page-level
    // loader can see it: fetch it when it is asked (a lazy chunk in the embed bundle).
    if ((changed.has('fields') || changed.has('eventId')) && this.shownFields.includes('access-needs') && !customElements.get('ct-access-needs')) {
      import('@ctkit/access-needs').catch((error: unknown) => {
        this.warnOnce(`could not load ct-access-needs: ${String(error)}`);
      });
    }
  }

  /**
   * Fetches a part of the form that is a chunk of its own, once. The form renders without it meanwhile
   * and re-renders when it arrives; `updateComplete` waits for it. If it cannot be fetched it is left
   * out with a warning (the equality step and the typo check are optional) and the next call tries
   * again.
   */
  #load(part: Part): Promise<void> {
    let loading = this.#loading.get(part);
    if (!loading) {
      loading = lazyParts[part]().then(
        (module) => {
          (this.#parts as Record<Part, unknown>)[part] = module;
          this.requestUpdate();
        },
        (error: unknown) => {
          this.#loading.delete(part);
          this.warnOnce(`could not load ${part}: ${String(error)}`);
        },
      );
      this.#loading.set(part, loading);
    }
    return loading;
  }

  /** In Welsh, waits for the equality step's Welsh too (once the step is loaded): no English flash. */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own return type
  protected override scheduleUpdate(): void | Promise<unknown> {
    const equality = this.#parts.equality;
    const pending = equality && loadCatalogues([equality.equalityMessages], this.locale);
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** `updateComplete` also waits for the parts on their way (see #load) and their render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while ([...this.#loading.keys()].some((part) => !this.#parts[part])) {
      await Promise.all(this.#loading.values());
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(): void {
    if (this.#focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender);
      this.#focusAfterRender = undefined;
      target?.focus();
    }
  }

  // ——— Answers ———

  #set<K extends keyof SignUpAnswers>(key: K, value: SignUpAnswers[K]): void {
    this.answersState = { ...this.answersState, [key]: value };
    // Consent and equality answers are left out of the draft: consent must be given afresh, and
    // equality answers are special category data, kept no longer than the page.
    const draft: Partial<SignUpAnswers> = { ...this.answersState };
    delete draft.consent;
    delete draft.equality;
    saveDraft(this.#draftKey, draft);
  }

  #setEquality(key: keyof SignUpAnswers['equality'], value: string): void {
    this.answersState = { ...this.answersState, equality: { ...this.answersState.equality, [key]: value } };
  }

  get #suggestion(): string | undefined {
    if (!this.emailChecked) return undefined;
    const email = this.answersState.email.trim();
    if (!email || email === this.dismissedSuggestion) return undefined;
    return this.#parts.typo?.suggestEmail(email);
  }

  #accessNeeds(): AccessNeedsElement | null {
    return this.renderRoot.querySelector<AccessNeedsElement>('ct-access-needs');
  }

  // ——— Validation and payload ———

  #validate(): Record<string, string> {
    const m = this.#m;
    const a = this.answersState;
    const shown = this.shownFields;
    const errors: Record<string, string> = {};
    if (shown.includes('name') && a.name.trim().length > NAME_MAX) errors.name = m.nameTooLong(NAME_MAX);
    const email = a.email.trim();
    if (!email) errors.email = m.emailMissing;
    else if (email.length > EMAIL_MAX_LENGTH) errors.email = m.emailTooLong(EMAIL_MAX_LENGTH);
    else if (!EMAIL_RE.test(email)) errors.email = m.emailFormat;
    if (shown.includes('organisation') && a.organisation.trim().length > ORGANISATION_MAX) errors.organisation = m.organisationTooLong(ORGANISATION_MAX);
    const needs = shown.includes('access-needs') ? this.#accessNeeds() : null;
    if (needs && typeof needs.checkValidity === 'function' && !needs.checkValidity()) {
      // The element's own message when it has one; ours when it is empty.
      errors.accessNeeds = [needs.validationMessage, m.accessNeedsInvalid].find(Boolean) ?? m.accessNeedsInvalid;
    }
    const eq = shown.includes('equality') ? this.#parts.equality : undefined;
    if (eq) Object.assign(errors, eq.equalityErrors(a.equality, this.i18n.messages(eq.equalityMessages), SELF_DESCRIBE_MAX));
    if (!a.consent) errors.consent = m.consentMissing(this.#org);
    return errors;
  }

  /** The consent wording as plain text, exactly as shown, for the record. */
  #consentText(): string {
    return consentText(this.#m, this.orgName, this.privacyUrl);
  }

  #payload(): SignUpPayload {
    const a = this.answersState;
    const shown = new Set(this.shownFields);
    const payload: SignUpPayload = {
      submissionId: newSubmissionId(),
      list: this.list,
      email: a.email.trim(),
      consent: {
        given: true,
        text: this.#consentText(),
        textVersion: `${CONSENT_TEXT_VERSION}-${this.locale}`,
        privacyUrl: this.privacyUrl,
        at: new Date().toISOString(),
      },
      pageUrl: `${location.origin}${location.pathname}`,
      locale: this.locale,
      flags: { honeypot: this.#honeypot !== '', tooFast: !this.#filledForThem && Date.now() - this.#startedAt < TIME_TRAP_MS },
    };
    if (this.eventId) payload.eventId = this.eventId;
    if (shown.has('name') && a.name.trim()) payload.name = a.name.trim();
    if (shown.has('organisation') && a.organisation.trim()) payload.organisation = a.organisation.trim();
    for (const [f, [key, values]] of Object.entries(SINGLE_CHOICE)) {
      // Only a known answer to a question on the page: the schema's enums are these same lists.
      if (shown.has(f as SignUpField) && (values as readonly string[]).includes(a[key])) Object.assign(payload, { [key]: a[key] });
    }
    if (shown.has('interests')) {
      const interests = INTERESTS.filter((i) => a.interests.includes(i));
      if (interests.length) payload.interests = interests;
    }
    const needs = shown.has('access-needs') ? this.#accessNeeds()?.value : undefined;
    if (needs && Array.isArray(needs.needs) && (needs.needs.length || needs.other || needs.contact)) {
      payload.accessNeeds = {
        needs: [...needs.needs],
        ...(needs.other ? { other: needs.other } : {}),
        ...(needs.contact ? { contact: true } : {}),
      };
    }
    const equality = shown.has('equality') ? this.#parts.equality?.equalityPayload(a.equality) : undefined;
    if (equality) payload.equality = equality;
    return payload;
  }

  // ——— Submitting ———

  /** Validates and sends, like pressing the button. Resolves when the outcome is shown. */
  async submit(): Promise<void> {
    if (this.state !== 'form') return; // busy, or done: a double click sends once
    this.notice = undefined;
    this.emailChecked = true;
    const errors = this.#validate();
    this.errors = errors;
    const needsEl = this.#accessNeeds();
    if (needsEl) needsEl.error = errors.accessNeeds ?? '';
    if (Object.keys(errors).length) {
      this.#focusAfterRender = '.ct-error-summary';
      return;
    }
    const payload = this.#payload();
    this.#lastPayload = payload;
    this.state = 'submitting';

    const event = new SignUpSubmitEvent(payload);
    if (!this.dispatchEvent(event)) {
      try {
        const result = await event.result;
        this.#succeed(payload, result?.status ?? 'subscribed');
      } catch {
        this.#fail(this.#m.refused(this.#org), { reason: 'host' });
      }
      return;
    }
    let url: string;
    try {
      if (!this.action) throw new TypeError('no action');
      url = new URL(this.action, document.baseURI).href;
    } catch {
      if (this.action) this.warnOnce(`action="${this.action}" is not a valid URL.`);
      this.#fail(this.#m.notConfigured(this.#org), { reason: 'not-configured' });
      return;
    }

    const item: PendingSubmission = {
      id: payload.submissionId,
      url,
      body: payload,
      headers: { 'Accept-Language': this.locale === 'cy' ? 'cy' : 'en' },
      attempts: 0,
      nextAttemptAt: Date.now() + backoffDelay(1),
      createdAt: Date.now(),
    };
    // Saved before the first attempt, so that even closing the page mid-request loses nothing.
    const saved = this.#queue.save(item);
    this.#queuedId = item.id;
    const outcome = await this.#queue.send(item, { timeoutMs: this.timeout });
    if (!outcome) return; // another trigger is sending it; its outcome reaches #onQueueOutcome
    this.#handleLiveOutcome(payload, outcome, saved);
  }

  #handleLiveOutcome(payload: SignUpPayload, outcome: DeliveryOutcome, saved: boolean): void {
    const m = this.#m;
    switch (outcome.kind) {
      case 'delivered':
        this.#succeed(payload, statusOf(outcome.body));
        return;
      case 'rejected': {
        this.#queuedId = '';
        const received = errorsOf(outcome.body);
        const shownIds = new Set(this.#fieldOrder());
        const errors: Record<string, string> = {};
        const unplaced: string[] = [];
        for (const [key, text] of Object.entries(received)) {
          const id = fieldIdFor(key);
          if (shownIds.has(id)) errors[id] = text;
          else unplaced.push(text); // e.g. `list`: not a question on the form
        }
        this.state = 'form';
        const needsEl = this.#accessNeeds();
        if (needsEl) needsEl.error = errors.accessNeeds ?? '';
        this.errors = errors;
        if (unplaced.length) this.notice = `${unplaced.join(' ')} ${m.answersKept}`;
        else if (!Object.keys(errors).length) this.notice = m.refused(this.#org);
        // The summary first when there are field errors; otherwise the message.
        this.#focusAfterRender = Object.keys(errors).length ? '.ct-error-summary' : '.ct-sign-up__notice .ct-notification';
        this.#emit('ct-error', { reason: 'rejected', status: outcome.status, errors: received });
        return;
      }
      case 'rate-limited': {
        // Not retried behind the person's back: they are told when to try again, and keep their answers.
        this.#queue.remove(payload.submissionId);
        this.#queuedId = '';
        const minutes = Math.max(1, Math.ceil(outcome.retryAfterMs / 60_000));
        this.#fail(m.rateLimited(this.locale, minutes), { reason: 'rate-limited', status: outcome.status, retryAfterMs: outcome.retryAfterMs });
        return;
      }
      case 'failed':
        if (!saved || !this.#queue.has(payload.submissionId)) {
          this.#queuedId = '';
          this.#fail(m.notSaved, { reason: 'storage' });
          return;
        }
        this.state = 'queued';
        clearDraft(this.#draftKey);
        this.#focusAfterRender = '.ct-notification';
        this.#emit('ct-queued', { payload, reason: outcome.reason });
        return;
    }
  }

  /** A retry (from the timer, `online` or another element) finished. */
  #onQueueOutcome(item: PendingSubmission, outcome: DeliveryOutcome): void {
    if (item.id !== this.#queuedId || this.state !== 'queued' || !this.#lastPayload) return;
    const payload = this.#lastPayload;
    if (outcome.kind === 'delivered') {
      this.deliveredLater = true;
      this.#succeed(payload, statusOf(outcome.body), false);
      void announce(this.#m.deliveredLater, { lang: this.locale });
    } else if (outcome.kind === 'rejected') {
      // Refused on retry: bring the form back with the answers, as after a live refusal.
      this.state = 'form';
      this.#handleLiveOutcome(payload, outcome, false);
    }
  }

  #succeed(payload: SignUpPayload, status: SignUpAccepted['status'], focus = true): void {
    this.#queuedId = '';
    this.state = status;
    clearDraft(this.#draftKey);
    if (focus) this.#focusAfterRender = '.ct-notification';
    this.#emit('ct-success', { payload, status });
  }

  #fail(message: string, detail: SignUpErrorDetail): void {
    this.state = 'form';
    this.#showNotice(message);
    this.#emit('ct-error', detail);
  }

  #showNotice(message: string): void {
    this.notice = message;
    this.#focusAfterRender = '.ct-sign-up__notice .ct-notification';
  }

  #emit(type: 'ct-success' | 'ct-queued' | 'ct-error', detail: unknown): void {
    // Built apart from dispatchEvent, so the manifest lists the documented @fires, not a `type` event.
    const event = new CustomEvent(type, { detail, bubbles: true, composed: true });
    this.dispatchEvent(event);
  }

  #onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    void this.submit();
  };

  // ——— Rendering ———

  /** Ids of the fields on the page, in order: the error summary lists errors in this order. */
  #fieldOrder(): string[] {
    const ids: string[] = [];
    for (const f of ['name', 'email', ...this.shownFields.filter((s) => s !== 'name')]) {
      if (f === 'name' && !this.shownFields.includes('name')) continue;
      if (f === 'equality') ids.push(...(this.#parts.equality?.equalityFieldIds() ?? []));
      else ids.push(f.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()));
    }
    ids.push('consent');
    return ids;
  }

  #heading(text: string, id: string, level: number, cls: string, part: string): TemplateResult {
    return heading(level, { id, className: cls, part }, text);
  }

  #renderField(f: SignUpField): TemplateResult | typeof nothing {
    const m = this.#m;
    const a = this.answersState;
    const v = vocabularyIn(this.locale);
    const locale = this.locale;
    const errors = this.errors;
    switch (f) {
      case 'name':
      case 'organisation':
        return field({
          locale, id: f, name: f, label: m[f], value: a[f], optional: true, error: errors[f],
          ...(f === 'name' ? { autocomplete: 'name', spellcheck: false } : { autocomplete: 'organization', hint: m.organisationHint }),
          onInput: (value) => { this.#set(f, value); },
        });
      case 'interests':
        return choices({
          locale, type: 'checkbox', id: f, name: f, legend: m.interests, legendSize: 's', optional: true, hint: m.interestsHint, error: errors.interests,
          items: INTERESTS.map((value) => ({ value, label: v.interest[value] })),
          selected: a.interests,
          onChange: (next) => { this.#set('interests', next); },
        });
      case 'access-needs':
        return html`<ct-access-needs id="accessNeeds" name="accessNeeds" class="ct-sign-up__access-needs" part="access-needs"
          heading-level=${this.headingLevel + 1}></ct-access-needs>`;
      case 'equality':
        return this.#renderEquality();
      default: {
        const [key, values] = SINGLE_CHOICE[f];
        const labels: Record<string, string> = v[key];
        return choices({
          locale, type: 'radio', id: key, name: key, legend: m[key], legendSize: 's', optional: true, error: errors[key],
          ...(key === 'communityType' ? { hint: m.communityTypeHint } : {}),
          items: values.map((value) => ({ value, label: labels[value] ?? value })),
          selected: a[key] ? [a[key]] : [],
          onChange: (next) => { this.#set(key, next[0] ?? ''); },
        });
      }
    }
  }

  #renderEquality(): TemplateResult | typeof nothing {
    const eq = this.#parts.equality;
    if (!eq) return nothing;
    return eq.renderEquality({
      m: this.i18n.messages(eq.equalityMessages),
      locale: this.locale,
      answers: this.answersState.equality,
      errors: this.errors,
      heading: (text, id) => this.#heading(text, id, this.headingLevel + 1, 'ct-sign-up__section-heading', 'equality-heading'),
      onChange: (key, value) => { this.#setEquality(key, value); },
    });
  }

  #renderConsent(): TemplateResult {
    const m = this.#m;
    const org = this.#org;
    const named = this.orgName.trim();
    const privacy = this.privacyUrl
      ? html`${m.privacyBefore}<a href=${this.privacyUrl} target="_blank" rel="noopener noreferrer">${m.privacyLink(named)} ${m.privacyNewTab}</a>.`
      : html`${m.privacyNone(named)}`;
    return choices({
      locale: this.locale,
      type: 'checkbox',
      id: 'consent',
      name: 'consent',
      legend: m.consentLegend,
      legendSize: 's',
      hint: privacy,
      error: this.errors.consent,
      items: [{ value: 'yes', label: m.consentLabel(org), hint: m.consentHint }],
      selected: this.answersState.consent ? ['yes'] : [],
      onChange: (next) => { this.#set('consent', next.includes('yes')); },
    });
  }

  #renderForm(): TemplateResult {
    const m = this.#m;
    const shown = this.shownFields;
    const order = this.#fieldOrder();
    const summary: SummaryError[] = order.filter((id) => this.errors[id]).map((id) => ({ fieldId: id, text: this.errors[id] ?? '' }));
    const suggestion = this.#suggestion;
    const headingText = this.heading || (this.eventId ? (this.eventName ? m.eventHeading(this.eventName) : m.eventHeadingUnnamed) : m.heading);
    const busy = this.state === 'submitting';
    return html`<form novalidate part="form" aria-labelledby="ct-sign-up-heading" @submit=${this.#onSubmit} @focusin=${this.#onFocusIn}>
      ${errorSummary({ locale: this.locale, id: 'ct-sign-up-errors', errors: summary })}
      ${this.#heading(headingText, 'ct-sign-up-heading', this.headingLevel, 'ct-sign-up__heading', 'heading')}
      <p class="ct-sign-up__intro" part="intro">${this.eventId ? m.eventIntro(this.orgName.trim()) : m.intro(this.#org)}</p>
      ${this.notice
        ? html`<div class="ct-sign-up__notice" part="notice">
            ${notification({ locale: this.locale, id: 'ct-sign-up-notice', body: html`<p>${this.notice}</p>` })}
          </div>`
        : nothing}
      ${shown.includes('name') ? this.#renderField('name') : nothing}
      ${emailField({
        locale: this.locale,
        id: 'email',
        name: 'email',
        label: m.email,
        hint: m.emailHint,
        value: this.answersState.email,
        maxlength: EMAIL_MAX_LENGTH,
        error: this.errors.email,
        describedBy: suggestion && 'email-suggestion',
        onInput: (value) => { this.#set('email', value); },
        onBlur: () => { this.#onEmailBlur(); },
        after: suggestion
          ? html`<p class="ct-sign-up__suggestion" id="email-suggestion" part="suggestion">
              ${m.didYouMean} <strong>${suggestion}</strong>?
              <button type="button" class="ct-link-button" @click=${() => { this.#useSuggestion(suggestion); }}>${m.useSuggestion(suggestion)}</button>
            </p>`
          : nothing,
      })}
      ${shown.filter((f) => f !== 'name').map((f) => this.#renderField(f))}
      ${this.#renderConsent()}
      <div class="ct-sign-up__trap" aria-hidden="true">
        <label for="ct-sign-up-website">${m.honeypot}</label>
        <input id="ct-sign-up-website" name="website" type="text" tabindex="-1" autocomplete="off" @input=${(e: Event) => { this.#honeypot = (e.target as HTMLInputElement).value; }} />
      </div>
      ${button({ label: this.eventId ? m.eventSubmit : m.submit, type: 'submit', busy, busyLabel: m.submitting })}
    </form>`;
  }

  #announcedSuggestion = '';

  /** Leaving the email field may reveal a suggestion; it is said aloud, as it appears away from focus. */
  #onEmailBlur(): void {
    this.emailChecked = true;
    void this.#load('typo').then(() => {
      const suggestion = this.#suggestion;
      if (suggestion && suggestion !== this.#announcedSuggestion) {
        this.#announcedSuggestion = suggestion;
        void announce(`${this.#m.didYouMean} ${suggestion}?`, { lang: this.locale });
      }
    });
  }

  #useSuggestion(suggestion: string): void {
    this.#set('email', suggestion);
    this.dismissedSuggestion = suggestion;
    if (this.errors.email) this.errors = { ...this.errors, email: '' };
    this.#focusAfterRender = '#email';
  }

  #renderOutcome(): TemplateResult {
    const m = this.#m;
    const email = this.#lastPayload?.email ?? this.answersState.email;
    const options = { locale: this.locale, id: 'ct-sign-up-outcome', headingLevel: this.headingLevel } as const;
    if (this.state === 'queued') return notification({ ...options, heading: m.queuedHeading, body: html`<p>${m.queuedBody}</p>` });
    const pending = this.state === 'pending-confirmation';
    const registered = this.eventName ? m.eventSuccessHeading(this.eventName) : m.eventSuccessHeadingUnnamed;
    const heading = pending ? m.pendingHeading : this.eventId ? registered : m.successHeading;
    const body = html`${pending && this.eventId ? html`<p>${registered}.</p>` : nothing}
      ${this.deliveredLater ? html`<p>${m.deliveredLater}</p>` : nothing}
      <p>${pending ? m.pendingBody(email) : m.successBody(email)}</p>`;
    return notification({ ...options, variant: 'success', heading, body });
  }

  protected override render() {
    return this.state === 'form' || this.state === 'submitting' ? this.#renderForm() : this.#renderOutcome();
  }
}

function statusOf(body: unknown): SignUpAccepted['status'] {
  return (body as Partial<SignUpAccepted> | null)?.status === 'pending-confirmation' ? 'pending-confirmation' : 'subscribed';
}

function errorsOf(body: unknown): Record<string, string> {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!errors || typeof errors !== 'object') return {};
  return Object.fromEntries(Object.entries(errors as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
}

defineElement('ct-sign-up-form', CtSignUpForm);

declare global {
  interface HTMLElementTagNameMap {
    'ct-sign-up-form': CtSignUpForm;
  }
}
