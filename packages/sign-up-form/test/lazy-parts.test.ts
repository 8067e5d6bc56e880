/**
 * The parts of the form fetched on demand (the equality step and the email typo check): each is asked
 * for only when the page may need it, works in English and Welsh and with the keyboard, and a part
 * that cannot be fetched never costs a sign-up.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pendingSubmissions } from '@ctkit/core/storage';
import type { SignUpPayload } from '@ctkit/core';
import '@ctkit/sign-up-form';
import { SignUpSubmitEvent, type CtSignUpForm } from '@ctkit/sign-up-form';
import { lazyParts } from '../src/sign-up-form.parts.js';
import { $, api, deepActiveElement, fillValid, pressSubmit, reset, waitForState } from './helpers.js';
import { swapConsoleWarn, waitFor } from '../../../tests/support/helpers.js';

type Part = keyof typeof lazyParts;
const loaders = { ...lazyParts };
let asked: Part[] = [];

/** Records which parts the form asks for (the real loaders still run, unless a test replaces one). */
function spyOnParts(): void {
  asked = [];
  for (const part of Object.keys(loaders) as Part[]) {
    const load = loaders[part];
    (lazyParts as Record<Part, () => Promise<unknown>>)[part] = () => {
      asked.push(part);
      return load();
    };
  }
}

function hostHandles(el: CtSignUpForm): SignUpPayload[] {
  const seen: SignUpPayload[] = [];
  el.addEventListener('ct-submit', (e) => {
    if (!(e instanceof SignUpSubmitEvent)) return;
    seen.push(e.detail);
    e.preventDefault();
    e.respondWith({ status: 'subscribed' });
  });
  return seen;
}

describe('ct-sign-up-form: parts fetched on demand', () => {
  beforeEach(async () => {
    await reset();
    spyOnParts();
  });
  afterEach(() => {
    Object.assign(lazyParts, loaders);
    pendingSubmissions().stop();
  });

  it('asks for nothing more on first render; for the typo check once the person starts; never for an unasked equality step', async () => {
    const el = await fixture<CtSignUpForm>(
      html`<ct-sign-up-form action=${api('/ok')} fields="name" privacy-url="/p"></ct-sign-up-form>`,
    );
    expect(asked).to.deep.equal([]);
    $(el, '#name').focus();
    await waitFor(() => asked.includes('typo'), 'fetched when focus entered the form');
    await fillValid(el);
    await pressSubmit(el);
    await waitForState(el, 'subscribed');
    expect(asked).to.deep.equal(['typo']); // once, and never the equality step
  });

  it('shows the typo suggestion for prefilled answers once the check arrives', async () => {
    const el = await fixture<CtSignUpForm>(html`<ct-sign-up-form privacy-url="/p"></ct-sign-up-form>`);
    el.answers = { email: 'sam@gmial.com' };
    await el.updateComplete;
    expect(asked).to.include('typo');
    expect($(el, '#email-suggestion').textContent).to.contain('sam@gmail.com');
  });

  it('draws the equality step in Welsh from its first render (no English flash), in Welsh words', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'cy';
    const el = document.createElement('ct-sign-up-form');
    el.setAttribute('fields', 'equality');
    el.setAttribute('privacy-url', '/p');
    wrapper.append(el);
    const texts: string[] = [];
    document.body.append(wrapper);
    const observer = new MutationObserver(() => texts.push(el.shadowRoot!.textContent));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    try {
      await el.updateComplete;
      expect(asked).to.include('equality');
      expect($(el, '#equality-heading').textContent.trim()).to.equal('Monitro cydraddoldeb');
      expect($(el, 'label[for="equality-ageGroup-prefer-not-to-say"]').textContent.trim()).to.equal(
        'Mae’n well gennyf beidio â dweud',
      );
      expect($(el, 'fieldset:has(#equality-gender) legend').textContent).to.contain('Beth yw eich rhywedd?');
      expect(texts.length).to.be.greaterThan(0);
      for (const text of texts) {
        expect(text).not.to.contain('Equality monitoring');
        expect(text).not.to.contain('Prefer not to say');
        expect(text).not.to.contain('Join our mailing list');
      }
    } finally {
      observer.disconnect();
      wrapper.remove();
    }
  });

  it('the equality step is reached with Tab and answered with arrow keys, in Welsh, and its answers are sent', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="cy"><ct-sign-up-form fields="equality" privacy-url="/p"></ct-sign-up-form></div>`,
    );
    const el = wrapper.querySelector('ct-sign-up-form')!;
    const seen = hostHandles(el);
    $(el, '#email').focus();
    await sendKeys({ type: 'sam@example.org' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#equality-ageGroup'));
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal($(el, '#equality-ageGroup-18-24'));
    expect(el.answers.equality.ageGroup).to.equal('18-24');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#equality-disability'));
    await sendKeys({ press: ' ' });
    expect(el.answers.equality.disability).to.equal('yes');
    $(el, '#consent').click();
    await el.updateComplete;
    await el.submit();
    expect(seen[0]!.equality).to.deep.equal({ ageGroup: '18-24', disability: 'yes' });
    expect(seen[0]!.locale).to.equal('cy');
  });

  it('an equality step that cannot be fetched is left out with a warning; the rest of the form still sends', async () => {
    lazyParts.equality = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const swap = swapConsoleWarn();
    const warnings = swap.texts;
    try {
      const el = await fixture<CtSignUpForm>(
        html`<ct-sign-up-form fields="name equality" privacy-url="/p"></ct-sign-up-form>`,
      );
      expect(el.shadowRoot!.querySelector('section[part="equality"]')).to.equal(null);
      expect(warnings.some((w) => w.includes('could not load equality'))).to.equal(true);
      const seen = hostHandles(el);
      await fillValid(el);
      await el.submit();
      expect(seen[0]!.email).to.equal('sam@example.org');
      expect(seen[0]!.equality).to.equal(undefined);
      await expect(el).to.be.accessible();
    } finally {
      swap.restore();
    }
  });
});
