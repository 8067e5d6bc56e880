/**
 * What ct-event-card fetches on demand: its Welsh strings (only for a Welsh card) and "Add to calendar"
 * (the .ics writer and the calendar links, when a reader shows interest). These tests run in a page of
 * their own, so nothing else has fetched those modules first; the order of the tests matters.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { EventInput } from '@ctkit/core';
import '../src/index.js';
import type { CtEventCard } from '../src/index.js';
import { root, waitFor } from '../../../tests/support/helpers.js';

const now = new Date('2026-11-25T09:00:00Z');
const launch: EventInput = {
  '@type': 'Event',
  '@id': 'launch-2026',
  name: 'Launch event',
  startDate: '2026-12-04T12:30:00Z',
  endDate: '2026-12-04T13:30:00Z',
  eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  location: { '@type': 'Place', name: 'Central Library' },
  url: 'https://events.example.org/launch',
  ctkit: { eventType: 'gathering' },
};

const fetched = (pattern: RegExp) =>
  performance.getEntriesByType('resource').some((e) => pattern.test(new URL(e.name).pathname));
const WELSH = /\/event-card\/src\/messages\.cy\.(js|ts)$/;
const CALENDAR = /\/event-card\/src\/calendar\.(js|ts)$/;

const card = (lang = 'en') =>
  fixture<CtEventCard>(
    html`<ct-event-card .event=${launch} .now=${now} heading-level="3" lang=${lang}></ct-event-card>`,
  );

/** The href of the next link the reader activates, without following it (a download would leave the test). */
function nextActivation(el: CtEventCard): Promise<string> {
  return new Promise((resolve) => {
    root(el).addEventListener(
      'click',
      (e) => {
        const link = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
        if (!link) return;
        e.preventDefault();
        resolve(link.href);
      },
      { once: true, capture: true },
    );
  });
}

/** The .ics text behind a Blob URL. */
const icsAt = async (href: string) => (await fetch(href)).text();

describe('ct-event-card: what it fetches on demand', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('an English card fetches neither the Welsh strings nor "Add to calendar" to render', async () => {
    const el = await card();
    await el.updateComplete;
    expect(root(el).querySelector('.ct-event-card__name')?.textContent.trim()).to.equal('Launch event');
    expect(root(el).querySelector('summary')?.textContent.trim()).to.equal('Add to calendar');
    expect(root(el).querySelector('.ct-event-card__calendar ul')).to.be.null;
    expect(fetched(WELSH), 'the Welsh strings').to.be.false;
    expect(fetched(CALENDAR), '"Add to calendar"').to.be.false;
  });

  it('keyboard: focus on "Add to calendar" fetches it; Enter opens it and the first Enter on the .ics link gets the file', async () => {
    const el = await card();
    root(el).querySelector<HTMLAnchorElement>('a[data-book]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.tagName).to.equal('SUMMARY');
    await waitFor(() => fetched(CALENDAR), 'focus fetches "Add to calendar"');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root(el).querySelector('a[data-calendar="ics"]'), 'the links appear');
    await sendKeys({ press: 'Tab' });
    const ics = root(el).querySelector<HTMLAnchorElement>('a[data-calendar="ics"]')!;
    expect(root(el).activeElement).to.equal(ics);
    expect(ics.download).to.equal('launch-event.ics');
    const activated = nextActivation(el);
    await sendKeys({ press: 'Enter' });
    const href = await activated;
    expect(href.startsWith('blob:'), href).to.be.true;
    expect(await icsAt(href)).to.include('SUMMARY:Launch event');
  });

  it('pointer: the first click opens it with the links, and the first click on the .ics link gets the file', async () => {
    const el = await card();
    const summary = root(el).querySelector('summary')!;
    const box = summary.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)] });
    await waitFor(() => root(el).querySelector('a[data-calendar="ics"]'), 'the links appear');
    expect(root(el).querySelector('details')!.open).to.be.true;
    const ics = root(el).querySelector<HTMLAnchorElement>('a[data-calendar="ics"]')!;
    const linkBox = ics.getBoundingClientRect();
    const activated = nextActivation(el);
    await sendMouse({
      type: 'click',
      position: [Math.round(linkBox.left + 5), Math.round(linkBox.top + linkBox.height / 2)],
    });
    const href = await activated;
    expect(href.startsWith('blob:'), href).to.be.true;
    expect(await icsAt(href)).to.include('BEGIN:VEVENT');
  });

  it('opened by a script (no focus, no pointer), it shows the links as soon as they arrive', async () => {
    const el = await card();
    root(el).querySelector('details')!.open = true;
    await waitFor(() => root(el).querySelector('a[data-calendar="ics"]'), 'the links appear');
    expect(
      [...root(el).querySelectorAll('.ct-event-card__calendar a')].map((a) => a.getAttribute('data-calendar')),
    ).to.deep.equal(['ics', 'google', 'outlook']);
  });

  it('a Welsh card waits for its Welsh strings and never shows English first', async () => {
    const el = document.createElement('ct-event-card');
    el.setAttribute('lang', 'cy');
    el.event = launch;
    el.now = now;
    const seen: string[] = [];
    document.body.append(el);
    const observer = new MutationObserver(() => seen.push(root(el).textContent));
    observer.observe(root(el), { childList: true, subtree: true, characterData: true });
    try {
      await waitFor(() => root(el).querySelector('.ct-event-card__name'), 'the card renders');
      await el.updateComplete;
      expect(fetched(WELSH), 'the Welsh strings').to.be.true;
      expect(root(el).querySelector('.ct-event-card__facts')?.textContent)
        .to.include('Dyddiad')
        .and.include('Wyneb yn wyneb')
        .and.include('Cynulliad');
      expect(seen.length).to.be.greaterThan(0);
      for (const text of seen) expect(text).not.to.match(/\b(Date|Format|In person|Gathering|Add to calendar)\b/);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });
});
