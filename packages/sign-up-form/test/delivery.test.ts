/**
 * Delivery against a real HTTP endpoint on loopback (test/middleware.mjs on the test server), with
 * the browser's own fetch: success, 5xx then success, offline → queued → delivered on `online`,
 * reload while queued, 422 field errors, 429, 413, timeouts and double clicks.
 */
import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { getAnnouncer } from '@ctkit/core';
import { pendingSubmissions } from '@ctkit/core/storage';
import '@ctkit/sign-up-form';
import type { CtSignUpForm, SignUpErrorDetail } from '@ctkit/sign-up-form';
import {
  $,
  api,
  deepActiveElement,
  fillValid,
  pressSubmit,
  reset,
  serverLog,
  storedQueue,
  typeInto,
  waitForState,
} from './helpers.js';
import { waitFor } from '../../../tests/support/helpers.js';

const form = (scenario: string, extra = '') =>
  fixture<CtSignUpForm>(
    html`<ct-sign-up-form action=${api(`/${scenario}`)} fields=${extra} org-name="CTN" privacy-url="/privacy"></ct-sign-up-form>`,
  );

describe('ct-sign-up-form delivery (loopback HTTP)', () => {
  beforeEach(reset);
  afterEach(() => {
    pendingSubmissions().stop();
  });

  it('POSTs JSON with an Idempotency-Key equal to the submissionId, and shows a focused confirmation', async () => {
    const el = await form('ok', 'name');
    await typeInto(el, 'name', 'Sam');
    await fillValid(el);
    const success = oneEvent(el, 'ct-success');
    await pressSubmit(el);
    const { detail } = (await success) as CustomEvent<{ status: string }>;
    expect(detail.status).to.equal('subscribed');
    await elementUpdated(el);
    const log = await serverLog();
    expect(log.attempts).to.have.length(1);
    const [attempt] = log.attempts;
    expect(attempt!.contentType).to.equal('application/json');
    expect(attempt!.key).to.equal(attempt!.body.submissionId);
    expect(attempt!.body).to.deep.include({ email: 'sam@example.org', name: 'Sam', list: 'newsletter' });
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    expect(deepActiveElement()).to.equal($(el, '.ct-notification'));
    expect($(el, '.ct-notification__heading').textContent.trim()).to.equal('You’ve signed up');
    expect(storedQueue()).to.deep.equal([]); // nothing left in the browser
  });

  it('says "check your inbox" when the receiver answers pending-confirmation', async () => {
    const el = await form('pending');
    await fillValid(el);
    await pressSubmit(el);
    await waitForState(el, 'pending-confirmation');
    expect($(el, '.ct-notification__heading').textContent.trim()).to.equal('Check your inbox to confirm');
  });

  it('is busy while sending, and a double click sends once', async () => {
    const el = await form('slow');
    await fillValid(el);
    const button = $<HTMLButtonElement>(el, 'button[type="submit"]');
    button.click();
    button.click();
    await elementUpdated(el);
    expect(el.state).to.equal('submitting');
    const busy = $<HTMLButtonElement>(el, 'button[type="submit"]');
    expect(busy.getAttribute('aria-disabled')).to.equal('true');
    expect(busy.textContent.trim()).to.equal('Sending your sign-up');
    busy.click();
    await waitForState(el, 'subscribed');
    expect((await serverLog()).attempts).to.have.length(1);
  });

  it('5xx then success: saved, retried with the same key, stored exactly once, then deleted from the browser', async () => {
    const el = await form('5xx-then-ok');
    await fillValid(el);
    const queued = oneEvent(el, 'ct-queued');
    await pressSubmit(el);
    await queued;
    await waitForState(el, 'queued');
    expect(deepActiveElement()).to.equal($(el, '.ct-notification'));
    expect($(el, '.ct-notification').textContent).to.contain('saved and will be sent automatically');
    expect(storedQueue()).to.have.length(1);
    window.dispatchEvent(new Event('online'));
    await waitForState(el, 'subscribed', 'delivered on retry');
    const log = await serverLog();
    expect(log.attempts.map((a) => a.key)).to.have.length(2);
    expect(log.attempts[0]!.key).to.equal(log.attempts[1]!.key);
    expect(log.attempts[0]!.body.submissionId).to.equal(log.attempts[1]!.body.submissionId);
    expect(log.records).to.have.length(1);
    expect(storedQueue()).to.deep.equal([]);
    expect($(el, '.ct-notification').textContent).to.contain('Your saved sign-up has now been sent.');
    await waitFor(() => getAnnouncer().text().includes('Your saved sign-up has now been sent.'), 'announced');
  });

  it('offline: the network fails, the sign-up is queued, and delivered after the online event', async () => {
    await fetch(api('/network/down'), { method: 'PUT' });
    const el = await form('flaky-network');
    await fillValid(el);
    await pressSubmit(el);
    await waitForState(el, 'queued');
    expect(storedQueue()).to.have.length(1);
    expect((await serverLog()).records).to.have.length(0);
    await fetch(api('/network/up'), { method: 'PUT' });
    window.dispatchEvent(new Event('online'));
    await waitForState(el, 'subscribed', 'delivered after online');
    const log = await serverLog();
    expect(log.records).to.have.length(1);
    expect(log.records[0]!.body.email).to.equal('sam@example.org');
    expect(storedQueue()).to.deep.equal([]);
  });

  it('a refused connection (nothing listening) is queued too, and the answers are never lost', async () => {
    // Port 9 on loopback: closed, so the connection is refused at once.
    const el = await fixture<CtSignUpForm>(
      html`<ct-sign-up-form action="http://127.0.0.1:9/sign-ups" privacy-url="/p"></ct-sign-up-form>`,
    );
    await fillValid(el);
    const queued = oneEvent(el, 'ct-queued');
    await pressSubmit(el);
    expect(((await queued) as CustomEvent<{ reason: string }>).detail.reason).to.equal('network');
    const [item] = storedQueue();
    expect(item!.url).to.equal('http://127.0.0.1:9/sign-ups');
    expect((item!.body as { email: string }).email).to.equal('sam@example.org');
  });

  it('reload while queued: the next page load delivers it, once', async () => {
    await fetch(api('/network/down'), { method: 'PUT' });
    const first = await form('flaky-network');
    await fillValid(first);
    await pressSubmit(first);
    await waitForState(first, 'queued');
    // The page goes away; the network comes back; a new page (a fresh queue) loads a widget.
    first.remove();
    pendingSubmissions().stop();
    await fetch(api('/network/up'), { method: 'PUT' });
    const second = await form('ok');
    await waitFor(() => storedQueue().length === 0, 'drained on the next page load');
    expect(second.state).to.equal('form'); // the new page's form is untouched
    // A third page load and an online event send nothing more.
    pendingSubmissions().stop();
    await form('ok');
    window.dispatchEvent(new Event('online'));
    await elementUpdated(second);
    const log = await serverLog();
    expect(log.records).to.have.length(1);
    // Chromium may itself resend a request whose reused connection was reset, so the failed attempts
    // are counted as "at least one"; what matters is one delivery, with one key throughout.
    const tries = log.attempts.filter((a) => a.scenario === 'flaky-network');
    expect(tries.filter((a) => a.dropped).length).to.be.greaterThan(0);
    expect(tries.filter((a) => !a.dropped)).to.have.length(1);
    expect(new Set(tries.map((a) => a.key)).size).to.equal(1);
  });

  it('behind a captive portal (a redirect to a login page that answers 200) the sign-up is saved, not taken as sent', async () => {
    const el = await form('portal');
    await fillValid(el);
    const queued = oneEvent(el, 'ct-queued');
    await pressSubmit(el);
    expect(((await queued) as CustomEvent<{ reason: string }>).detail.reason).to.equal('not-receiver');
    await waitForState(el, 'queued');
    expect($(el, '.ct-notification__heading').textContent.trim()).to.equal(
      'Your sign-up is saved and will be sent automatically',
    );
    expect(storedQueue()).to.have.length(1);
  });

  it('a retry answered by a firewall’s page (403, not JSON) keeps the sign-up saved, and the form says so still', async () => {
    const el = await fixture<CtSignUpForm>(
      html`<ct-sign-up-form action="http://127.0.0.1:9/sign-ups" privacy-url="/p"></ct-sign-up-form>`,
    );
    await fillValid(el);
    await pressSubmit(el);
    await waitForState(el, 'queued');
    // The retry now meets a firewall instead of the receiver.
    const [item] = storedQueue();
    pendingSubmissions().save({ ...item!, url: `${location.origin}/test-api/queue/html403` });
    const errors: unknown[] = [];
    el.addEventListener('ct-error', (e) => errors.push((e as CustomEvent).detail));
    await pendingSubmissions().drain({ all: true });
    await elementUpdated(el);
    expect(el.state).to.equal('queued');
    expect(errors).to.deep.equal([]);
    expect(storedQueue()).to.have.length(1);
  });

  it('a timeout counts as a failure: the sign-up is queued', async () => {
    const el = await form('slow');
    el.timeout = 200;
    await fillValid(el);
    const queued = oneEvent(el, 'ct-queued');
    await pressSubmit(el);
    expect(((await queued) as CustomEvent<{ reason: string }>).detail.reason).to.equal('timeout');
  });

  it('422: the receiver’s field errors are shown on the fields and in the summary, like local ones', async () => {
    const el = await form('422', 'name');
    await typeInto(el, 'name', 'Sam');
    await fillValid(el);
    const error = oneEvent(el, 'ct-error');
    await pressSubmit(el);
    const { detail } = (await error) as CustomEvent<SignUpErrorDetail>;
    expect(detail).to.deep.include({ reason: 'rejected', status: 422 });
    await elementUpdated(el);
    expect(el.state).to.equal('form');
    const summary = $(el, '.ct-error-summary');
    expect(deepActiveElement()).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#name', '#email']);
    expect($(el, '#email-error').textContent).to.contain('This email address cannot receive messages');
    expect($(el, '#email').getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLInputElement>(el, '#email').value).to.equal('sam@example.org');
    expect(storedQueue()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('429: a plain message saying when to try again; the answers stay and nothing is retried behind the person’s back', async () => {
    const el = await form('429');
    await fillValid(el);
    const error = oneEvent(el, 'ct-error');
    await pressSubmit(el);
    expect(((await error) as CustomEvent<SignUpErrorDetail>).detail).to.deep.include({
      reason: 'rate-limited',
      retryAfterMs: 120_000,
    });
    await elementUpdated(el);
    expect($(el, '.ct-sign-up__notice').textContent).to.contain('try again in 2 minutes');
    expect(deepActiveElement()).to.equal($(el, '.ct-sign-up__notice .ct-notification'));
    expect($<HTMLInputElement>(el, '#email').value).to.equal('sam@example.org');
    expect(storedQueue()).to.deep.equal([]);
  });

  it('413: says it could not be sent, keeps the answers, does not queue', async () => {
    const el = await form('413');
    await fillValid(el);
    await pressSubmit(el);
    await waitFor(() => el.shadowRoot!.querySelector('.ct-sign-up__notice'), 'notice shown');
    expect($(el, '.ct-sign-up__notice').textContent).to.contain('Your sign-up could not be sent');
    expect(storedQueue()).to.deep.equal([]);
    expect($<HTMLInputElement>(el, '#consent').checked).to.be.true;
  });
});
