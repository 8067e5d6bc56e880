import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { getAnnouncer, signUpSchema, type SignUpPayload } from '@ctkit/core';
import '@ctkit/sign-up-form';
import { CtSignUpForm, SignUpSubmitEvent, type SignUpErrorDetail } from '@ctkit/sign-up-form';
import { suggestEmail } from '../src/email-typo.js';
import { $, click, deepActiveElement, fillValid, pressSubmit, reset, typeInto, waitForState } from './helpers.js';
import { swapConsoleWarn, waitFor } from '../../../tests/support/helpers.js';

const ALL = 'name organisation member-type community-type region experience interests access-needs equality';

/** Captures the payload and stops delivery: the host "takes over" and answers as told. */
function hostHandles(el: CtSignUpForm, status: 'subscribed' | 'pending-confirmation' = 'subscribed'): SignUpPayload[] {
  const seen: SignUpPayload[] = [];
  el.addEventListener('ct-submit', (e) => {
    if (!(e instanceof SignUpSubmitEvent)) return;
    seen.push(e.detail);
    e.preventDefault();
    e.respondWith({ status });
  });
  return seen;
}

describe('ct-sign-up-form: structure, names and roles', () => {
  beforeEach(reset);

  it('is a named form with a labelled email field set up as GOV.UK recommends, and an unticked consent box', async () => {
    const el = await fixture<CtSignUpForm>(
      html`<ct-sign-up-form org-name="Community Tech Network" privacy-url="https://example.org/privacy"></ct-sign-up-form>`,
    );
    const form = $<HTMLFormElement>(el, 'form');
    expect(form.noValidate).to.be.true;
    expect(form.getAttribute('aria-labelledby')).to.equal('ct-sign-up-heading');
    expect($(el, '#ct-sign-up-heading').tagName).to.equal('H2');
    expect($(el, '#ct-sign-up-heading').textContent.trim()).to.equal('Join our mailing list');
    const email = $<HTMLInputElement>(el, '#email');
    expect(email.type).to.equal('email');
    expect(email.autocomplete).to.equal('email');
    expect(email.getAttribute('spellcheck')).to.equal('false');
    expect(email.maxLength).to.equal(254);
    expect(email.required).to.be.false;
    expect(email.placeholder).to.equal('');
    expect($(el, 'label[for="email"]').textContent.trim()).to.equal('Email address');
    expect(email.getAttribute('aria-describedby')).to.equal('email-hint');
    const consent = $<HTMLInputElement>(el, '#consent');
    expect(consent.type).to.equal('checkbox');
    expect(consent.checked).to.be.false;
    expect($(el, 'label[for="consent"]').textContent).to.contain('I agree to Community Tech Network sending me emails');
    const consentGroup = consent.closest('fieldset')!;
    expect(consentGroup.querySelector('legend')!.textContent.trim()).to.equal('Permission to email you');
    expect(consentGroup.textContent).to.contain('unsubscribe at any time');
    const privacy = consentGroup.querySelector('a')!;
    expect(privacy.href).to.equal('https://example.org/privacy');
    // GOV.UK: the warning about the new tab is part of the link's name.
    expect(privacy.textContent).to.equal('Community Tech Network privacy notice (opens in a new tab)');
    expect(privacy.target).to.equal('_blank');
    expect($(el, 'button[type="submit"]').textContent.trim()).to.equal('Sign up');
    await expect(el).to.be.accessible();
  });

  it('shows the optional questions in page order, each a named group of native radios or checkboxes', async () => {
    const el = await fixture<CtSignUpForm>(
      html`<ct-sign-up-form fields="interests region name member-type" org-name="CTN"></ct-sign-up-form>`,
    );
    const ids = [...el.shadowRoot!.querySelectorAll('input:not([type="hidden"])')]
      .map((i) => i.id)
      .filter((id) => ['name', 'email', 'memberType', 'region', 'interests', 'consent'].includes(id));
    expect(ids).to.deep.equal(['name', 'email', 'memberType', 'region', 'interests', 'consent']);
    const region = $(el, '#region').closest('fieldset')!;
    expect(region.querySelector('legend')!.textContent.trim()).to.equal('Where are you based? (optional)');
    expect(region.querySelectorAll('input[type="radio"]').length).to.equal(13);
    expect(region.textContent).to.contain('Yorkshire and The Humber');
    expect(region.textContent).to.contain('Outside the UK');
    const member = $(el, '#memberType').closest('fieldset')!;
    expect(member.querySelectorAll('input[type="radio"]').length).to.equal(7);
    const interests = $(el, '#interests').closest('fieldset')!;
    expect(interests.querySelectorAll('input[type="checkbox"]').length).to.equal(6);
    expect(interests.getAttribute('aria-describedby')).to.equal('interests-hint');
    await expect(el).to.be.accessible();
  });

  it('warns once, naming the valid fields, about an unknown field name', async () => {
    const swap = swapConsoleWarn();
    const warnings = swap.texts;
    try {
      const el = await fixture<CtSignUpForm>(
        html`<ct-sign-up-form fields="name phone" privacy-url="/p"></ct-sign-up-form>`,
      );
      el.requestUpdate();
      await elementUpdated(el);
      expect(warnings.filter((w) => w.includes('phone'))).to.have.length(1);
      expect(warnings[0]).to.contain('Valid names: name organisation member-type');
      expect(el.shownFields).to.deep.equal(['name']);
    } finally {
      swap.restore();
    }
  });

  it('puts equality monitoring in its own optional section that says why and how answers are kept, with "Prefer not to say" everywhere', async () => {
    const el = await fixture<CtSignUpForm>(
      html`<ct-sign-up-form fields="equality" privacy-url="/p"></ct-sign-up-form>`,
    );
    const section = $(el, 'section[part="equality"]');
    expect(section.getAttribute('aria-labelledby')).to.equal('equality-heading');
    expect($(el, '#equality-heading').tagName).to.equal('H3');
    expect(section.textContent).to.contain('optional');
    expect(section.textContent).to.contain('stored apart from your contact details');
    const groups = section.querySelectorAll('fieldset');
    expect(groups.length).to.equal(7);
    for (const group of groups) {
      expect(group.querySelector('legend')!.textContent).to.contain('(optional)');
      expect(group.querySelector('input[value="prefer-not-to-say"]'), group.textContent).to.exist;
    }
    await expect(el).to.be.accessible();
  });

  it('renders in Welsh, with the vocabulary’s Welsh names', async () => {
    const el = await fixture<CtSignUpForm>(
      html`<ct-sign-up-form lang="cy" fields="region" org-name="Rhwydwaith" privacy-url="/p"></ct-sign-up-form>`,
    );
    expect($(el, '#ct-sign-up-heading').textContent.trim()).to.equal('Ymunwch â’n rhestr bostio');
    expect($(el, 'label[for="email"]').textContent.trim()).to.equal('Cyfeiriad e-bost');
    expect($(el, '#region').closest('fieldset')!.textContent).to.contain('Gogledd Iwerddon');
    await pressSubmit(el);
    expect($(el, '.ct-error-summary').textContent).to.contain('Mae problem wedi codi');
    expect($(el, '#email-error').textContent).to.contain('Gwall:');
    expect($(el, '#email-error').textContent).to.contain('Rhowch gyfeiriad e-bost');
    expect($(el, '#consent-error').textContent).to.contain('Dewiswch y blwch i gytuno i Rhwydwaith anfon e-bost atoch');
    await expect(el).to.be.accessible();
  });

  it('names the event in the heading and shows the access-needs question for an event', async () => {
    const el = await fixture<CtSignUpForm>(
      html`<ct-sign-up-form event-id="launch-2026" event-name="Network launch" privacy-url="/p"></ct-sign-up-form>`,
    );
    expect($(el, '#ct-sign-up-heading').textContent.trim()).to.equal('Register for Network launch');
    expect(el.shownFields).to.deep.equal(['access-needs']);
    // ct-access-needs is not defined in this test page: it is simply absent, and nothing breaks.
    expect(customElements.get('ct-access-needs')).to.equal(undefined);
    const seen = hostHandles(el);
    await fillValid(el);
    await el.submit();
    expect(seen[0]!.eventId).to.equal('launch-2026');
    expect(seen[0]!.accessNeeds).to.equal(undefined);
    await waitForState(el, 'subscribed');
    expect($(el, '.ct-notification__heading').textContent.trim()).to.equal('You’re registered for Network launch');
  });
});

describe('ct-sign-up-form: consent wording without org-name', () => {
  beforeEach(reset);

  it('an event form without org-name says "We will email you", not "us will email you", in English and Welsh', async () => {
    const el = await fixture<CtSignUpForm>(
      html`<ct-sign-up-form event-id="launch" event-name="Launch" privacy-url="/p"></ct-sign-up-form>`,
    );
    expect($(el, '.ct-sign-up__intro').textContent.trim()).to.equal(
      'We will email you the joining details and any changes.',
    );
    const cy = await fixture<CtSignUpForm>(
      html`<ct-sign-up-form lang="cy" event-id="launch" event-name="Launch" privacy-url="/p"></ct-sign-up-form>`,
    );
    await cy.updateComplete;
    expect($(cy, '.ct-sign-up__intro').textContent.trim()).to.equal(
      'Byddwn yn anfon y manylion ymuno ac unrhyw newidiadau atoch drwy e-bost.',
    );
    const named = await fixture<CtSignUpForm>(
      html`<ct-sign-up-form org-name="Rhwydwaith" event-id="launch" event-name="Launch" privacy-url="/p"></ct-sign-up-form>`,
    );
    expect($(named, '.ct-sign-up__intro').textContent.trim()).to.equal(
      'Rhwydwaith will email you the joining details and any changes.',
    );
  });

  it('speaks as "we" and "our privacy notice", in English and Welsh', async () => {
    const el = await fixture<CtSignUpForm>(html`<ct-sign-up-form></ct-sign-up-form>`);
    expect($(el, '#consent-hint').textContent.trim()).to.contain('Ask us how we use your information.');
    el.privacyUrl = '/p';
    await elementUpdated(el);
    expect($(el, '#consent-hint').textContent.replace(/\s+/g, ' ')).to.contain(
      'Read how we use your information in the privacy notice (opens in a new tab).',
    );
    expect($(el, '#consent-hint a').textContent).to.equal('privacy notice (opens in a new tab)');
    const cy = await fixture<CtSignUpForm>(html`<ct-sign-up-form lang="cy"></ct-sign-up-form>`);
    expect($(cy, '#consent-hint').textContent.trim()).to.contain(
      'Gofynnwch i ni sut rydym yn defnyddio eich gwybodaeth.',
    );
    cy.privacyUrl = '/p';
    await elementUpdated(cy);
    expect($(cy, '#consent-hint').textContent.replace(/\s+/g, ' ')).to.contain(
      'yn yr hysbysiad preifatrwydd (yn agor mewn tab newydd).',
    );
  });
});

describe('ct-sign-up-form: validation on submit, GOV.UK style', () => {
  beforeEach(reset);

  it('shows a focused error summary linking to each field, and each field’s message with a hidden prefix', async () => {
    const el = await fixture<CtSignUpForm>(html`<ct-sign-up-form org-name="CTN" privacy-url="/p"></ct-sign-up-form>`);
    const titleBefore = document.title;
    await pressSubmit(el);
    const summary = $(el, '.ct-error-summary');
    expect(deepActiveElement()).to.equal(summary);
    const links = [...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).to.deep.equal([
      ['#email', 'Enter an email address'],
      ['#consent', 'Select the box to agree to CTN emailing you'],
    ]);
    const email = $<HTMLInputElement>(el, '#email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.equal('email-hint email-error');
    expect($(el, '#email-error .ct-visually-hidden').textContent).to.equal('Error:');
    expect($(el, '#consent').closest('fieldset')!.getAttribute('aria-describedby')).to.contain('consent-error');
    expect(document.title).to.equal(titleBefore);
    // A summary link moves focus to its field.
    summary.querySelector<HTMLAnchorElement>('a[href="#consent"]')!.click();
    expect(deepActiveElement()).to.equal($(el, '#consent'));
    await expect(el).to.be.accessible();
  });

  it('uses GOV.UK wording for a malformed and a too-long email', async () => {
    const el = await fixture<CtSignUpForm>(html`<ct-sign-up-form privacy-url="/p"></ct-sign-up-form>`);
    await typeInto(el, 'email', 'name@example');
    await pressSubmit(el);
    expect($(el, '#email-error').textContent).to.contain(
      'Enter an email address in the correct format, like name@example.com',
    );
    // The input's maxlength stops typing at 254; a pasted or prefilled longer value still gets a message.
    el.answers = { email: `${'a'.repeat(250)}@example.org`, consent: true };
    await elementUpdated(el);
    await pressSubmit(el);
    expect($(el, '#email-error').textContent).to.contain('Email address must be 254 characters or fewer');
  });

  it('never sends an invalid form', async () => {
    const el = await fixture<CtSignUpForm>(html`<ct-sign-up-form privacy-url="/p"></ct-sign-up-form>`);
    const seen = hostHandles(el);
    await typeInto(el, 'email', 'sam@example.org');
    await pressSubmit(el);
    expect(seen).to.have.length(0);
    expect(el.state).to.equal('form');
    expect([...$(el, '.ct-error-summary').querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '#consent',
    ]);
  });

  it('holds a self-description to its limit only while "describe myself" is chosen (its box is hidden otherwise)', async () => {
    const el = await fixture<CtSignUpForm>(
      html`<ct-sign-up-form fields="equality" privacy-url="/p"></ct-sign-up-form>`,
    );
    const seen = hostHandles(el);
    await click(el, '#equality-gender-self-describe');
    await typeInto(el, 'equality-genderSelfDescribe', 'x'.repeat(101));
    await fillValid(el);
    await pressSubmit(el);
    expect(
      [...$(el, '.ct-error-summary').querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]),
    ).to.deep.equal([['#equality-genderSelfDescribe', 'Your description must be 100 characters or fewer']]);
    expect(seen).to.have.length(0);
    // They change their mind: the box hides, its text will not be sent, so it cannot hold up sending.
    await click(el, '#equality-gender');
    expect($(el, '#equality-genderSelfDescribe').closest('[hidden]'), 'the box is hidden').to.not.equal(null);
    const submitted = oneEvent(el, 'ct-success');
    await pressSubmit(el);
    await submitted;
    expect(seen).to.have.length(1);
    expect(seen[0]!.equality).to.deep.equal({ gender: 'woman' });
  });
});

describe('ct-sign-up-form: email typo suggestion', () => {
  beforeEach(reset);

  it('suggests common domains, and leaves other domains alone', () => {
    expect(suggestEmail('sam@gmial.com')).to.equal('sam@gmail.com');
    expect(suggestEmail('sam@hotmial.co.uk')).to.equal('sam@hotmail.co.uk');
    expect(suggestEmail('sam@yahoo.co.uj')).to.equal('sam@yahoo.co.uk');
    expect(suggestEmail('sam@example.con')).to.equal('sam@example.com');
    expect(suggestEmail('sam@gmail.com')).to.equal(undefined);
    expect(suggestEmail('sam@ctn.org.uk')).to.equal(undefined);
    expect(suggestEmail('sam@startup.co')).to.equal(undefined);
  });

  it('offers the suggestion after leaving the field; accepting it fixes the address, ignoring it does not block', async () => {
    const el = await fixture<CtSignUpForm>(html`<ct-sign-up-form privacy-url="/p"></ct-sign-up-form>`);
    await typeInto(el, 'email', 'sam@gmial.com');
    expect(el.shadowRoot!.querySelector('#email-suggestion')).to.equal(null); // not while typing
    $(el, '#email').dispatchEvent(new FocusEvent('blur'));
    await elementUpdated(el);
    const suggestion = $(el, '#email-suggestion');
    expect(suggestion.textContent.replace(/\s+/g, ' ').trim()).to.contain('Did you mean sam@gmail.com?');
    expect($(el, '#email').getAttribute('aria-describedby')).to.equal('email-hint email-suggestion');
    // Said aloud too: it appears after focus has left the field.
    await waitFor(() => getAnnouncer().text() === 'Did you mean sam@gmail.com?', 'suggestion announced');
    await expect(el).to.be.accessible();
    // Ignored: the form still sends what was typed.
    const seen = hostHandles(el);
    await click(el, '#consent');
    await el.submit();
    expect(seen[0]!.email).to.equal('sam@gmial.com');
  });

  it('accepting the suggestion replaces the address and returns focus to the field', async () => {
    const el = await fixture<CtSignUpForm>(html`<ct-sign-up-form privacy-url="/p"></ct-sign-up-form>`);
    await typeInto(el, 'email', 'sam@gmial.com');
    $(el, '#email').dispatchEvent(new FocusEvent('blur'));
    await elementUpdated(el);
    await click(el, '#email-suggestion button');
    expect($<HTMLInputElement>(el, '#email').value).to.equal('sam@gmail.com');
    expect(el.shadowRoot!.querySelector('#email-suggestion')).to.equal(null);
    expect(deepActiveElement()).to.equal($(el, '#email'));
  });

  it('wraps a long suggested address at 320 px instead of making the page scroll sideways (WCAG 1.4.10)', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><ct-sign-up-form privacy-url="/p"></ct-sign-up-form></div>`,
    );
    const el = wrap.querySelector<CtSignUpForm>('ct-sign-up-form')!;
    await typeInto(el, 'email', 'firstname.middlename.lastname.extra.longer@gmial.com');
    $(el, '#email').dispatchEvent(new FocusEvent('blur'));
    await elementUpdated(el);
    const use = $(el, '#email-suggestion button').getBoundingClientRect();
    expect(use.right - wrap.getBoundingClientRect().left, 'the "Use …" button ends inside 320 px').to.be.at.most(320);
  });
});

describe('ct-sign-up-form: the payload', () => {
  beforeEach(reset);

  it('carries every answer, consent with its text and version, the page, locale and spam flags — and matches the schema’s shape', async () => {
    const el = await fixture<CtSignUpForm>(
      html`<ct-sign-up-form fields=${ALL} list="community" org-name="CTN" privacy-url="https://example.org/privacy"></ct-sign-up-form>`,
    );
    const seen = hostHandles(el);
    await typeInto(el, 'name', '  Sam Jones ');
    await typeInto(el, 'organisation', 'Valleys Digital');
    await typeInto(el, 'email', ' sam@example.org ');
    await click(el, '#memberType-community-group');
    await click(el, '#communityType-both');
    await click(el, '#region-wales');
    await click(el, '#experience-some');
    await click(el, '#interests-funding-news');
    await click(el, '#interests'); // the first item: action learning sets
    await click(el, '#equality-gender-self-describe');
    await typeInto(el, 'equality-genderSelfDescribe', 'Genderfluid');
    await click(el, '#equality-disability-prefer-not-to-say');
    await click(el, '#consent');
    const submitted = oneEvent(el, 'ct-success');
    await el.submit();
    await submitted;
    const p = seen[0]!;
    expect(p.submissionId).to.match(/^[A-Za-z0-9_-]{8,64}$/);
    expect(p).to.deep.include({
      list: 'community',
      email: 'sam@example.org',
      name: 'Sam Jones',
      organisation: 'Valleys Digital',
      memberType: 'community-group',
      communityType: 'both',
      region: 'wales',
      experience: 'some',
      locale: 'en',
      pageUrl: `${location.origin}${location.pathname}`,
    });
    expect(p.interests).to.deep.equal(['action-learning-sets', 'funding-news']); // vocabulary order
    expect(p.equality).to.deep.equal({
      disability: 'prefer-not-to-say',
      gender: 'self-describe',
      genderSelfDescribe: 'Genderfluid',
    });
    expect(p.accessNeeds).to.equal(undefined); // ct-access-needs is not defined on this page
    expect(p.consent.given).to.be.true;
    expect(p.consent.text).to.contain('I agree to CTN sending me emails');
    expect(p.consent.text).to.contain('unsubscribe');
    expect(p.consent.text).to.contain('https://example.org/privacy');
    expect(p.consent.textVersion).to.equal('2026-11-25.2-en');
    expect(p.consent.privacyUrl).to.equal('https://example.org/privacy');
    expect(Date.parse(p.consent.at)).to.be.closeTo(Date.now(), 10_000);
    expect(p.flags).to.deep.equal({ honeypot: false, tooFast: true });
    // Only the schema's properties, within its limits.
    const allowed = Object.keys(signUpSchema.properties);
    for (const key of Object.keys(p)) expect(allowed, key).to.include(key);
  });

  it('flags a filled honeypot and a slow enough submission, never as an error', async () => {
    const el = await fixture<CtSignUpForm>(html`<ct-sign-up-form privacy-url="/p"></ct-sign-up-form>`);
    const seen = hostHandles(el);
    const trap = $<HTMLInputElement>(el, 'input[name="website"]');
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.closest('[aria-hidden="true"]')).to.exist;
    trap.value = 'http://spam.example';
    trap.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await fillValid(el);
    // Sent as if 2.1 s had passed: past the 2-second time trap, without waiting for the clock.
    const realNow = Date.now;
    Date.now = () => realNow() + 2100;
    try {
      await el.submit();
    } finally {
      Date.now = realNow;
    }
    expect(seen[0]!.flags).to.deep.equal({ honeypot: true, tooFast: false });
    await waitForState(el, 'subscribed');
  });

  it('does not call a quick send "too fast" when the answers were restored after a reload or set by the host', async () => {
    const first = await fixture<CtSignUpForm>(html`<ct-sign-up-form id="trap" privacy-url="/p"></ct-sign-up-form>`);
    await typeInto(first, 'email', 'quick@example.org');
    first.remove(); // a reload: the draft is in sessionStorage
    const el = await fixture<CtSignUpForm>(html`<ct-sign-up-form id="trap" privacy-url="/p"></ct-sign-up-form>`);
    expect($<HTMLInputElement>(el, '#email').value).to.equal('quick@example.org');
    const seen = hostHandles(el);
    await click(el, '#consent');
    await el.submit(); // well within 2 seconds of the form appearing
    expect(seen[0]!.flags).to.deep.equal({ honeypot: false, tooFast: false });
    const host = await fixture<CtSignUpForm>(html`<ct-sign-up-form privacy-url="/p"></ct-sign-up-form>`);
    const seenHost = hostHandles(host);
    host.answers = { email: 'prefilled@example.org', consent: true };
    await host.submit();
    expect(seenHost[0]!.flags).to.deep.equal({ honeypot: false, tooFast: false });
  });

  it('sends the locale and Welsh consent text from a Welsh form', async () => {
    const el = await fixture<CtSignUpForm>(
      html`<div lang="cy"><ct-sign-up-form org-name="Rhwydwaith" privacy-url="/p"></ct-sign-up-form></div>`,
    );
    const form = el.querySelector('ct-sign-up-form')!;
    const seen = hostHandles(form);
    await fillValid(form);
    await form.submit();
    expect(seen[0]!.locale).to.equal('cy');
    expect(seen[0]!.consent.text).to.contain('Rwy’n cytuno i Rhwydwaith');
    expect(seen[0]!.consent.textVersion).to.equal('2026-11-25.2-cy');
  });
});

describe('ct-sign-up-form: host delivery and configuration', () => {
  beforeEach(reset);

  it('lets a host take over with ct-submit and shows "check your inbox" when it says confirmation is pending', async () => {
    const el = await fixture<CtSignUpForm>(html`<ct-sign-up-form privacy-url="/p"></ct-sign-up-form>`);
    hostHandles(el, 'pending-confirmation');
    await fillValid(el);
    await el.submit();
    await waitForState(el, 'pending-confirmation');
    const panel = $(el, '.ct-notification');
    expect(deepActiveElement()).to.equal(panel);
    expect(panel.getAttribute('role')).to.equal('region');
    expect($(el, '.ct-notification__heading').textContent.trim()).to.equal('Check your inbox to confirm');
    expect(panel.textContent).to.contain('sam@example.org');
    await expect(el).to.be.accessible();
  });

  it('without an action, says plainly that the form is not set up, keeps the answers and fires ct-error', async () => {
    const el = await fixture<CtSignUpForm>(html`<ct-sign-up-form org-name="CTN" privacy-url="/p"></ct-sign-up-form>`);
    await fillValid(el);
    const error = oneEvent(el, 'ct-error');
    await el.submit();
    expect(((await error) as CustomEvent<SignUpErrorDetail>).detail.reason).to.equal('not-configured');
    await elementUpdated(el);
    expect(el.state).to.equal('form');
    const notice = $(el, '.ct-sign-up__notice');
    expect(notice.textContent).to.contain('This form is not set up to send sign-ups yet');
    expect(notice.textContent).to.contain('Contact CTN');
    expect(deepActiveElement()).to.equal($(el, '.ct-sign-up__notice .ct-notification'));
    expect($<HTMLInputElement>(el, '#email').value).to.equal('sam@example.org');
    await expect(el).to.be.accessible();
  });

  it('keeps what was typed across a reload (sessionStorage), but not consent', async () => {
    const first = await fixture<CtSignUpForm>(html`<ct-sign-up-form fields="name" privacy-url="/p"></ct-sign-up-form>`);
    await typeInto(first, 'name', 'Sam');
    await fillValid(first);
    first.remove();
    const again = await fixture<CtSignUpForm>(html`<ct-sign-up-form fields="name" privacy-url="/p"></ct-sign-up-form>`);
    expect($<HTMLInputElement>(again, '#name').value).to.equal('Sam');
    expect($<HTMLInputElement>(again, '#email').value).to.equal('sam@example.org');
    expect($<HTMLInputElement>(again, '#consent').checked).to.be.false;
    // Cleared once sent.
    hostHandles(again);
    await click(again, '#consent');
    await again.submit();
    again.remove();
    const third = await fixture<CtSignUpForm>(html`<ct-sign-up-form fields="name" privacy-url="/p"></ct-sign-up-form>`);
    expect($<HTMLInputElement>(third, '#email').value).to.equal('');
  });
});
