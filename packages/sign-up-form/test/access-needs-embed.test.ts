/**
 * `fields="access-needs"` embeds `<ct-access-needs>` (built in packages/access-needs, registered by the
 * embed bundle). This page defines a tiny stand-in with the same contract — `.value` of
 * `{ needs, other?, contact? }`, `name`, input/change events — to prove the form sends it as its own
 * `accessNeeds` object. When the real element is on the page, the stand-in is not defined.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@ctkit/sign-up-form';
import { SignUpSubmitEvent, type CtSignUpForm } from '@ctkit/sign-up-form';
import type { SignUpPayload } from '@ctkit/core';
import { $, fillValid, reset } from './helpers.js';

class StandInAccessNeeds extends HTMLElement {
  value: { needs: string[]; other?: string; contact?: boolean } = { needs: [] };
}
if (!customElements.get('ct-access-needs')) customElements.define('ct-access-needs', StandInAccessNeeds);

describe('ct-sign-up-form with ct-access-needs', () => {
  beforeEach(reset);

  it('renders ct-access-needs for an event and sends its value as a separate accessNeeds object', async () => {
    const el = await fixture<CtSignUpForm>(
      html`<ct-sign-up-form event-id="launch" event-name="Launch" privacy-url="/p"></ct-sign-up-form>`,
    );
    const needs = $<HTMLElement & { value: unknown }>(el, 'ct-access-needs');
    expect(needs.getAttribute('name')).to.equal('accessNeeds');
    expect(needs.id).to.equal('accessNeeds');
    needs.value = { needs: ['step-free-route', 'something-else'], other: 'A quiet room', contact: true };
    needs.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    const seen: SignUpPayload[] = [];
    el.addEventListener('ct-submit', (e) => {
      if (!(e instanceof SignUpSubmitEvent)) return;
      seen.push(e.detail);
      e.preventDefault();
    });
    await fillValid(el);
    await el.submit();
    expect(seen[0]!.accessNeeds).to.deep.equal({
      needs: ['step-free-route', 'something-else'],
      other: 'A quiet room',
      contact: true,
    });
    expect(seen[0]!.eventId).to.equal('launch');
  });

  it('leaves accessNeeds out when nothing was chosen', async () => {
    const el = await fixture<CtSignUpForm>(
      html`<ct-sign-up-form fields="access-needs" privacy-url="/p"></ct-sign-up-form>`,
    );
    const seen: SignUpPayload[] = [];
    el.addEventListener('ct-submit', (e) => {
      if (!(e instanceof SignUpSubmitEvent)) return;
      seen.push(e.detail);
      e.preventDefault();
    });
    await fillValid(el);
    await el.submit();
    expect(seen[0]).to.not.have.property('accessNeeds');
  });
});
