/**
 * The event widgets as a partner embeds them: the built bundle (`npm test` builds it first) and the
 * documented snippets (packages/embed/snippets/event-*.html), on a page with a strict Content Security
 * Policy and Trusted Types. The .ics download (a Blob URL) and the lazily loaded iCalendar chunk must work
 * there too.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { axeRunOptions } from '../../../.storybook/axe-options.js';
import { deepActive, openPage, widgetsReady } from '../../../tests/embedding/support.js';
import { waitFor } from '../../../tests/support/helpers.js';

/** The href of the next link activated in `root`, without following it (a download would leave the test). */
function nextActivation(root: ShadowRoot): Promise<string> {
  return new Promise((resolve) => {
    root.addEventListener(
      'click',
      (e) => {
        const link = e.composedPath().find((n): n is HTMLAnchorElement => (n as Element).localName === 'a');
        if (!link) return;
        e.preventDefault();
        resolve(link.href);
      },
      { once: true, capture: true },
    );
  });
}

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
    expect(card.shadowRoot!.querySelector('.ct-event-card__name')?.textContent).to.include('Launch event');

    await waitFor(() => list.shadowRoot!.querySelector('ct-event-card'), 'the list loads its feed');

    const details = card.shadowRoot!.querySelector('details')!;
    details.open = true;
    await waitFor(
      () => card.shadowRoot!.querySelector<HTMLAnchorElement>('a[data-calendar="ics"]'),
      'the calendar links appear',
    );
    const ics = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[data-calendar="ics"]')!;
    expect(ics.href.startsWith('blob:')).to.be.true;
    // Read from the test page (same origin, no CSP): the partner page's connect-src rightly has no blob:,
    // and a download link is not a fetch.
    expect(await (await fetch(ics.href)).text()).to.include('BEGIN:VEVENT');

    // Switch the list to an iCalendar feed: ical.js arrives as a lazy chunk of the bundle.
    list.setAttribute('src', '/fixtures/events.ics');
    await waitFor(
      () =>
        [...list.shadowRoot!.querySelectorAll('ct-event-card')].some((c) =>
          c.shadowRoot?.querySelector('.ct-event-card__name')?.textContent.includes('Cardiff winter gathering'),
        ),
      'the iCalendar feed loads',
    );
    const chunk = win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .find((n) => n.includes('chunks/event-list-ics-feed-'));
    expect(chunk, 'ical.js came as a lazy chunk').to.exist;
    expect(win.__cspViolations).to.deep.equal([]);
  });
});

describe('"Add to calendar" in the bundle under a strict CSP (it is a chunk fetched on demand)', () => {
  let frame: HTMLIFrameElement;
  afterEach(async () => {
    frame.remove();
    await resetMouse();
  });

  it('keyboard: Tab to it, Enter opens it, and the first Enter on the .ics link gets the file', async () => {
    frame = await openPage('csp');
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis & { __cspViolations: string[] };
    await widgetsReady(frame);
    const shadow = doc.querySelector('ct-event-card')!.shadowRoot!;
    expect(
      win.performance.getEntriesByType('resource').some((e) => e.name.includes('chunks/event-card-calendar-')),
      'not fetched to render',
    ).to.be.false;
    shadow.querySelector<HTMLAnchorElement>('a[data-book]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive(doc)?.localName).to.equal('summary');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => shadow.querySelector('a[data-calendar="ics"]'), 'the calendar links appear');
    await sendKeys({ press: 'Tab' });
    expect(deepActive(doc)?.getAttribute('data-calendar')).to.equal('ics');
    const activated = nextActivation(shadow);
    await sendKeys({ press: 'Enter' });
    const href = await activated;
    expect(href.startsWith('blob:'), href).to.be.true;
    expect(await (await fetch(href)).text()).to.include('BEGIN:VEVENT');
    expect(
      win.performance.getEntriesByType('resource').some((e) => e.name.includes('chunks/event-card-calendar-')),
      'fetched on demand',
    ).to.be.true;
    expect(win.__cspViolations).to.deep.equal([]);
  });

  it('pointer: the first click opens it, and the first click on the .ics link gets the file', async () => {
    frame = await openPage('csp');
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis & { __cspViolations: string[] };
    await widgetsReady(frame);
    const shadow = doc.querySelector('ct-event-card')!.shadowRoot!;
    const summary = shadow.querySelector('summary')!;
    summary.scrollIntoView({ block: 'center' });
    const at = (el: Element, dx: number): [number, number] => {
      const frameBox = frame.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return [Math.round(frameBox.left + box.left + dx), Math.round(frameBox.top + box.top + box.height / 2)];
    };
    await sendMouse({ type: 'click', position: at(summary, 10) });
    await waitFor(() => shadow.querySelector('a[data-calendar="ics"]'), 'the calendar links appear');
    const activated = nextActivation(shadow);
    await sendMouse({ type: 'click', position: at(shadow.querySelector('a[data-calendar="ics"]')!, 5) });
    const href = await activated;
    expect(href.startsWith('blob:'), href).to.be.true;
    expect(await (await fetch(href)).text()).to.include('BEGIN:VEVENT');
    expect(win.__cspViolations).to.deep.equal([]);
  });
});

describe('event card and list under hostile page CSS', () => {
  it('still pass axe (WCAG 2.2 AA) once the feed has loaded', async () => {
    const frame = await openPage('hostile');
    try {
      const doc = frame.contentDocument!;
      const win = frame.contentWindow as Window & {
        axe: { run(context: Element, options: unknown): Promise<{ violations: { id: string }[] }> };
      };
      await widgetsReady(frame);
      const list = doc.querySelector('ct-event-list')!;
      await waitFor(() => list.shadowRoot!.querySelector('ct-event-card'), 'the list loads its feed');
      await waitFor(() => 'axe' in win, 'axe is loaded');
      for (const el of [doc.querySelector('ct-event-card')!, list]) {
        const { violations } = await win.axe.run(el, axeRunOptions);
        expect(
          violations.map((v) => v.id),
          el.localName,
        ).to.deep.equal([]);
      }
    } finally {
      frame.remove();
    }
  });
});
