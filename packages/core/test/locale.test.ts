import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { announce, coreMessages, getAnnouncer, plural, toLocale } from '@ctkit/core';
import type { TestHost } from './helpers.js';
import './helpers.js';

describe('localisation', () => {
  it('follows the element, then the nearest ancestor across shadow roots, then the document', async () => {
    const outer = await fixture<TestHost>(html`<div lang="cy"><ct-test-host></ct-test-host></div>`);
    const host = outer.querySelector('ct-test-host')!;
    expect(host.locale).to.equal('cy');

    // A widget inside another widget's shadow root follows the outer widget's language.
    host.template = () => html`<ct-test-host id="inner"></ct-test-host>`;
    await host.updateComplete;
    const inner = host.shadowRoot!.getElementById('inner') as TestHost;
    expect(inner.locale).to.equal('cy');

    const own = await fixture<TestHost>(html`<div lang="cy"><ct-test-host lang="en-GB"></ct-test-host></div>`);
    expect(own.querySelector('ct-test-host')!.locale).to.equal('en');
  });

  it('re-renders when a lang attribute changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><ct-test-host></ct-test-host></div>`);
    const host = wrapper.querySelector('ct-test-host')!;
    host.template = (locale) => html`<p>${coreMessages[locale].errorSummaryTitle}</p>`;
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.include('There is a problem');
    wrapper.lang = 'cy';
    await waitUntil(() => host.shadowRoot!.textContent.includes('Mae problem wedi codi'));
  });

  it('maps language tags to the locales we have', () => {
    expect(toLocale('cy-GB')).to.equal('cy');
    expect(toLocale('CY')).to.equal('cy');
    expect(toLocale('en-US')).to.equal('en');
    expect(toLocale('')).to.equal('en');
    expect(toLocale(undefined)).to.equal('en');
  });

  it('uses the Welsh plural forms from Intl.PluralRules', () => {
    const forms = { zero: 'dim {count}', one: 'un {count}', two: 'dau {count}', few: 'ychydig {count}', many: 'llawer {count}', other: 'arall {count}' };
    expect([0, 1, 2, 3, 6, 7].map((n) => plural('cy', n, forms))).to.deep.equal(['dim 0', 'un 1', 'dau 2', 'ychydig 3', 'llawer 6', 'arall 7']);
    expect(plural('en', 1234, { one: '{count} member', other: '{count} members' })).to.equal('1,234 members');
  });

  it('has every core message in Welsh', () => {
    for (const key of Object.keys(coreMessages.en)) {
      expect(coreMessages.cy, key).to.have.property(key);
      expect(String((coreMessages.cy as Record<string, unknown>)[key]), key).to.not.equal('');
    }
  });
});

describe('announcer', () => {
  it('speaks through one live region for the page, in the widget’s language', async () => {
    await announce('3 results', { lang: 'en' });
    await announce('Wedi’i gadw', { politeness: 'assertive', lang: 'cy' });
    const announcer = getAnnouncer();
    expect(document.querySelectorAll('ct-announcer')).to.have.length(1);
    expect(announcer.text('polite')).to.equal('3 results');
    expect(announcer.text('assertive')).to.equal('Wedi’i gadw');
    const span = announcer.shadowRoot!.querySelector('[aria-live="assertive"] span')!;
    expect(span.getAttribute('lang')).to.equal('cy');
    expect(announcer.shadowRoot!.querySelector('[aria-live="polite"]')!.getAttribute('aria-atomic')).to.equal('true');
  });
});
