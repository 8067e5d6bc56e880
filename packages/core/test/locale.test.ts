import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type PropertyValues } from 'lit';
import {
  announce,
  coreMessages,
  CtElement,
  defineElement,
  defineMessages,
  getAnnouncer,
  messagesIn,
  plural,
  toLocale,
  vocabularyLabels,
} from '@ctkit/core';
import type { TestHost } from './helpers.js';
import './helpers.js';
import { swapConsoleWarn, waitFor } from '../../../tests/support/helpers.js';

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
    host.template = (locale) => html`<p>${messagesIn(coreMessages, locale).errorSummaryTitle}</p>`;
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.include('There is a problem');
    wrapper.lang = 'cy';
    await waitFor(() => host.shadowRoot!.textContent.includes('Mae problem wedi codi'), 'the Welsh arrives');
  });

  it('maps language tags to the locales we have', () => {
    expect(toLocale('cy-GB')).to.equal('cy');
    expect(toLocale('CY')).to.equal('cy');
    expect(toLocale('en-US')).to.equal('en');
    expect(toLocale('')).to.equal('en');
    expect(toLocale(undefined)).to.equal('en');
  });

  it('uses the Welsh plural forms from Intl.PluralRules', () => {
    const forms = {
      zero: 'dim {count}',
      one: 'un {count}',
      two: 'dau {count}',
      few: 'ychydig {count}',
      many: 'llawer {count}',
      other: 'arall {count}',
    };
    expect([0, 1, 2, 3, 6, 7].map((n) => plural('cy', n, forms))).to.deep.equal([
      'dim 0',
      'un 1',
      'dau 2',
      'ychydig 3',
      'llawer 6',
      'arall 7',
    ]);
    expect(plural('en', 1234, { one: '{count} member', other: '{count} members' })).to.equal('1,234 members');
  });

  it('has every core message and vocabulary name in Welsh, fetched on demand', async () => {
    const welsh = (await import('../src/localize/core-messages.cy.js')).default as Record<string, unknown>;
    for (const key of Object.keys(coreMessages.en)) {
      expect(welsh, key).to.have.property(key);
      expect(String(welsh[key]), key).to.not.equal('');
    }
    const vocabulary = (await import('../src/localize/vocabulary.cy.js')).default;
    for (const [kind, names] of Object.entries(vocabularyLabels.en)) {
      for (const value of Object.keys(names as object)) {
        const name = (vocabulary as unknown as Record<string, Record<string, string>>)[kind]?.[value];
        expect(name, `${kind}.${value}`).to.be.a('string').and.not.equal('');
      }
    }
  });
});

/** A catalogue whose Welsh arrives later, with a loader the test controls and counts. */
function lazyCatalogue(fail = false) {
  let calls = 0;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const catalogue = defineMessages({
    en: { greeting: 'Hello', count: (n: number) => `${String(n)} events` },
    cy: async () => {
      calls += 1;
      await gate;
      if (fail) throw new Error('offline');
      return { default: { greeting: 'Helo', count: (n: number) => `${String(n)} digwyddiad` } };
    },
  });
  return { catalogue, release, calls: () => calls };
}

let lazyTag = 0;
/** Defines a widget that declares `catalogue` and records the text of every render. */
function lazyWidget(catalogue: ReturnType<typeof lazyCatalogue>['catalogue']) {
  const tag = `ct-lazy-locale-${String((lazyTag += 1))}`;
  class LazyWidget extends CtElement {
    static override catalogues = [catalogue];
    renders: string[] = [];
    override render() {
      return html`<p>${this.i18n.messages(catalogue).greeting}</p>`;
    }
    protected override updated(changed: PropertyValues): void {
      super.updated(changed);
      this.renders.push(this.shadowRoot?.textContent.trim() ?? '');
    }
  }
  defineElement(tag, LazyWidget);
  return tag;
}

describe('Welsh loaded on demand', () => {
  it('renders Welsh on the first render, after the Welsh has arrived — never English first', async () => {
    const { catalogue, release, calls } = lazyCatalogue();
    const tag = lazyWidget(catalogue);
    const wrapper = document.createElement('div');
    wrapper.lang = 'cy';
    wrapper.innerHTML = `<${tag}></${tag}>`;
    document.body.append(wrapper);
    const widget = wrapper.firstElementChild as LitElement & { renders: string[] };
    await waitFor(() => calls() === 1, 'the Welsh is asked for');
    expect(widget.renders, 'nothing rendered while the Welsh is on its way').to.deep.equal([]);
    release();
    await widget.updateComplete;
    expect(widget.renders).to.deep.equal(['Helo']);
    expect(messagesIn(catalogue, 'cy').count(3)).to.equal('3 digwyddiad');
    expect(calls()).to.equal(1);
    wrapper.remove();
  });

  it('never fetches the Welsh for an English widget, and fetches it when the language changes', async () => {
    const { catalogue, release, calls } = lazyCatalogue();
    release();
    const tag = lazyWidget(catalogue);
    const wrapper = await fixture<HTMLDivElement>(`<div lang="en"><${tag}></${tag}></div>`);
    const widget = wrapper.firstElementChild as LitElement & { renders: string[] };
    await widget.updateComplete;
    expect(widget.shadowRoot!.textContent).to.include('Hello');
    expect(calls()).to.equal(0);
    wrapper.lang = 'cy';
    await waitFor(() => widget.shadowRoot!.textContent.includes('Helo'), 'the Welsh arrives');
    expect(widget.renders).to.deep.equal(['Hello', 'Helo']);
    expect(calls()).to.equal(1);
  });

  it('falls back to English, with one warning, when the Welsh cannot be fetched', async () => {
    const { catalogue, release } = lazyCatalogue(true);
    release();
    const { warnings, restore } = swapConsoleWarn();
    try {
      const tag = lazyWidget(catalogue);
      const wrapper = await fixture<HTMLDivElement>(`<div lang="cy"><${tag}></${tag}><${tag}></${tag}></div>`);
      const widgets = [...wrapper.children] as LitElement[];
      await Promise.all(widgets.map((w) => w.updateComplete));
      for (const w of widgets) expect(w.shadowRoot!.textContent).to.include('Hello');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.include('could not load the Welsh text');
    } finally {
      restore();
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
