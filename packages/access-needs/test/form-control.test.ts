// ct-access-needs holds core's form-control contract: the shared suite (packages/core/test/form-control-suite.ts).
import { fixtureSync, html } from '@open-wc/testing';
import '../src/access-needs.js';
import type { CtAccessNeeds } from '../src/access-needs.js';
import { runFormControlTests } from '../../core/test/form-control-suite.js';

runFormControlTests<CtAccessNeeds>('ct-access-needs in a host form', {
  async create() {
    const form = fixtureSync<HTMLFormElement>(
      html`<form><ct-access-needs name="access"></ct-access-needs><button>Register</button></form>`,
    );
    const control = form.querySelector('ct-access-needs')!;
    await control.updateComplete;
    return { control, form };
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
