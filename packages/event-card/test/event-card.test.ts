import { expect, fixture, html, elementUpdated, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import type { EventInput } from '@ctkit/core';
import '../src/index.js';
import type { CtEventCard } from '../src/index.js';
import { root, waitFor, warningsDuring } from '../../../tests/support/helpers.js';

const now = new Date('2026-11-25T09:00:00Z');
const launch: EventInput = {
  '@context': 'https://schema.org',
  '@type': 'Event',
  '@id': 'launch-2026',
  name: 'Launch event',
  description: 'Meet the new hub.',
  startDate: '2026-12-04T12:30:00Z',
  endDate: '2026-12-04T13:30:00Z',
  eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  eventStatus: 'https://schema.org/EventScheduled',
  location: { '@type': 'Place', name: 'Central Library', address: 'St Peter’s Square, Manchester' },
  offers: { '@type': 'Offer', price: 0, priceCurrency: 'GBP' },
  url: 'https://events.example.org/launch',
  ctkit: {
    eventType: 'gathering',
    accessFeatures: ['step-free', 'hearing-loop', 'pa-tickets'],
    accessContact: { name: 'Sam', email: 'access@example.org', telephone: '0161 496 0000' },
    placesLeft: 3,
  },
};

const text = (el: CtEventCard, selector: string) =>
  root(el).querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const names = (el: CtEventCard, selector: string) =>
  [...root(el).querySelectorAll(selector)].map((a) => a.getAttribute('aria-label'));

async function card(event: EventInput, attrs: { registration?: string; lang?: string } = {}) {
  const el = await fixture<CtEventCard>(
    html`<ct-event-card .event=${event} .now=${now} heading-level="3" registration=${attrs.registration ?? 'link'} lang=${attrs.lang ?? 'en'}></ct-event-card>`,
  );
  await elementUpdated(el);
  return el;
}

/** Records console.warn calls while `fn` runs and for one task after it (a warning queued as a task counts too). */
const warnings = (fn: () => Promise<unknown>) =>
  warningsDuring(async () => {
    await fn();
    await new Promise((resolve) => setTimeout(resolve));
  });

describe('ct-event-card', () => {
  it('reads a schema.org Event from light-DOM JSON-LD and shows every fact', async () => {
    const el = await fixture<CtEventCard>(html`<ct-event-card heading-level="3" .now=${now}>
      <script type="application/ld+json">${JSON.stringify(launch)}</script>
    </ct-event-card>`);
    await elementUpdated(el);
    const h = root(el).querySelector('h3');
    expect(h?.textContent.trim()).to.equal('Launch event');
    const times = [...root(el).querySelectorAll('time')].map((t) => [t.getAttribute('datetime'), t.textContent]);
    expect(times).to.deep.equal([
      ['2026-12-04T12:30:00Z', 'Friday 4 December 2026 from 12:30pm'],
      ['2026-12-04T13:30:00Z', '1:30pm'],
    ]);
    expect(text(el, '.ct-event-card__facts'))
      .to.include('In person')
      .and.include('Central Library')
      .and.include('Gathering')
      .and.include('Free')
      .and.include('Only 3 places left');
    expect(
      [...root(el).querySelectorAll('ul.ct-event-card__access-list:not(.ct-event-card__access-contact *) > li')].map(
        (li) => li.textContent,
      ),
    ).to.deep.equal(['Step-free access', 'Hearing loop', 'Free ticket for a personal assistant (PA)']);
    expect(
      [...root(el).querySelectorAll('.ct-event-card__access-contact li')].map((li) => li.textContent.trim()),
    ).to.deep.equal(['Sam', 'Email: access@example.org', 'Phone: 0161 496 0000']);
    expect(
      root(el).querySelector<HTMLAnchorElement>('.ct-event-card__access-contact a[href^="mailto:"]')?.href,
    ).to.equal('mailto:access@example.org');
    expect(root(el).querySelector<HTMLAnchorElement>('.ct-event-card__access-contact a[href^="tel:"]')?.href).to.equal(
      'tel:01614960000',
    );
    const book = root(el).querySelector<HTMLAnchorElement>('a[data-book]')!;
    expect(book.href).to.equal('https://events.example.org/launch');
    expect(book.getAttribute('aria-label')).to.equal('Book a place on Launch event');
    await expect(el).to.be.accessible();
  });

  it('follows changes to the JSON-LD, and the event property wins over it', async () => {
    const el = await fixture<CtEventCard>(
      html`<ct-event-card .now=${now}><script type="application/ld+json">${JSON.stringify(launch)}</script></ct-event-card>`,
    );
    el.querySelector('script')!.textContent = JSON.stringify({ ...launch, name: 'Renamed' });
    await waitFor(() => text(el, '.ct-event-card__name') === 'Renamed', 'the card follows the JSON-LD');
    el.event = { ...launch, name: 'From the property' };
    await elementUpdated(el);
    expect(text(el, '.ct-event-card__name')).to.equal('From the property');
  });

  it('says "(UK time)" and "Joining link sent after you book" for online events', async () => {
    const el = await card({
      ...launch,
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://meet.example.org/secret' },
    });
    expect(text(el, '.ct-event-card__facts'))
      .to.include('(UK time)')
      .and.include('Online')
      .and.include('Joining link sent after you book');
    expect(root(el).innerHTML).not.to.include('meet.example.org');
  });

  it('puts the status in the name, says so prominently and drops booking when cancelled', async () => {
    const el = await card({ ...launch, eventStatus: 'https://schema.org/EventCancelled' });
    expect(text(el, '.ct-event-card__name')).to.equal('Cancelled: Launch event');
    expect(text(el, '.ct-event-card__status')).to.equal('This event has been cancelled.');
    expect(root(el).querySelector('[data-book]')).to.be.null;
    expect(root(el).querySelector('.ct-event-card__calendar')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('says when it was going to be for a rescheduled event', async () => {
    const el = await card({
      ...launch,
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: '2026-11-27T12:30:00Z',
    });
    expect(text(el, '.ct-event-card__name')).to.equal('Rescheduled: Launch event');
    expect(text(el, '.ct-event-card__status')).to.equal(
      'This event has a new date. It was going to be on Friday 27 November 2026.',
    );
  });

  it('says a past event is past and drops booking', async () => {
    const el = await card({ ...launch, startDate: '2026-10-01T12:00:00Z', endDate: '2026-10-01T13:00:00Z' });
    expect(text(el, '.ct-event-card__name')).to.equal('Past event: Launch event');
    expect(root(el).querySelector('[data-book]')).to.be.null;
    expect(root(el).querySelector('.ct-event-card__calendar')).to.be.null;
    expect(names(el, '.ct-event-card__actions a')).to.deep.equal(['More details about Launch event']);
  });

  it('shows "Fully booked" or the waiting list', async () => {
    let el = await card({ ...launch, ctkit: { placesLeft: 0 } });
    expect(text(el, '.ct-event-card__facts')).to.include('Fully booked');
    expect(root(el).querySelector('[data-book]')).to.be.null;
    el = await card({ ...launch, ctkit: { placesLeft: 0, waitingList: true } });
    expect(text(el, '.ct-event-card__facts')).to.include('you can join the waiting list');
    expect(root(el).querySelector('[data-book]')?.getAttribute('aria-label')).to.equal(
      'Join the waiting list for Launch event',
    );
  });

  it('shows prices in pounds, and ranges with "to"', async () => {
    let el = await card({ ...launch, offers: { price: 12.5, priceCurrency: 'GBP' } });
    expect(text(el, '.ct-event-card__facts')).to.include('£12.50');
    el = await card({ ...launch, offers: [{ price: 20 }, { price: 5 }] });
    expect(text(el, '.ct-event-card__facts')).to.include('£5 to £20');
  });

  describe('bad data', () => {
    const cases: [string, EventInput, string[]][] = [
      ['missing name', { ...launch, name: '' }, ['name']],
      ['invalid date', { ...launch, startDate: '4th December' }, ['startDate']],
      ['end before start', { ...launch, endDate: '2026-12-04T11:00:00Z' }, ['endDate']],
      [
        'unknown attendance mode',
        { ...launch, eventAttendanceMode: 'https://schema.org/Telepathy' },
        ['eventAttendanceMode'],
      ],
    ];
    for (const [label, input, fields] of cases) {
      it(`renders what it can with a visible note and one warning: ${label}`, async () => {
        let el!: CtEventCard;
        const seen = await warnings(async () => {
          el = await card(input);
          el.requestUpdate();
          await elementUpdated(el);
        });
        expect(text(el, '.ct-event-card__incomplete')).to.include('This event’s details are incomplete');
        expect(root(el).querySelector('.ct-event-card__name')).to.exist;
        expect(seen).to.have.length(1);
        for (const f of fields) expect(seen[0]).to.include(f);
        await expect(el).to.be.accessible();
      });
    }

    it('survives JSON-LD that is not JSON', async () => {
      let el!: CtEventCard;
      const seen = await warnings(async () => {
        el = await fixture<CtEventCard>(
          html`<ct-event-card .now=${now}><script type="application/ld+json">{ not json</script></ct-event-card>`,
        );
      });
      expect(text(el, '.ct-event-card__incomplete')).to.include('incomplete');
      expect(text(el, '.ct-event-card__name')).to.equal('Untitled event');
      expect(seen.join()).to.include('JSON-LD');
    });
  });

  it('renders every text field as text, never as HTML', async () => {
    const xss = '<img src=x onerror="window.__ctXss=1"><script>window.__ctXss=1</script>';
    const el = await card({
      ...launch,
      name: `Launch ${xss}`,
      description: xss,
      organizer: { name: xss },
      location: { '@type': 'Place', name: xss, address: { streetAddress: xss, addressLocality: xss } },
      url: `javascript:window.__ctXss=1`,
      offers: { name: xss, price: 0 },
      ctkit: { accessContact: { name: xss, email: 'a@b.org', telephone: xss } },
    });
    expect(root(el).querySelector('img')).to.be.null;
    expect(root(el).querySelector('article script')).to.be.null;
    expect((window as unknown as { __ctXss?: number }).__ctXss).to.be.undefined;
    expect(text(el, '.ct-event-card__name')).to.include('<img src=x');
    expect(text(el, '.ct-event-card__description')).to.equal(xss);
    expect([...root(el).querySelectorAll('a')].some((a) => a.href.startsWith('javascript:'))).to.be.false;
  });

  describe('add to calendar', () => {
    it('opens with the keyboard and gives each link its own name', async () => {
      const el = await card(launch);
      root(el).querySelector<HTMLAnchorElement>('a[data-book]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.tagName).to.equal('SUMMARY');
      expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Add to calendar: Launch event');
      await sendKeys({ press: 'Enter' });
      // "Add to calendar" is fetched on demand (see on-demand.test.ts).
      await waitFor(() => root(el).querySelector('a[data-calendar="ics"]'), 'the calendar links appear');
      expect(root(el).querySelector('details')!.open).to.be.true;
      expect(names(el, '.ct-event-card__calendar a')).to.deep.equal([
        'Download a calendar file (.ics) for Launch event',
        'Add Launch event to Google Calendar',
        'Add Launch event to Outlook Calendar',
      ]);
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.getAttribute('data-calendar')).to.equal('ics');
      await expect(el).to.be.accessible();
    });

    it('downloads a valid .ics made in the browser, from a Blob URL', async () => {
      const el = await card(launch);
      root(el).querySelector('details')!.open = true;
      await waitFor(() => root(el).querySelector('a[data-calendar="ics"]'), 'the calendar links appear');
      const link = root(el).querySelector<HTMLAnchorElement>('a[data-calendar="ics"]')!;
      expect(link.href.startsWith('blob:')).to.be.true;
      expect(link.download).to.equal('launch-event.ics');
      const ics = await (await fetch(link.href)).text();
      const vevent = new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent('vevent')!;
      expect(vevent.getFirstPropertyValue('summary')).to.equal('Launch event');
      expect(vevent.getFirstPropertyValue('uid')).to.equal('launch-2026@ctkit');
    });
  });

  describe('inline registration', () => {
    it('fetches ct-sign-up-form on demand, opens it for this event and closes back to the button', async () => {
      const el = await card(launch, { registration: 'inline' });
      el.bookingPrivacyUrl = '/privacy';
      el.bookingOrgName = 'Community Tech Network';
      await elementUpdated(el);
      const button = root(el).querySelector<HTMLButtonElement>('button[data-book]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => root(el).querySelector('ct-sign-up-form'), 'the form is fetched and shown');
      await elementUpdated(el);
      expect(customElements.get('ct-sign-up-form'), 'the real form was loaded').to.exist;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const form = root(el).querySelector('ct-sign-up-form')!;
      expect(form.getAttribute('privacy-url')).to.equal('/privacy');
      expect(form.getAttribute('org-name')).to.equal('Community Tech Network');
      expect(form.getAttribute('list')).to.equal('events');
      expect(root(el).activeElement?.textContent.trim()).to.equal('Book a place on Launch event');
      root(el).querySelector<HTMLButtonElement>('.ct-event-card__booking .ct-link-button')!.click();
      await waitFor(
        () => !root(el).querySelector('.ct-event-card__booking') && root(el).activeElement === button,
        'the form closes, back to the button',
      );
      expect(root(el).querySelector('.ct-event-card__booking')).to.be.null;
      expect(root(el).activeElement).to.equal(button);
    });
  });

  describe('inline registration with ct-sign-up-form defined', () => {
    it('opens the form in place for this event, in the card’s language', async () => {
      const el = await card(launch, { registration: 'inline', lang: 'cy' });
      el.bookingAction = 'https://receiver.example.org/sign-up';
      await elementUpdated(el);
      const opened = oneEvent(el, 'ct-booking-opened');
      const deprecated = oneEvent(el, 'ct-booking-open');
      root(el).querySelector<HTMLButtonElement>('button[data-book]')!.click();
      const [event, old] = await Promise.all([opened, deprecated]);
      expect(event.detail).to.deep.equal({ eventId: 'launch-2026' });
      expect(old.detail, 'the deprecated name is fired too').to.equal(event.detail);
      await waitFor(
        () => root(el).querySelector('ct-sign-up-form') && root(el).activeElement?.closest('.ct-event-card__booking'),
        'the form opens, focus in it',
      );
      const form = root(el).querySelector('ct-sign-up-form')!;
      expect(form.getAttribute('event-id')).to.equal('launch-2026');
      expect(form.getAttribute('event-name')).to.equal('Launch event');
      expect(form.getAttribute('action')).to.equal('https://receiver.example.org/sign-up');
      expect(form.getAttribute('lang')).to.equal('cy');
      expect(root(el).activeElement?.textContent.trim()).to.equal('Archebu lle ar Launch event');
    });

    it('keeps the page outline: the form’s headings sit below the booking heading, by keyboard', async () => {
      const el = await card(launch, { registration: 'inline' }); // heading-level="3"
      root(el).querySelector<HTMLButtonElement>('button[data-book]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(
        () => root(el).querySelector('ct-sign-up-form')?.shadowRoot?.querySelector('#ct-sign-up-heading'),
        'the form rendered',
      );
      const form = root(el).querySelector('ct-sign-up-form')!;
      await (form as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const outline = [
        root(el).querySelector('.ct-event-card__name')!,
        root(el).querySelector('.ct-event-card__booking-heading')!,
        form.shadowRoot!.querySelector('#ct-sign-up-heading')!,
      ].map((h) => `${h.localName} ${h.textContent.trim()}`);
      expect(outline).to.deep.equal([
        'h3 Launch event',
        'h4 Book a place on Launch event',
        'h5 Register for Launch event',
      ]);
      // Its access needs question goes one below the form's heading.
      const needs = form.shadowRoot!.querySelector('ct-access-needs');
      expect(needs?.getAttribute('heading-level')).to.equal('6');
    });
  });

  it('loads one event from `src`', async () => {
    const el = await fixture<CtEventCard>(
      html`<ct-event-card src="/fixtures/events.json" .now=${now}></ct-event-card>`,
    );
    await waitFor(() => root(el).querySelector('.ct-event-card__name'), 'the event loads');
    expect(text(el, '.ct-event-card__name')).to.equal('Lunchtime talk: open data for small charities');
  });

  it('marks the event’s own words with their language on a Welsh card: inLanguage, else content-lang', async () => {
    // The nearest lang, inside the shadow root and then from the host out (as a screen reader works it out).
    const langOf = (el: Element) =>
      el.closest('[lang]')?.getAttribute('lang') ??
      (el.getRootNode() as ShadowRoot).host.closest('[lang]')?.getAttribute('lang');
    const parts = (el: CtEventCard) =>
      [
        root(el).querySelector('.ct-event-card__name span')!,
        root(el).querySelector('.ct-event-card__description')!,
      ].map(langOf);
    const tagged = await card({ ...launch, description: 'A launch for the hub.', inLanguage: 'en' }, { lang: 'cy' });
    expect(parts(tagged)).to.deep.equal(['en', 'en']);
    const untagged = await card({ ...launch, description: 'A launch for the hub.' }, { lang: 'cy' });
    expect(parts(untagged), 'not said: the widget’s own language').to.deep.equal(['cy', 'cy']);
    untagged.contentLang = 'en';
    await elementUpdated(untagged);
    expect(parts(untagged)).to.deep.equal(['en', 'en']);
    const welshEvent = await card({ ...launch, description: 'Lansiad yr hwb.', inLanguage: 'cy' }, { lang: 'cy' });
    welshEvent.contentLang = 'en';
    await elementUpdated(welshEvent);
    expect(parts(welshEvent), 'the event’s own inLanguage wins').to.deep.equal(['cy', 'cy']);
    // The card's own words stay in the card's language.
    expect(langOf(root(tagged).querySelector('.ct-event-card__facts')!)).to.equal('cy');
  });

  it('speaks Welsh', async () => {
    const el = await card(launch, { lang: 'cy' });
    expect(text(el, '.ct-event-card__facts'))
      .to.include('Dydd Gwener 4 Rhagfyr 2026 o 12:30yp i 1:30yp')
      .and.include('Am ddim')
      .and.include('Wyneb yn wyneb');
    expect(root(el).querySelector('[data-book]')?.getAttribute('aria-label')).to.equal('Archebu lle ar Launch event');
    await expect(el).to.be.accessible();
  });
});

describe('ct-event-card: the actions line up', () => {
  /** The bottom of the first line of text inside `el` (its baseline's line box). */
  const textBottom = (el: Element) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return range.getClientRects()[0]!.bottom;
  };

  it('"Add to calendar" shows whether it is open or closed, with a marker that turns', async () => {
    const el = await card(launch);
    const details = root(el).querySelector<HTMLDetailsElement>('.ct-event-card__calendar')!;
    const summary = details.querySelector('summary')!;
    const closed = getComputedStyle(summary, '::before');
    expect(closed.content, 'a marker before "Add to calendar"').to.not.equal('none');
    expect(parseFloat(closed.width), 'the marker has a size').to.be.above(4);
    const closedShape = closed.clipPath;
    summary.click();
    await elementUpdated(el);
    expect(details.open).to.be.true;
    expect(getComputedStyle(summary, '::before').clipPath, 'the marker turns when open').to.not.equal(closedShape);
  });

  it('the text of the booking link and of "Add to calendar" sit on one line', async () => {
    const el = await card({ ...launch, ctkit: { ...launch.ctkit, placesLeft: undefined } });
    const book = root(el).querySelector('[data-book]')!;
    const summary = root(el).querySelector('.ct-event-card__calendar summary')!;
    expect(
      Math.abs(textBottom(book) - textBottom(summary)),
      `${book.textContent} vs ${summary.textContent}`,
    ).to.be.at.most(1);
  });
});
