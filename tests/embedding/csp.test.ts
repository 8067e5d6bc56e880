/**
 * A partner page served with a strict Content Security Policy and Trusted Types (STRICT_CSP in
 * tests/embedding/middleware.mjs): every widget renders, and not one violation fires. It also checks the
 * page makes no request to another origin.
 */
import { expect } from '@open-wc/testing';
import { openPage, widgetsReady, widgetsSettled } from './support.js';
import { waitFor } from '../support/helpers.js';

describe('widgets under a strict Content Security Policy with Trusted Types', () => {
  let frame: HTMLIFrameElement;
  let widgets: HTMLElement[];
  before(async () => {
    frame = await openPage('csp');
    widgets = await widgetsReady(frame);
  });
  after(() => {
    frame.remove();
  });

  it('renders every widget', () => {
    expect(widgets.length).to.be.greaterThan(0);
    for (const w of widgets) expect(w.shadowRoot!.textContent.trim().length, w.localName).to.be.greaterThan(0);
  });

  it('fires no securitypolicyviolation', async () => {
    // Let lazy chunks and feeds finish first.
    await widgetsSettled(widgets);
    const violations = (frame.contentWindow as unknown as { __cspViolations: string[] }).__cspViolations;
    expect(violations).to.deep.equal([]);
  });

  it('makes no request to another origin', async () => {
    const win = frame.contentWindow!;
    await waitFor(() => win.performance.getEntriesByType('resource').length > 0, 'the page fetched something');
    const foreign = win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter(
        (url) => new URL(url).origin !== win.location.origin && !url.startsWith('blob:') && !url.startsWith('data:'),
      );
    expect(foreign).to.deep.equal([]);
  });
});

describe('a Welsh partner page under the same policy', () => {
  let frame: HTMLIFrameElement;
  let widgets: HTMLElement[];
  before(async () => {
    frame = await openPage('csp-cy');
    widgets = await widgetsReady(frame);
  });
  after(() => {
    frame.remove();
  });

  it('fetches every widget’s Welsh chunk from the bundle’s folder, without a violation, and renders Welsh', async () => {
    const win = frame.contentWindow!;
    const chunks = () =>
      win.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /\/chunks\/[\w.-]+-cy-[\w-]+\.js$/.test(n));
    const packages = [...new Set(widgets.map((w) => w.localName.replace(/^ct-/, '')))];
    await waitFor(
      () => packages.every((p) => chunks().some((c) => c.includes(`/chunks/${p}-cy-`))),
      `Welsh chunks of ${packages.join(', ')}`,
    );
    expect(
      chunks().some((c) => c.includes('/chunks/core-messages-cy-')),
      'core’s Welsh',
    ).to.be.true;
    for (const c of chunks()) expect(new URL(c).pathname.startsWith('/packages/embed/dist/chunks/'), c).to.be.true;
    await widgetsSettled(widgets);
    expect((win as unknown as { __cspViolations: string[] }).__cspViolations).to.deep.equal([]);
    const form = widgets.find((w) => w.localName === 'ct-sign-up-form')!;
    expect(form.shadowRoot!.textContent).to.contain('Cyfeiriad e-bost');
    expect(form.shadowRoot!.textContent).to.not.contain('Email address');
  });
});

describe('two copies of the bundle from different folders under the same policy', () => {
  it('throw nothing and fire no violation (the policy allows a second lit-html policy), and every widget renders', async () => {
    const frame = await openPage('csp-two-copies');
    try {
      const widgets = await widgetsReady(frame);
      const win = frame.contentWindow!;
      await waitFor(
        () =>
          win.performance
            .getEntriesByType('resource')
            .some((e) => new URL(e.name).pathname.startsWith('/embed-copy/chunks/')),
        'the second copy ran',
      );
      await widgetsSettled(widgets);
      const page = win as unknown as { __cspViolations: string[]; __pageErrors: string[] };
      expect(page.__cspViolations).to.deep.equal([]);
      expect(page.__pageErrors).to.deep.equal([]);
      for (const w of widgets) expect(w.shadowRoot!.textContent.trim().length, w.localName).to.be.greaterThan(0);
    } finally {
      frame.remove();
    }
  });
});

describe('the community map’s map and regions views under the same policy', () => {
  it('place the markers apart and fire no violation (positions go through the CSSOM, not style attributes)', async () => {
    const frame = await openPage('csp');
    try {
      const widgets = await widgetsReady(frame);
      const map = frame.contentDocument!.querySelector<HTMLElement & { view: string }>('ct-community-map')!;
      map.view = 'map';
      const markers = () => [...map.shadowRoot!.querySelectorAll<HTMLElement>('.ct-map-marker')];
      await waitFor(() => markers().length > 3, 'the markers are drawn');
      const lefts = new Set(markers().map((b) => Math.round(b.getBoundingClientRect().left)));
      const tops = new Set(markers().map((b) => Math.round(b.getBoundingClientRect().top)));
      expect(lefts.size, 'markers at different places across').to.be.greaterThan(markers().length / 2);
      expect(tops.size, 'markers at different places down').to.be.greaterThan(markers().length / 2);
      // The details popover and its pointer are placed through the CSSOM too.
      markers()[0]!.click();
      const pointer = () => map.shadowRoot!.querySelector<HTMLElement>('.ct-map-popover__pointer');
      await waitFor(() => pointer()?.style.transform, 'the details are placed, with their pointer');
      map.view = 'regions';
      await waitFor(
        () => map.shadowRoot!.querySelector('.ct-map-regions, [part="regions"]'),
        'the regions view is drawn',
      );
      await widgetsSettled(widgets);
      expect((frame.contentWindow as unknown as { __cspViolations: string[] }).__cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
