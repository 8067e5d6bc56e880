import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  type AnyCatalogue,
  CtElement,
  onDemand,
  buttonStyles,
  choicesStyles,
  errorSummaryStyles,
  fieldStyles,
  hostStyles,
  notificationStyles,
  LIST_PATTERN,
  SELF_DESCRIBE_MAX_LENGTH,
  loadCatalogues,
  announce,
  button,
  defineElement,
  errorSummary,
  heading,
  vocabularyLabels,
  type SummaryError,
} from '@ctkit/core';
import { clearDraft, loadDraft, newSubmissionId, saveDraft } from '@ctkit/core/storage';
import { messages } from './messages.js';
import { signUpFormStyles } from './sign-up-form.styles.js';
import {
  SIGN_UP_FIELDS,
  buildPayload,
  consentText,
  emptyAnswers,
  fieldOrder,
  parseFields,
  validateAnswers,
  type AccessNeedsQuestion,
  type SignUpAnswers,
  type SignUpField,
} from './sign-up-form.answers.js';
import { SignUpSubmission, type SignUpState } from './sign-up-form.submission.js';
import { EmailSuggestion } from './sign-up-form.suggestion.js';
import { SpamSignals } from './sign-up-form.spam.js';
import {
  renderConsent,
  renderEmail,
  renderEqualityStep,
  renderQuestion,
  type QuestionsView,
} from './sign-up-form.questions.js';
import { renderNotice, renderOutcome } from './sign-up-form.outcome.js';
import { lazyParts } from './sign-up-form.parts.js';

/** ct-access-needs upgrades by itself once defined: fetched once per page, and updateComplete does not wait for it. */
const pageParts = onDemand(lazyParts, { accessNeeds: '<ct-sign-up-form>: could not load ct-access-needs.' });

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
 * @slot - The fallback `<form>` from the snippet, for readers whose browser never runs the script (it posts
 *   to the same `action`). Not displayed once the widget runs.
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

  /**
   * The heading's size: `m` (unset: 24 px at the default text size), `s` (19 px) or `body` (bold, the
   * text's size); section headings go one step smaller. A widget that holds the form sets it one step
   * below its own heading (the event card's inline booking: `body`).
   */
  @property({ attribute: 'heading-size', reflect: true }) headingSize?: 'm' | 's' | 'body';

  /** How long to wait for the receiver, in milliseconds, before saving the sign-up for retry. */
  @property({ type: Number }) timeout = 15_000;

  @state() private answersState: SignUpAnswers = emptyAnswers();

  readonly #parts = onDemand(lazyParts, {}, this);
  readonly #submission = new SignUpSubmission(this, {
    messages: () => this.#m,
    locale: () => this.locale,
    org: () => this.#org,
    action: () => this.action,
    timeout: () => this.timeout,
    validate: () => this.#validate(),
    payload: () => this.#payload(),
    fieldIds: () => this.#fieldOrder(),
    showAccessNeedsError: (text) => {
      const needs = this.#accessNeeds();
      if (needs) needs.error = text;
    },
    clearDraft: () => {
      clearDraft(this.#draftKey);
    },
    focusAfterRender: (selector) => {
      this.#focusAfterRender = selector;
    },
    warn: (message) => {
      this.warnOnce(message);
    },
  });

  readonly #suggestion = new EmailSuggestion(this, {
    email: () => this.answersState.email,
    check: () => this.#parts.get('typo'),
    loadCheck: () => this.#parts.load('typo'),
    say: (suggestion) => void announce(`${this.#m.didYouMean} ${suggestion}?`, { lang: this.locale }),
  });
  readonly #spam = new SpamSignals(this);
  #focusAfterRender: string | undefined;

  /**
   * Where the form is (the submission owns it). Settable for previews (Storybook) and for hosts that
   * deliver themselves: `queued`, `subscribed` and `pending-confirmation` replace the form with their panel.
   */
  @property({ attribute: false })
  get state(): SignUpState {
    return this.#submission.state;
  }
  set state(value: SignUpState) {
    this.#submission.state = value;
  }

  /** The answers so far. Set it to prefill the form (a partial object is merged with empty answers). */
  get answers(): SignUpAnswers {
    return structuredClone(this.answersState);
  }
  set answers(value: Partial<SignUpAnswers>) {
    this.#spam.filledForThem();
    this.answersState = { ...emptyAnswers(), ...structuredClone(value) };
    this.#suggestion.checking = Boolean(this.answersState.email);
  }

  /** The optional questions shown, in page order (unknown names are left out, with a console warning). */
  get shownFields(): SignUpField[] {
    const { shown, unknown } = parseFields(this.fields, this.eventId);
    if (unknown.length) {
      this.warnOnce(
        `unknown field name(s) in fields="${this.fields}": ${unknown.join(', ')}. Valid names: ${SIGN_UP_FIELDS.join(' ')}.`,
      );
    }
    return shown;
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
    const draft = loadDraft<SignUpAnswers>(this.#draftKey);
    if (draft && !this.answersState.email && this.state === 'form') {
      // Consent is not restored: agreeing must be a fresh, deliberate act.
      this.answersState = { ...emptyAnswers(), ...draft, equality: {}, consent: false };
      this.#spam.filledForThem();
    }
  }

  /** The person has started on the form: fetch the typo check (needed once they leave the email field). */
  #onFocusIn = () => {
    void this.#parts.load('typo');
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('list') && this.list && !new RegExp(LIST_PATTERN).test(this.list)) {
      this.warnOnce(`list="${this.list}" is not a valid list id (lower-case letters, digits and hyphens, up to 40).`);
    }
    if (changed.has('privacyUrl') && !this.privacyUrl)
      this.warnOnce('privacy-url is not set: the consent text cannot link to a privacy notice.');
    // The equality step is fetched as soon as the form is seen to ask it, so it is there long before the
    // person scrolls to it; it appears below the questions before it (nothing above the reader moves).
    if (changed.has('fields') && this.shownFields.includes('equality')) void this.#parts.load('equality');
    if (
      (changed.has('fields') || changed.has('eventId')) &&
      this.shownFields.includes('access-needs') &&
      !customElements.get('ct-access-needs')
    ) {
      void pageParts.load('accessNeeds');
    }
  }

  /** In Welsh, waits for the equality step's Welsh too (once the step is loaded): no English flash. */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own return type
  protected override scheduleUpdate(): void | Promise<unknown> {
    const equality = this.#parts.get('equality');
    const pending = equality && loadCatalogues([equality.equalityMessages], this.locale);
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
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

  #accessNeeds(): AccessNeedsQuestion | null {
    return this.renderRoot.querySelector<AccessNeedsQuestion>('ct-access-needs');
  }

  /** The answers checked against the rules (sign-up-form.answers.ts) and the parts' own checks. */
  #validate(): Record<string, string> {
    const shown = this.shownFields;
    const accessNeeds = shown.includes('access-needs') ? this.#accessNeeds() : null;
    const eq = shown.includes('equality') ? this.#parts.get('equality') : undefined;
    const equalityErrors = eq?.equalityErrors(
      this.answersState.equality,
      this.i18n.messages(eq.equalityMessages),
      SELF_DESCRIBE_MAX_LENGTH,
    );
    return validateAnswers(this.answersState, { shown, m: this.#m, org: this.#org, accessNeeds, equalityErrors });
  }

  #payload() {
    const shown = this.shownFields;
    return buildPayload(this.answersState, {
      submissionId: newSubmissionId(),
      list: this.list,
      eventId: this.eventId,
      shown,
      locale: this.locale,
      consentText: consentText(this.#m, this.orgName, this.privacyUrl),
      privacyUrl: this.privacyUrl,
      now: new Date(),
      pageUrl: `${location.origin}${location.pathname}`,
      flags: this.#spam.flags(),
      accessNeeds: shown.includes('access-needs') ? this.#accessNeeds()?.value : undefined,
      equality: shown.includes('equality')
        ? this.#parts.get('equality')?.equalityPayload(this.answersState.equality)
        : undefined,
    });
  }

  /** Validates and sends, like pressing the button. Resolves when the outcome is shown. */
  async submit(): Promise<void> {
    if (this.state !== 'form') return;
    this.#suggestion.checking = true;
    await this.#submission.submit();
  }

  #onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    void this.submit();
  };

  #useSuggestion(suggestion: string): void {
    this.#set('email', suggestion);
    this.#suggestion.taken(suggestion);
    const errors = this.#submission.errors;
    if (errors.email) this.#submission.errors = { ...errors, email: '' };
    this.#focusAfterRender = '#email';
  }

  // ——— Rendering ———

  /** Ids of the fields on the page, in order: the error summary lists errors in this order. */
  #fieldOrder(): string[] {
    return fieldOrder(this.shownFields, this.#parts.get('equality')?.equalityFieldIds() ?? []);
  }

  #renderField(f: SignUpField): TemplateResult | typeof nothing {
    if (f === 'equality') return this.#renderEquality();
    return renderQuestion(f, this.#view());
  }

  /** What the questions (sign-up-form.questions.ts) are drawn from. */
  #view(): QuestionsView {
    const { locale, answersState: answers, orgName, privacyUrl } = this;
    const set = <K extends keyof SignUpAnswers>(key: K, value: SignUpAnswers[K]) => {
      this.#set(key, value);
    };
    return {
      m: this.#m,
      locale,
      answers,
      errors: this.#submission.errors,
      sectionLevel: this.headingLevel + 1,
      orgName,
      privacyUrl,
      set,
    };
  }

  #renderEquality(): TemplateResult | typeof nothing {
    const eq = this.#parts.get('equality');
    return eq
      ? renderEqualityStep(this.#view(), eq, this.i18n.messages(eq.equalityMessages), (key, value) => {
          this.#setEquality(key, value);
        })
      : nothing;
  }

  #renderForm(): TemplateResult {
    const m = this.#m;
    const shown = this.shownFields;
    const order = this.#fieldOrder();
    const { errors, notice } = this.#submission;
    const summary: SummaryError[] = order
      .filter((id) => errors[id])
      .map((id) => ({ fieldId: id, text: errors[id] ?? '' }));
    const suggestion = this.#suggestion.suggestion;
    const headingText =
      this.heading ||
      (this.eventId ? (this.eventName ? m.eventHeading(this.eventName) : m.eventHeadingUnnamed) : m.heading);
    const busy = this.state === 'submitting';
    return html`<form novalidate part="form" aria-labelledby="ct-sign-up-heading" @submit=${this.#onSubmit} @focusin=${this.#onFocusIn}>
      ${errorSummary({ locale: this.locale, id: 'ct-sign-up-errors', errors: summary, level: this.headingLevel })}
      ${heading(this.headingLevel, { id: 'ct-sign-up-heading', className: 'ct-sign-up__heading', part: 'heading' }, headingText)}
      <p class="ct-sign-up__intro" part="intro">${this.eventId ? m.eventIntro(this.orgName.trim()) : m.intro(this.#org)}</p>
      ${renderNotice(this.locale, notice)}
      ${shown.includes('name') ? this.#renderField('name') : nothing}
      ${renderEmail(
        this.#view(),
        suggestion,
        () => {
          this.#suggestion.left();
        },
        (value) => {
          this.#useSuggestion(value);
        },
      )}
      ${shown.filter((f) => f !== 'name').map((f) => this.#renderField(f))}
      ${renderConsent(this.#view())}
      ${this.#spam.renderTrap(m.honeypot)}
      ${button({ label: this.eventId ? m.eventSubmit : m.submit, type: 'submit', busy, busyLabel: m.submitting })}
    </form>`;
  }

  protected override render() {
    if (this.state === 'form' || this.state === 'submitting') return this.#renderForm();
    const { lastPayload, deliveredLater } = this.#submission;
    return renderOutcome(this, this.#m, lastPayload?.email ?? this.answersState.email, deliveredLater);
  }
}

defineElement('ct-sign-up-form', CtSignUpForm);

declare global {
  interface HTMLElementTagNameMap {
    'ct-sign-up-form': CtSignUpForm;
  }
}
