/**
 * The event widgets as a partner embeds them: the built bundle (`npm test` builds it first) and the
 * documented snippets (packages/embed/snippets/event-*.html), on a page with a strict Content Security
 * Policy and Trusted Types. The .ics download (a Blob URL) and the lazily loaded iCalendar chunk must work
 * there too.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { axeRunOptions } from '../../../.storybook/axe-options.js';
import { openPage, widgetsReady } from '../../../tests/embedding/support.js';

describe('event card and list under a strict CSP with Trusted Types', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => {
    frame.remove();
  });

  it('render, load the feed, offer the .ics file and read an iCalendar feed without a violation', async () => {
    frame = await openPage('csp');
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis & { __cspViolations: string[] };
    await widgetsReady(frame);
    const card = doc.querySelector('ct-event-card')!;
    const list = doc.querySelector('ct-event-list')!;
    expect(card.shadowRoot!.querySelector('.name')?.textContent).to.include('Launch event');

    await waitUntil(() => list.shadowRoot!.querySelector('ct-event-card'), 'the list loads its feed', { timeout: 5000 });

    const details = card.shadowRoot!.querySelector('details')!;
    details.open = true;
    await waitUntil(() => card.shadowRoot!.querySelector<HTMLAnchorElement>('a.ics'), 'the calendar links appear');
    const ics = card.shadowRoot!.querySelector<HTMLAnchorElement>('a.ics')!;
    expect(ics.href.startsWith('blob:')).to.be.true;
    // Read from the test page (same origin, no CSP): the partner page's connect-src rightly has no blob:,
    // and a download link is not a fetch.
    expect(await (await fetch(ics.href)).text()).to.include('BEGIN:VEVENT');

    // Switch the list to an iCalendar feed: ical.js arrives as a lazy chunk of the bundle.
    list.setAttribute('src', '/fixtures/events.ics');
    await waitUntil(
      () =>
        [...list.shadowRoot!.querySelectorAll('ct-event-card')].some((c) => c.shadowRoot?.querySelector('.name')?.textContent.includes('Cardiff winter gathering')),
      'the iCalendar feed loads',
      { timeout: 5000 },
    );
    const chunk = win.performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.includes('chunks/ics-feed-'));
    expect(chunk, 'ical.js came as a lazy chunk').to.exist;
    expect(win.__cspViolations).to.deep.equal([]);
  });
});

describe('event card and list under hostile page CSS', () => {
  it('still pass axe (WCAG 2.2 AA) once the feed has loaded', async () => {
    const frame = await openPage('hostile');
    try {
      const doc = frame.contentDocument!;
      const win = frame.contentWindow as Window & { axe: { run(context: Element, options: unknown): Promise<{ violations: { id: string }[] }> } };
      await widgetsReady(frame);
      const list = doc.querySelector('ct-event-list')!;
      await waitUntil(() => list.shadowRoot!.querySelector('ct-event-card'), 'the list loads its feed', { timeout: 5000 });
      await waitUntil(() => 'axe' in win, 'axe is loaded');
      for (const el of [doc.querySelector('ct-event-card')!, list]) {
        const { violations } = await win.axe.run(el, axeRunOptions);
        expect(violations.map((v) => v.id), el.localName).to.deep.equal([]);
      }
    } finally {
      frame.remove();
    }
  });
});
