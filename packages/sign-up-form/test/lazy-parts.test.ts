/**
 * The parts of the form fetched on demand (equality step, email typo check, retry queue): each is
 * asked for only when the page may need it, works in English and Welsh and with the keyboard, and a
 * part that cannot be fetched never costs a sign-up.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pendingSubmissions } from '@ctkit/core/storage';
import type { SignUpPayload } from '@ctkit/core';
import '@ctkit/sign-up-form';
import { SignUpSubmitEvent, type CtSignUpForm } from '@ctkit/sign-up-form';
import { lazyParts } from '../src/sign-up-form.js';
import { $, api, deepActiveElement, fillValid, pressSubmit, reset, serverLog, storedQueue, waitForState } from './helpers.js';

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

  it('asks for nothing more on first render; for the queue and the typo check once the person starts; never for an unasked equality step', async () => {
    const el = await fixture<CtSignUpForm>(html`<ct-sign-up-form action=${api('/ok')} fields="name" privacy-url="/p"></ct-sign-up-form>`);
    expect(asked).to.deep.equal([]);
    $(el, '#name').focus();
    await waitUntil(() => asked.includes('queue') && asked.includes('typo'), 'fetched when focus entered the form');
    await fillValid(el);
    await pressSubmit(el);
    await waitForState(el, 'subscribed');
    expect(asked).not.to.include('equality');
    expect(asked.filter((p) => p === 'queue')).to.have.length(1); // fetched once, reused on submit
  });

  it('fetches the queue at once when an earlier page left a sign-up in it, and delivers it untouched', async () => {
    const queue = pendingSubmissions();
    const id = 'earlier-page-sign-up-0001';
    queue.save({ id, url: new URL(api('/ok'), location.href).href, body: { submissionId: id, email: 'earlier@example.org' }, attempts: 1, nextAttemptAt: Date.now() + 60_000, createdAt: Date.now() });
    queue.stop(); // a new page: nothing is running yet
    const el = await fixture<CtSignUpForm>(html`<ct-sign-up-form action=${api('/ok')} privacy-url="/p"></ct-sign-up-form>`);
    expect(asked).to.include('queue');
    await waitUntil(() => storedQueue().length === 0, 'delivered on load');
    const { records } = await serverLog();
    expect(records.map((r) => r.key)).to.deep.equal([id]);
    expect(el.state).to.equal('form');
  });

  it('keeps the sign-up when even the queue’s code cannot be fetched, and sends it when back online', async () => {
    lazyParts.queue = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await fixture<CtSignUpForm>(html`<ct-sign-up-form action=${api('/ok')} privacy-url="/p"></ct-sign-up-form>`);
    await fillValid(el);
    const queued = oneEvent(el, 'ct-queued');
    await pressSubmit(el);
    const { detail } = (await queued) as CustomEvent<{ payload: SignUpPayload; reason: string }>;
    expect(detail.reason).to.equal('network');
    await waitForState(el, 'queued');
    expect(deepActiveElement()).to.equal($(el, '.ct-notification'));
    // Stored in the queue's own format, so the queue can send it on any later page.
    const [item] = JSON.parse(localStorage.getItem('ctkit:pending-submissions')!) as { id: string; url: string; body: SignUpPayload; attempts: number }[];
    expect(item!.id).to.equal(detail.payload.submissionId);
    expect(item!.url).to.equal(new URL(api('/ok'), location.href).href);
    expect(item!.body.email).to.equal('sam@example.org');
    expect(item!.attempts).to.equal(0);
    expect((await serverLog()).attempts).to.have.length(0);
    // Back online, the code arrives and the queue sends it, once, with its id as the Idempotency-Key.
    Object.assign(lazyParts, loaders);
    window.dispatchEvent(new Event('online'));
    await waitForState(el, 'subscribed', 'delivered after online');
    const { records } = await serverLog();
    expect(records.map((r) => r.key)).to.deep.equal([item!.id]);
    expect(storedQueue()).to.deep.equal([]);
    expect($(el, '.ct-notification').textContent).to.contain('Your saved sign-up has now been sent.');
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
      expect($(el, 'label[for="equality-ageGroup-prefer-not-to-say"]').textContent.trim()).to.equal('Mae’n well gennyf beidio â dweud');
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
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><ct-sign-up-form fields="equality" privacy-url="/p"></ct-sign-up-form></div>`);
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
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args.map(String).join(' ')); };
    try {
      const el = await fixture<CtSignUpForm>(html`<ct-sign-up-form fields="name equality" privacy-url="/p"></ct-sign-up-form>`);
      expect(el.shadowRoot!.querySelector('section[part="equality"]')).to.equal(null);
      expect(warnings.some((w) => w.includes('could not load equality'))).to.equal(true);
      const seen = hostHandles(el);
      await fillValid(el);
      await el.submit();
      expect(seen[0]!.email).to.equal('sam@example.org');
      expect(seen[0]!.equality).to.equal(undefined);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });
});
