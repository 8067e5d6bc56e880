/** Keyboard only: complete and submit the form, and fix errors from the error summary. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pendingSubmissions } from '@ctkit/core/storage';
import '@ctkit/sign-up-form';
import type { CtSignUpForm } from '@ctkit/sign-up-form';
import { $, api, deepActiveElement, reset, serverLog, waitForState } from './helpers.js';

/** Shift+Tab, sent in three steps: puppeteer's Firefox rejects the combined "Shift+Tab" key. */
async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

async function mount(): Promise<{ el: CtSignUpForm; before: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button id="before">Before</button>
    <ct-sign-up-form action=${api('/ok')} fields="name region" org-name="CTN" privacy-url="/privacy"></ct-sign-up-form>
  </div>`);
  return { el: wrapper.querySelector('ct-sign-up-form')!, before: wrapper.querySelector('button')! };
}

describe('ct-sign-up-form with the keyboard only', () => {
  beforeEach(reset);
  afterEach(() => {
    pendingSubmissions().stop();
  });

  it('completes and submits the form', async () => {
    const { el, before } = await mount();
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#name'));
    await sendKeys({ type: 'Sam Jones' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#email'));
    await sendKeys({ type: 'sam@example.org' });
    // Region: Tab enters the radio group, arrows choose.
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#region'));
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal($(el, '#region-north-west'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.equal('CTN privacy notice (opens in a new tab)'); // the privacy link in the consent hint
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#consent'));
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' }); // the honeypot is skipped (tabindex=-1)
    expect(deepActiveElement()).to.equal($(el, 'button[type="submit"]'));
    await sendKeys({ press: 'Enter' });
    await waitForState(el, 'subscribed');
    expect(deepActiveElement()).to.equal($(el, '.ct-notification'));
    const [record] = (await serverLog()).records;
    expect(record!.body).to.deep.include({ name: 'Sam Jones', email: 'sam@example.org', region: 'north-west' });
  });

  it('fixes errors from the error summary', async () => {
    const { el, before } = await mount();
    before.focus();
    // Straight to the button and submit the empty form.
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, 'button[type="submit"]'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const summary = $(el, '.ct-error-summary');
    expect(deepActiveElement()).to.equal(summary);
    // The second error: consent. Follow its link, tick the box.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('href')).to.equal('#consent');
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal($(el, '#consent'));
    await sendKeys({ press: ' ' });
    // Back to the summary's first link (email) and follow it.
    for (let i = 0; i < 30 && deepActiveElement()?.getAttribute('href') !== '#email'; i++) await shiftTab();
    expect(deepActiveElement()?.getAttribute('href')).to.equal('#email');
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal($(el, '#email'));
    await sendKeys({ type: 'sam@example.org' });
    await sendKeys({ press: 'Enter' }); // Enter in a text field submits the form
    await waitForState(el, 'subscribed');
    expect((await serverLog()).records).to.have.length(1);
  });
});
