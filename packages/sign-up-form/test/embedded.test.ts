/**
 * The partner's path: the documented snippet (packages/embed/snippets/sign-up-form.html) on a page that
 * loads the built bundle (npm test builds it first) — without JavaScript, and under a strict CSP.
 */
import { expect } from '@open-wc/testing';
import { CONSENT_TEXT_VERSION, consentText, signUpFormMessages } from '@ctkit/sign-up-form';
import { openPage, widgetsReady } from '../../../tests/embedding/support.js';

describe('ct-sign-up-form embedded with the snippet', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('without JavaScript, shows the fallback form that posts urlencoded to the same action', async () => {
    frame = await openPage('plain', { scripts: false });
    const doc = frame.contentDocument!;
    const el = doc.querySelector('ct-sign-up-form')!;
    expect(el.shadowRoot).to.equal(null);
    const form = el.querySelector('form')!;
    expect(form.method).to.equal('post');
    expect(form.action).to.equal(el.getAttribute('action'));
    expect(form.enctype).to.equal('application/x-www-form-urlencoded');
    const email = form.querySelector<HTMLInputElement>('input[name="email"]')!;
    expect(email.type).to.equal('email');
    expect(doc.querySelector(`label[for="${email.id}"]`)!.textContent).to.equal('Email address');
    expect(email.getBoundingClientRect().height).to.be.greaterThan(0); // visible
    const consent = form.querySelector<HTMLInputElement>('input[name="consent"]')!;
    expect(consent.checked).to.be.false;
    expect(form.querySelector<HTMLInputElement>('input[name="website"]')!.closest('[hidden]')).to.exist;
    expect([...new FormData(form).keys()]).to.deep.equal([
      'list',
      'locale',
      'privacyUrl',
      'consentVersion',
      'consentText',
      'email',
      'website',
    ]);
    // The hidden consent text is the widget's own wording, so both paths record the same agreement.
    expect(new FormData(form).get('consentText')).to.contain('I agree to Community Tech Network sending me emails');
  });

  it('with the bundle under a strict CSP: renders, validates and shows errors with no CSP or Trusted Types violation', async () => {
    frame = await openPage('csp');
    const [widget] = (await widgetsReady(frame)).filter((w) => w.localName === 'ct-sign-up-form');
    const el = widget as HTMLElement & { submit(): Promise<void>; updateComplete: Promise<unknown> };
    // The light-DOM fallback is not rendered once the element is defined (no slot).
    expect(el.querySelector('form')!.getBoundingClientRect().height).to.equal(0);
    await el.submit();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.ct-error-summary')).to.exist;
    const violations = (frame.contentWindow as Window & { __cspViolations: string[] }).__cspViolations;
    expect(violations).to.deep.equal([]);
  });

  it('the demo page’s fallback form (npm start) records the words and version the widget records', async () => {
    const page = new DOMParser().parseFromString(
      await (await fetch('/packages/embed/demo/sign-up.html')).text(),
      'text/html',
    );
    const el = page.querySelector('ct-sign-up-form')!;
    const fallback = new FormData(el.querySelector('form')!);
    expect(fallback.get('consentText')).to.equal(
      consentText(signUpFormMessages.en, el.getAttribute('org-name') ?? '', el.getAttribute('privacy-url') ?? ''),
    );
    expect(fallback.get('consentVersion')).to.equal(`${CONSENT_TEXT_VERSION}-en`);
    expect(fallback.get('list')).to.equal(el.getAttribute('list'));
    expect(fallback.get('privacyUrl')).to.equal(el.getAttribute('privacy-url'));
  });

  it('records the same consent wording and version as the fallback form', async () => {
    frame = await openPage('plain');
    const [widget] = (await widgetsReady(frame)).filter((w) => w.localName === 'ct-sign-up-form');
    const el = widget as HTMLElement & { submit(): Promise<void>; answers: object };
    el.answers = { email: 'sam@example.org', consent: true };
    let consent: { text: string; textVersion: string } | undefined;
    el.addEventListener('ct-submit', (e) => {
      e.preventDefault(); // no network: the host takes over
      consent = (e as CustomEvent<{ consent: { text: string; textVersion: string } }>).detail.consent;
    });
    await el.submit();
    const fallback = new FormData(el.querySelector('form')!);
    expect(consent?.text).to.equal(fallback.get('consentText'));
    expect(consent?.textVersion).to.equal(fallback.get('consentVersion'));
  });
});
