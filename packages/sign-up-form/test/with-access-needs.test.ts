/**
 * The sign-up form for an event with the real `<ct-access-needs>` (access-needs-embed.test.ts proves the
 * contract with a stand-in): the error summary's link to the access needs question lands on the part
 * that needs fixing, by keyboard.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@ctkit/access-needs';
import '@ctkit/sign-up-form';
import type { CtSignUpForm } from '@ctkit/sign-up-form';
import { $, deepActiveElement, fillValid, reset } from './helpers.js';
import { waitFor } from '../../../tests/support/helpers.js';

describe('ct-sign-up-form with the real ct-access-needs', () => {
  beforeEach(reset);

  it('the summary link for an empty "Something else" box goes to that box, not the first checkbox', async () => {
    const el = await fixture<CtSignUpForm>(
      html`<ct-sign-up-form event-id="launch" event-name="Launch" privacy-url="/p" action="/nowhere"></ct-sign-up-form>`,
    );
    const needs = $<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'ct-access-needs');
    await waitFor(() => customElements.get('ct-access-needs') && needs.shadowRoot, 'ct-access-needs is defined');
    await needs.updateComplete;
    needs.shadowRoot!.querySelector<HTMLInputElement>('input[value="something-else"]')!.click();
    await fillValid(el);
    $<HTMLButtonElement>(el, 'button[type="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => deepActiveElement()?.classList.contains('ct-error-summary'), 'the error summary is focused');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('href')).to.equal('#accessNeeds');
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()?.id, 'focused after following the link').to.equal('an-other');
  });
});
