/**
 * End to end with the real @ctkit/receiver (packages/receiver) on loopback: the form posts across
 * origins (CORS) to the receiver, which validates with the shared schema and stores in SQLite.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { pendingSubmissions } from '@ctkit/core/storage';
import '@ctkit/sign-up-form';
import type { CtSignUpForm } from '@ctkit/sign-up-form';
import { $, RUN, fillValid, pressSubmit, reset, storedQueue, waitForState } from './helpers.js';
import { waitFor } from '../../../tests/support/helpers.js';

interface Row {
  submission_key: string;
  email: string;
  status: string;
  consent_version: string;
  consent_text: string;
  locale: string;
}

const receiver = (path = '') => `/test-api/receiver${path}?run=${RUN}`;
const rows = async (email: string): Promise<Row[]> =>
  (await (await fetch(`${receiver('/records')}&email=${encodeURIComponent(email)}`)).json()) as Row[];

async function mount(url: string, attrs = ''): Promise<CtSignUpForm> {
  const el = await fixture<CtSignUpForm>(
    html`<ct-sign-up-form action=${`${url}/api/sign-ups`} org-name="CTN" privacy-url="https://example.org/privacy" fields=${attrs}></ct-sign-up-form>`,
  );
  return el;
}

describe('ct-sign-up-form with the real receiver', () => {
  let url: string;
  beforeEach(async () => {
    await reset();
    await fetch(receiver('/up'), { method: 'PUT' });
    url = ((await (await fetch(receiver())).json()) as { url: string }).url;
  });
  afterEach(() => {
    pendingSubmissions().stop();
  });

  it('signs up: stored once, with the consent record, and the confirmation shown', async () => {
    const email = `first-${RUN}@example.org`;
    const el = await mount(url);
    await fillValid(el, email);
    await pressSubmit(el);
    await waitForState(el, 'subscribed');
    const stored = await rows(email);
    expect(stored).to.have.length(1);
    expect(stored[0]).to.deep.include({ status: 'subscribed', consent_version: '2026-11-25.2-en', locale: 'en' });
    expect(stored[0]!.consent_text).to.contain('I agree to CTN sending me emails');
  });

  it('receiver down → saved → back up and online → stored exactly once', async () => {
    const email = `down-${RUN}@example.org`;
    await fetch(receiver('/down'), { method: 'PUT' });
    const el = await mount(url);
    await fillValid(el, email);
    await pressSubmit(el);
    await waitForState(el, 'queued');
    expect(storedQueue()).to.have.length(1);
    await fetch(receiver('/up'), { method: 'PUT' });
    window.dispatchEvent(new Event('online'));
    await waitForState(el, 'subscribed', 'delivered after online');
    // Another online event and a "next page load" send nothing more, and the receiver keeps one row.
    window.dispatchEvent(new Event('online'));
    pendingSubmissions().stop();
    await mount(url);
    await waitFor(() => storedQueue().length === 0, 'queue empty');
    expect(await rows(email)).to.have.length(1);
  });

  it('the receiver’s 422 for a list it does not have is shown in its own words, with the answers kept', async () => {
    const el = await fixture<CtSignUpForm>(
      html`<ct-sign-up-form action=${`${url}/api/sign-ups`} list="no-such-list" privacy-url="/p"></ct-sign-up-form>`,
    );
    await fillValid(el, `list-${RUN}@example.org`);
    await pressSubmit(el);
    await waitFor(() => el.shadowRoot!.querySelector('.ct-sign-up__notice'), 'notice shown');
    // The receiver's own words (in the form's language), since `list` is not a question on the form.
    expect($(el, '.ct-sign-up__notice').textContent).to.contain('a mailing list that does not exist');
    expect($(el, '.ct-sign-up__notice').textContent).to.contain('Your answers are still here.');
    expect($<HTMLInputElement>(el, '#email').value).to.equal(`list-${RUN}@example.org`);
  });
});
