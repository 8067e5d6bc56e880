import { property } from 'lit/decorators.js';
import { CtElement } from './ct-element.js';

/**
 * Base for controls that take part in a host page's `<form>` like native ones, through
 * ElementInternals: value in FormData, reset, restore on back/forward, `disabled` (its own or an
 * ancestor fieldset's), and the `form` attribute (the browser associates form-associated elements by it).
 *
 * Subclasses keep their state, call `commitValue()` when it changes, and implement `resetState()` and
 * `restoreState()`.
 */
export abstract class CtFormControl extends CtElement {
  static formAssociated = true;

  protected readonly internals: ElementInternals;

  /** The name under which the value is submitted with the form. */
  @property({ reflect: true }) name = '';

  /** Disables the control; it is then left out of the form's data. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** True while an ancestor `<fieldset disabled>` disables the control. */
  protected formDisabled = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The entries to submit, and the state the browser hands back to `restoreState` on back/forward. */
  protected commitValue(entries: FormData | null, state: string): void {
    this.internals.setFormValue(entries, state);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.requestUpdate();
  }

  formResetCallback(): void {
    this.resetState();
  }

  formStateRestoreCallback(state: string | File | FormData | null, reason: 'restore' | 'autocomplete'): void {
    if (typeof state === 'string') this.restoreState(state, reason);
  }

  protected abstract resetState(): void;
  protected abstract restoreState(state: string, reason: 'restore' | 'autocomplete'): void;
}
