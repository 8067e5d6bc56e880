/**
 * A partner page served with a strict Content Security Policy and Trusted Types (STRICT_CSP in
 * tests/embedding/middleware.mjs): every widget renders, and not one violation fires. It also checks the
 * page makes no request to another origin.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage, widgetsReady } from './support.js';

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
    await new Promise((r) => setTimeout(r, 500));
    const violations = (frame.contentWindow as unknown as { __cspViolations: string[] }).__cspViolations;
    expect(violations).to.deep.equal([]);
  });

  it('makes no request to another origin', async () => {
    const win = frame.contentWindow!;
    await waitUntil(() => win.performance.getEntriesByType('resource').length > 0);
    const foreign = win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((url) => new URL(url).origin !== win.location.origin && !url.startsWith('blob:') && !url.startsWith('data:'));
    expect(foreign).to.deep.equal([]);
  });
});
