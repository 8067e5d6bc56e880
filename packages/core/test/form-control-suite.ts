/**
 * The form-control contract every ctkit form control holds, as one suite each control runs (as Web
 * Awesome's runFormControlBaseTests does): the constraint-validation API as native controls have it,
 * `required`, disabled, reset, and the custom states — checked against a native `<input>` in the same
 * form where native controls define the behaviour, and the same in Chromium and Firefox.
 *
 * Not a test file itself: a control's test file calls `runFormControlTests(…)`.
 */
import { expect } from '@open-wc/testing';
import { deepActiveElement } from '../../../tests/support/helpers.js';

/** What the suite needs of a control: the native form-control API plus Lit's `updateComplete`. */
export interface FormControlLike extends HTMLElement {
  name: string;
  disabled: boolean;
  required: boolean;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  readonly labels: NodeList;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
  readonly updateComplete: Promise<unknown>;
}

export interface FormControlFixture<T extends FormControlLike> {
  /** Puts a fresh control in a form on the page, with no answer, and resolves once it has rendered. */
  create: () => Promise<{ control: T; form: HTMLFormElement }>;
  /** Gives an answer as the person would (a real click or key press inside the control). */
  answer: (control: T) => Promise<void>;
  /** The message `required` gives while there is no answer, in English. */
  valueMissingMessage: string;
  /** The texts of the error messages the control shows (GOV.UK style, inside its shadow root). */
  shownErrors: (control: T) => string[];
}

const matchesState = (el: Element, state: string) => el.matches(`:state(${state})`);
const states = (el: Element) =>
  ['valid', 'invalid', 'user-valid', 'user-invalid', 'required', 'optional', 'disabled'].filter((s) =>
    matchesState(el, s),
  );

/** Counts `invalid` events on `el` while `run` runs (they are dispatched synchronously). */
function invalidEvents(el: Element, run: () => unknown): number {
  let count = 0;
  const listener = () => {
    count += 1;
  };
  el.addEventListener('invalid', listener);
  try {
    run();
  } finally {
    el.removeEventListener('invalid', listener);
  }
  return count;
}

/** A native text input beside the control, to compare with. */
function nativeBeside(form: HTMLFormElement): HTMLInputElement {
  const input = document.createElement('input');
  input.name = 'native-reference';
  form.append(input);
  return input;
}

/** Lets the control react to events dispatched just now (its `invalid` handling ends in a microtask) and render. */
async function settle(control: FormControlLike): Promise<void> {
  await Promise.resolve();
  await control.updateComplete;
}

export function runFormControlTests<T extends FormControlLike>(name: string, fixture: FormControlFixture<T>): void {
  describe(`form-control contract: ${name}`, () => {
    it('has the constraint-validation API of native controls', async () => {
      const { control, form } = await fixture.create();
      expect(control.form).to.equal(form);
      expect(control.validity).to.be.instanceOf(ValidityState);
      expect(control.validationMessage).to.be.a('string');
      expect(control.willValidate).to.equal(true);
      expect(control.labels).to.be.instanceOf(NodeList);
      for (const method of ['checkValidity', 'reportValidity', 'setCustomValidity'] as const)
        expect(control[method], method).to.be.a('function');
      expect(control.required).to.equal(false);
    });

    it('is valid with no answer when not required: no invalid event, :state(valid) and :state(optional)', async () => {
      const { control } = await fixture.create();
      expect(control.validity.valid).to.equal(true);
      expect(control.validationMessage).to.equal('');
      expect(invalidEvents(control, () => expect(control.checkValidity()).to.equal(true))).to.equal(0);
      expect(invalidEvents(control, () => expect(control.reportValidity()).to.equal(true))).to.equal(0);
      expect(states(control)).to.deep.equal(['valid', 'optional']);
    });

    it('setCustomValidity() makes it invalid with that message until cleared, exactly as a native input', async () => {
      const { control, form } = await fixture.create();
      const native = nativeBeside(form);
      control.setCustomValidity('Choose again');
      // Invalid, but nobody has tried to submit yet.
      expect(states(control)).to.include('invalid').and.not.include.members(['valid', 'user-invalid']);
      for (const el of [control, native]) {
        el.setCustomValidity('Choose again');
        expect(el.validity.customError, el.localName).to.equal(true);
        expect(el.validity.valid, el.localName).to.equal(false);
        expect(el.validationMessage, el.localName).to.equal('Choose again');
        expect(
          invalidEvents(el, () => expect(el.checkValidity(), el.localName).to.equal(false)),
          el.localName,
        ).to.equal(1);
      }
      expect(form.checkValidity()).to.equal(false);
      for (const el of [control, native]) {
        el.setCustomValidity('');
        expect(el.validity.valid, el.localName).to.equal(true);
        expect(el.validationMessage, el.localName).to.equal('');
      }
      expect(form.checkValidity()).to.equal(true);
      expect(states(control)).to.include('valid');
    });

    it('lets a host script clear every control: for (const c of form.elements) c.setCustomValidity("")', async () => {
      const { control, form } = await fixture.create();
      nativeBeside(form);
      control.setCustomValidity('Set by the page');
      expect(() => {
        for (const c of form.elements as unknown as Iterable<{ setCustomValidity?: (m: string) => void }>)
          c.setCustomValidity?.('');
      }).to.not.throw();
      expect([...form.elements].includes(control)).to.equal(true);
      expect(control.validity.valid).to.equal(true);
    });

    it('required means "answer at least one": valueMissing with its message until answered', async () => {
      const { control, form } = await fixture.create();
      control.required = true;
      await control.updateComplete;
      expect(control.hasAttribute('required')).to.equal(true);
      expect(control.validity.valueMissing).to.equal(true);
      expect(control.validationMessage).to.equal(fixture.valueMissingMessage);
      expect(form.checkValidity()).to.equal(false);
      expect(states(control)).to.include.members(['invalid', 'required']).and.not.include('optional');
      await fixture.answer(control);
      await control.updateComplete;
      expect(control.validity.valid).to.equal(true);
      expect(control.validationMessage).to.equal('');
      control.required = false;
      await control.updateComplete;
      expect(states(control)).to.include('optional');
    });

    it('disabled, by itself or by a fieldset, is barred from validation, as a native input', async () => {
      const { control, form } = await fixture.create();
      const native = nativeBeside(form);
      for (const el of [control, native]) el.setCustomValidity('Problem');
      control.required = true;
      control.disabled = true;
      native.disabled = true;
      await control.updateComplete;
      for (const el of [control, native]) {
        expect(el.willValidate, el.localName).to.equal(false);
        expect(el.matches(':disabled'), el.localName).to.equal(true);
        expect(
          invalidEvents(el, () => expect(el.checkValidity(), el.localName).to.equal(true)),
          el.localName,
        ).to.equal(0);
      }
      expect(states(control)).to.include('disabled').and.not.include('invalid');
      control.disabled = false;
      native.disabled = false;
      const fieldset = document.createElement('fieldset');
      form.append(fieldset);
      fieldset.append(control, native);
      fieldset.disabled = true;
      await control.updateComplete;
      for (const el of [control, native]) {
        expect(el.willValidate, `${el.localName} in a disabled fieldset`).to.equal(false);
        expect(el.checkValidity(), el.localName).to.equal(true);
      }
      expect(states(control)).to.include('disabled');
      fieldset.disabled = false;
      await control.updateComplete;
      expect(control.checkValidity()).to.equal(false);
      expect(states(control)).to.include('invalid').and.not.include('disabled');
    });

    it('reportValidity() shows the message GOV.UK style in the control and moves focus to it, not a browser bubble', async () => {
      const { control } = await fixture.create();
      control.setCustomValidity('Tell us more');
      expect(fixture.shownErrors(control).join(' ')).to.not.contain('Tell us more');
      let invalid: Event | undefined;
      control.addEventListener('invalid', (e) => (invalid = e), { once: true });
      expect(control.reportValidity()).to.equal(false);
      expect(invalid?.cancelable).to.equal(true);
      await settle(control);
      expect(fixture.shownErrors(control).join(' ')).to.contain('Tell us more');
      const active = deepActiveElement();
      expect(
        active === control || (active !== null && control.shadowRoot!.contains(active)),
        `focus is on ${String(active?.outerHTML.slice(0, 80))}`,
      ).to.equal(true);
      expect(states(control)).to.include('user-invalid');
    });

    it('reportValidity() shows nothing when the page cancels the invalid event (it shows errors its own way)', async () => {
      const { control } = await fixture.create();
      control.required = true;
      await control.updateComplete;
      control.addEventListener('invalid', (e) => {
        e.preventDefault();
      });
      expect(control.reportValidity()).to.equal(false);
      await settle(control);
      expect(fixture.shownErrors(control).join(' ')).to.not.contain(fixture.valueMissingMessage);
    });

    it(':state(user-invalid) only after the person tries to submit, the same in every browser; reset clears it', async () => {
      const { control, form } = await fixture.create();
      control.required = true;
      await control.updateComplete;
      expect(states(control)).to.include('invalid').and.not.include('user-invalid');
      let submitted = false;
      form.addEventListener('submit', (e) => {
        submitted = true;
        e.preventDefault();
      });
      // A submit attempt: the browser's own validation on a form that validates; the form's check on one
      // with novalidate (its owner validates on submit).
      if (form.noValidate) form.checkValidity();
      else form.requestSubmit();
      expect(submitted, 'the submit was blocked').to.equal(false);
      await settle(control);
      expect(states(control)).to.include('user-invalid');
      expect(fixture.shownErrors(control).join(' ')).to.contain(fixture.valueMissingMessage);
      form.reset();
      await settle(control);
      expect(states(control)).to.include('invalid').and.not.include('user-invalid');
    });

    it(':state(user-valid) once the person answers, and user-invalid if it then becomes invalid', async () => {
      const { control } = await fixture.create();
      control.required = true;
      await control.updateComplete;
      await fixture.answer(control);
      await control.updateComplete;
      expect(states(control)).to.include.members(['valid', 'user-valid']);
      control.setCustomValidity('No longer');
      expect(states(control)).to.include('user-invalid').and.not.include('user-valid');
    });

    it('keeps a custom message through form.reset(), and loses the answer, as a native input', async () => {
      const { control, form } = await fixture.create();
      const native = nativeBeside(form);
      await fixture.answer(control);
      for (const el of [control, native]) el.setCustomValidity('Kept');
      form.reset();
      await control.updateComplete;
      for (const el of [control, native]) expect(el.validationMessage, el.localName).to.equal('Kept');
      control.setCustomValidity('');
      control.required = true;
      await control.updateComplete;
      expect(control.validity.valueMissing, 'the answer went with the reset').to.equal(true);
    });
  });
}
