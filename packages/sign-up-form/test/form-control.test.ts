// The sign-up form's fields that are form controls hold core's form-control contract: its access-needs
// question is a `ct-access-needs` in the form's own <form> (which has novalidate: the sign-up form
// validates on submit, with its error summary).
import { fixtureSync, html } from '@open-wc/testing';
import '@ctkit/access-needs';
import '@ctkit/sign-up-form';
import type { CtAccessNeeds } from '@ctkit/access-needs';
import type { CtSignUpForm } from '@ctkit/sign-up-form';
import { runFormControlTests } from '../../core/test/form-control-suite.js';
import { reset } from './helpers.js';
import { waitFor } from '../../../tests/support/helpers.js';

describe('ct-sign-up-form fields', () => {
  beforeEach(reset);

  runFormControlTests<CtAccessNeeds>('the sign-up form’s access-needs question', {
    async create() {
      const el = fixtureSync<CtSignUpForm>(
        html`<ct-sign-up-form event-id="launch" event-name="Launch" privacy-url="/p" action="/nowhere"></ct-sign-up-form>`,
      );
      await el.updateComplete;
      await waitFor(() => el.shadowRoot?.querySelector('ct-access-needs')?.shadowRoot, 'ct-access-needs is rendered');
      const control = el.shadowRoot!.querySelector('ct-access-needs')!;
      await control.updateComplete;
      return { control, form: el.shadowRoot!.querySelector('form')! };
    },
    async answer(control) {
      control.shadowRoot!.querySelector<HTMLInputElement>('input[name^="needs"][value="none"]')!.click();
      await control.updateComplete;
    },
    valueMissingMessage: 'Select the support that would help you take part, or select “None of these”',
    shownErrors: (control) =>
      [...control.shadowRoot!.querySelectorAll('.ct-error-message')].map((e) =>
        e.textContent.replace(/\s+/g, ' ').trim(),
      ),
  });
});
