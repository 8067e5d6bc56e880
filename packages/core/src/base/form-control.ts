import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { CtElement } from './ct-element.js';

/** What a control finds wrong with its own answer (see {@link CtFormControl.validityProblem}). */
export interface ValidityProblem {
  /** The ValidityState flags, e.g. `{ valueMissing: true }`. */
  flags: ValidityStateFlags;
  /** The message, in the control's language, as `validationMessage` gives it and the control shows it. */
  message: string;
  /** Where focus goes to fix it (a box in the shadow root); the control itself if not given. */
  anchor?: HTMLElement | null;
}

/** The custom states every ctkit form control keeps, for `:state(…)` in CSS and `el.matches()` in scripts. */
export const FORM_CONTROL_STATES = [
  'valid',
  'invalid',
  'user-valid',
  'user-invalid',
  'required',
  'optional',
  'disabled',
] as const;

/**
 * Base for controls that take part in a host page's `<form>` like native ones, through
 * ElementInternals: value in FormData, reset, restore on back/forward, `disabled` (its own or an
 * ancestor fieldset's), the `form` attribute (the browser associates form-associated elements by it),
 * and the whole constraint-validation API as native controls have it: `validity`,
 * `validationMessage`, `willValidate`, `checkValidity()`, `reportValidity()`, `setCustomValidity()`,
 * `required`, and `labels`.
 *
 * Custom states, the same in every browser (`:user-invalid` on form-associated elements is not —
 * Firefox matches it after a blocked submit, Chromium does not): `:state(valid)`, `:state(invalid)`,
 * `:state(user-valid)` and `:state(user-invalid)` (invalid once the person has changed the answer or
 * tried to submit — any `invalid` event: the form's submit, or a check by the form, the page or the
 * control's owner — until the form is reset), `:state(required)` /
 * `:state(optional)`, `:state(disabled)`.
 *
 * Subclasses keep their state, call `commitValue()` when it changes and `userChanged()` when the person
 * changed it, implement `resetState()` and `restoreState()`, and say what is wrong with their answer in
 * `validityProblem()` (the base adds `required`'s "answer missing" through `isEmpty()`). `reportValidity()`
 * and an `invalid` event that no one cancels call `showValidity()`: there the control shows its messages
 * GOV.UK style — never the browser's bubble.
 */
export abstract class CtFormControl extends CtElement {
  static formAssociated = true;

  protected readonly internals: ElementInternals;

  /** The name under which the value is submitted with the form. */
  @property({ reflect: true }) name = '';

  /** Disables the control; it is then left out of the form's data and of validation. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** An answer is required (`validity.valueMissing` while there is none). What counts as an answer is the control's. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** True while an ancestor `<fieldset disabled>` disables the control. */
  protected formDisabled = false;

  #customMessage = '';
  /** The person has changed the answer or tried to submit: `:state(user-invalid)` may show. */
  #interacted = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // The host form's submit, checkValidity() or reportValidity() fire `invalid` here. Unless someone
    // cancels it (a page that shows errors its own way), the control shows its messages — after the
    // event has been through every listener, so a cancel anywhere counts.
    this.addEventListener('invalid', (event) => {
      this.#interacted = true;
      this.#setStates();
      queueMicrotask(() => {
        if (!event.defaultPrevented) this.showValidity();
      });
    });
  }

  /** The form the control belongs to, as on native controls. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The `<label>` elements of the control, as on native controls. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  /** The control's validity, as on native controls (`valueMissing`, `customError`…). */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message for the current problem, in the control's language; empty when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the control takes part in constraint validation (false while disabled). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /**
   * Disabled by `disabled` or by an ancestor `<fieldset disabled>`: for the controls built on this class.
   * @internal
   */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** `setCustomValidity(message)` as native controls: a non-empty message makes the control invalid (`customError`) until cleared with `''`. */
  setCustomValidity(message: string): void {
    this.#customMessage = message;
    this.updateValidity();
  }

  /** The message given to `setCustomValidity()`, if any. */
  protected get customValidityMessage(): string {
    return this.#customMessage;
  }

  checkValidity(): boolean {
    this.updateValidity();
    return this.internals.checkValidity();
  }

  /**
   * As native controls: fires `invalid` when invalid and returns false; then, unless the event was
   * cancelled, the problem is shown — the control's message GOV.UK style and focus on the box to fix,
   * never the browser's bubble.
   */
  reportValidity(): boolean {
    this.updateValidity();
    let event: Event | undefined;
    const spy = (e: Event) => {
      event = e;
    };
    this.addEventListener('invalid', spy);
    const valid = this.internals.checkValidity();
    this.removeEventListener('invalid', spy);
    if (!valid && event && !event.defaultPrevented) {
      this.showValidity();
      void this.updateComplete.then(() => {
        this.validityAnchor()?.focus();
      });
    }
    return valid;
  }

  /** What is wrong with the answer, if anything. `required` and `isEmpty()` are handled by the base. */
  protected validityProblem(): ValidityProblem | undefined {
    return undefined;
  }

  /** Whether there is no answer, for `required`. */
  protected isEmpty(): boolean {
    return false;
  }

  /** The message for `required` with no answer, in the control's language. */
  protected valueMissingMessage(): string {
    return '';
  }

  /** Where focus goes to fix the current problem: the problem's anchor, else the control. */
  protected validityAnchor(): HTMLElement | null {
    return this.#problem()?.anchor ?? this;
  }

  /** Shows the messages of the current problem (called by reportValidity and on an uncancelled `invalid`). */
  protected showValidity(): void {
    this.requestUpdate();
  }

  #problem(): ValidityProblem | undefined {
    if (this.isDisabled) return undefined;
    return (
      this.validityProblem() ??
      (this.required && this.isEmpty()
        ? { flags: { valueMissing: true }, message: this.valueMissingMessage() }
        : undefined)
    );
  }

  /**
   * Sets validity from the answer, `required` and `setCustomValidity()` at once (not at the next
   * render), so a host can check straight after a change. A disabled control has no problem of its own
   * (it is barred from validation; a custom error stays, as on native controls).
   */
  protected updateValidity(): void {
    const problem = this.#problem();
    const flags: ValidityStateFlags = { ...problem?.flags };
    let message = problem?.message ?? '';
    if (this.#customMessage) {
      flags.customError = true;
      message = this.#customMessage;
    }
    const invalid = Object.values(flags).some(Boolean);
    const anchor = problem?.anchor ?? undefined;
    // An anchor must be in this control's shadow root; until the first render there is none.
    if (invalid)
      this.internals.setValidity(
        flags,
        message || ' ',
        anchor && this.shadowRoot?.contains(anchor) ? anchor : undefined,
      );
    else this.internals.setValidity({});
    this.#setStates();
  }

  #setStates(): void {
    const states = this.internals.states as CustomStateSet | undefined;
    if (!states) return;
    const invalid = !this.internals.validity.valid && !this.isDisabled;
    const on: Record<(typeof FORM_CONTROL_STATES)[number], boolean> = {
      valid: !invalid,
      invalid,
      'user-valid': !invalid && this.#interacted,
      'user-invalid': invalid && this.#interacted,
      required: this.required,
      optional: !this.required,
      disabled: this.isDisabled,
    };
    for (const [state, set] of Object.entries(on)) {
      if (set) states.add(state);
      else states.delete(state);
    }
  }

  /** The entries to submit, and the state the browser hands back to `restoreState` on back/forward. Updates validity. */
  protected commitValue(entries: FormData | null, state: string): void {
    this.internals.setFormValue(entries, state);
    this.updateValidity();
  }

  /** Call when the person changed the answer: from then on `:state(user-invalid)` shows a problem. */
  protected userChanged(): void {
    this.#interacted = true;
    this.#setStates();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('required') || changed.has('disabled')) this.updateValidity();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The anchor (a box to focus) exists only once rendered.
    this.updateValidity();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.updateValidity();
    this.requestUpdate();
  }

  formResetCallback(): void {
    this.#interacted = false;
    this.resetState();
    this.updateValidity();
  }

  formStateRestoreCallback(state: string | File | FormData | null, reason: 'restore' | 'autocomplete'): void {
    if (typeof state === 'string') this.restoreState(state, reason);
    this.updateValidity();
  }

  protected abstract resetState(): void;
  protected abstract restoreState(state: string, reason: 'restore' | 'autocomplete'): void;
}
