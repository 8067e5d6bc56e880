import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { getAnnouncer } from '@ctkit/core';
import type { CtEventCard } from '@ctkit/event-card';
import '../src/index.js';
import type { CtEventList } from '../src/index.js';
import { generateEvents } from './generate-events.mjs';
import { root, swapConsoleWarn, waitFor } from '../../../tests/support/helpers.js';

const now = new Date('2026-11-25T09:00:00Z');

async function list(
  src: string,
  extra: { timeout?: number; maxBytes?: number; lang?: string; pageSize?: number; layout?: 'cards' | 'compact' } = {},
) {
  const el = await fixture<CtEventList>(
    html`<ct-event-list
      src=${src}
      .now=${now}
      timeout=${extra.timeout ?? 15_000}
      max-bytes=${extra.maxBytes ?? 2_000_000}
      page-size=${extra.pageSize ?? 10}
      lang=${extra.lang ?? 'en'}
      layout=${extra.layout ?? 'compact'}
    ></ct-event-list>`,
  );
  await waitFor(() => !root(el).querySelector('.ct-feed-state[role="status"]'), 'the feed to load');
  await elementUpdated(el);
  return el;
}

const cardNames = (el: CtEventList) =>
  [...root(el).querySelectorAll<CtEventCard>('ct-event-card')].map((c) =>
    c.shadowRoot?.querySelector('.ct-event-card__name')?.textContent.replace(/\s+/g, ' ').trim(),
  );
const months = (el: CtEventList) =>
  [...root(el).querySelectorAll('.ct-event-list__month')].map((h) => h.textContent.trim());
const count = (el: CtEventList) =>
  root(el).querySelector('.ct-filters__count')?.textContent.replace(/\s+/g, ' ').trim();
const select = (el: CtEventList, label: string) => {
  const l = [...root(el).querySelectorAll('label')].find((x) => x.textContent.trim() === label);
  return root(el).getElementById(l!.htmlFor) as HTMLSelectElement;
};
async function choose(el: CtEventList, label: string, value: string) {
  const s = select(el, label);
  s.value = value;
  s.dispatchEvent(new Event('change'));
  await elementUpdated(el);
}
async function settleCards(el: CtEventList) {
  await Promise.all([...root(el).querySelectorAll<CtEventCard>('ct-event-card')].map((c) => c.updateComplete));
}

describe('ct-event-list', () => {
  it('lists upcoming events from a JSON feed under month headings, filters first', async () => {
    const el = await list('/fixtures/events.json');
    await settleCards(el);
    expect(months(el)).to.deep.equal(['December 2026', 'January 2027', 'February 2027', 'March 2027']);
    expect(cardNames(el)[0]).to.equal('Lunchtime talk: open data for small charities');
    expect(count(el)).to.equal('7 events found');
    // Filters and search come before the list in the reading order.
    const order = [...root(el).querySelectorAll('search, .ct-event-list__month')].map((n) => n.localName);
    expect(order[0]).to.equal('search');
    expect(root(el).querySelector('ct-event-card')!.getAttribute('heading-level')).to.equal('3');
    await expect(el).to.be.accessible();
  });

  it('puts the search box and filters before the events in the keyboard order', async () => {
    const el = await list('/fixtures/events.json');
    await settleCards(el);
    root(el).querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    const stops: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      const active = root(el).activeElement;
      const label = active ? root(el).querySelector(`label[for="${active.id}"]`)?.textContent.trim() : undefined;
      stops.push(label ?? active?.localName ?? 'none');
    }
    expect(stops).to.deep.equal(['When', 'Format', 'Type of event', 'Region', 'ct-event-card']);
    const firstCard = root(el).querySelector<CtEventCard>('ct-event-card')!;
    expect(firstCard.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal(
      'Book a place on Lunchtime talk: open data for small charities',
    );
  });

  it('filters by format, type, region and past, and announces the count politely', async () => {
    const el = await list('/fixtures/events.json');
    await choose(el, 'Format', 'online');
    // Online includes hybrid events.
    expect(count(el)).to.equal('4 events found');
    await choose(el, 'Format', 'in-person');
    // In person includes hybrid events.
    expect(count(el)).to.equal('4 events found');
    await choose(el, 'Region', 'wales');
    expect(count(el)).to.equal('1 event found');
    await waitFor(() => getAnnouncer().text('polite') === '1 event found', 'the announcement');
    await choose(el, 'Region', '');
    await choose(el, 'Format', '');
    await choose(el, 'Type of event', 'deep-dive');
    expect(count(el)).to.equal('1 event found');
    await choose(el, 'Type of event', '');
    await choose(el, 'When', 'past');
    await settleCards(el);
    expect(cardNames(el)).to.deep.equal(['Past event: Peer drop-in: autumn questions']);
  });

  it('searches as you type, and says what to do when nothing matches', async () => {
    const el = await list('/fixtures/events.json');
    const search = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'glasgow' });
    await elementUpdated(el);
    expect(count(el)).to.equal('1 event found');
    await sendKeys({ type: ' zebra' });
    await elementUpdated(el);
    expect(count(el)).to.equal('No events found');
    expect(root(el).querySelector('[data-empty]')?.textContent).to.include('clear the filters');
    await waitFor(() => getAnnouncer().text('polite') === 'No events found', 'the announcement after typing stops');
    root(el).querySelector<HTMLButtonElement>('[data-empty] button')!.click();
    await elementUpdated(el);
    expect(count(el)).to.equal('7 events found');
    await expect(el).to.be.accessible();
  });

  it('"Clear filters" moves focus to the search box as it goes, and announces the count', async () => {
    const el = await list('/fixtures/events.json');
    const search = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'zzzzqqq' });
    await elementUpdated(el);
    root(el).querySelector<HTMLButtonElement>('[data-empty] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(root(el).querySelector('[data-empty]'), 'the button goes with the message').to.be.null;
    expect(root(el).activeElement?.getAttribute('type'), 'focus moves to the search box, not the page').to.equal(
      'search',
    );
    expect(search.value).to.equal('');
    await waitFor(() => getAnnouncer().text('polite') === '7 events found', 'the count to be announced');
  });

  it('"Clear filters" shows every filter back at "Any", in every browser', async () => {
    const el = await list('/fixtures/events.json');
    // Chosen from the keyboard, as a person would: the option's selectedness is then the person's.
    const format = select(el, 'Format');
    format.focus();
    await sendKeys({ press: 'ArrowDown' });
    format.dispatchEvent(new Event('change'));
    await elementUpdated(el);
    expect(format.value).to.not.equal('');
    const search = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'zzzzqqq' });
    await elementUpdated(el);
    root(el).querySelector<HTMLButtonElement>('[data-empty] button')!.click();
    await elementUpdated(el);
    expect(select(el, 'Format').value).to.equal('');
    expect(select(el, 'Format').selectedOptions[0]?.textContent).to.equal('Any format');
    expect(count(el)).to.equal('7 events found');
  });

  it('"Show more" reveals the next page and moves focus to the first new event', async () => {
    const el = await list('/ctkit-test/events/thousand.json');
    await choose(el, 'When', 'all');
    expect(root(el).querySelectorAll('ct-event-card')).to.have.length(10);
    const more = root(el).querySelector<HTMLButtonElement>('.ct-event-list__more button')!;
    expect(more.textContent.trim()).to.equal('Show 10 more events');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root(el).querySelectorAll('ct-event-card').length === 20, 'ten more cards');
    const eleventh = root(el).querySelector<CtEventCard>('ct-event-card[data-index="10"]')!;
    await waitFor(() => root(el).activeElement === eleventh, 'focus moves to the first new event');
    expect(eleventh.shadowRoot!.activeElement?.classList.contains('ct-event-card__name')).to.be.true;
    expect(count(el)).to.include('1,000 events found');
  });

  it('reads an iCalendar feed, with recurring events expanded (as full cards)', async () => {
    const el = await list('/fixtures/events.ics', { layout: 'cards' });
    await choose(el, 'When', 'all');
    await settleCards(el);
    expect(count(el)).to.equal('10 events found');
    expect(months(el)).to.deep.equal(['October 2026', 'November 2026', 'December 2026', 'January 2027']);
    expect(cardNames(el).filter((n) => n?.includes('Peer drop-in'))).to.have.length(8);
    expect(cardNames(el)).to.include('Cancelled: Past event: Peer drop-in: bring a question');
  });

  it('shows a recurring event once in compact rows, with its other dates; cancelled and upcoming dates keep their own rows', async () => {
    const el = await list('/fixtures/events.ics');
    await choose(el, 'When', 'all');
    await settleCards(el);
    const names = cardNames(el);
    // Weekly from 7 October, 8 times; 21 October cancelled; "now" is the morning of 25 November.
    expect(
      names.filter((n) => n?.includes('Peer drop-in')),
      names.join(' | '),
    ).to.deep.equal([
      'Past event: Peer drop-in: bring a question',
      'Cancelled: Past event: Peer drop-in: bring a question',
      'Peer drop-in: bring a question',
    ]);
    const row = root(el).querySelector<CtEventCard>('ct-event-card')!;
    expect(row.shadowRoot!.querySelector('.ct-event-card__also-on')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Other dates: Wednesday 14 October 2026, Wednesday 28 October 2026, Wednesday 4 November 2026 and 2 more dates',
    );
    expect(count(el)).to.equal(`${names.length} events found`);
  });

  it('compact rows: seven events fit in under 1,800 px at 1280 px wide, with a date block, one line of facts and status tags', async () => {
    await setViewport({ width: 1280, height: 900 });
    try {
      const el = await list('/fixtures/events.json');
      await settleCards(el);
      expect(count(el)).to.equal('7 events found');
      const height = el.getBoundingClientRect().height;
      expect(height, `the list is ${Math.round(height)} px tall`).to.be.below(1800);
      const first = root(el).querySelector<CtEventCard>('ct-event-card')!;
      const shadow = first.shadowRoot!;
      expect(first.getAttribute('variant')).to.equal('compact');
      expect([...shadow.querySelectorAll('.ct-event-card__date-block > span')].map((s) => s.textContent)).to.deep.equal(
        ['4', 'Dec'],
      );
      expect(shadow.querySelector('.ct-event-card__date-block')!.getAttribute('aria-hidden')).to.equal('true');
      expect(shadow.querySelector('.ct-event-card__when')!.textContent.trim()).to.equal(
        'Friday 4 December 2026 from 12:30pm to 1:15pm (UK time)',
      );
      expect(shadow.querySelector('.ct-event-card__meta')!.textContent.replace(/\s+/g, ' ').trim()).to.match(/^Online/);
      // Status comes as tags ("Only N places left", "Free"), not as plain rows.
      const tags = [...root(el).querySelectorAll<CtEventCard>('ct-event-card')].flatMap((c) =>
        [...c.shadowRoot!.querySelectorAll('.ct-event-card__meta .ct-tag')].map((t) => t.textContent.trim()),
      );
      expect(tags).to.include('Free');
      // No card stretches past a readable width.
      expect(shadow.querySelector('.ct-event-card')!.getBoundingClientRect().width).to.be.at.most(44 * 16 + 1);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('compact rows: "Details" is a disclosure button that shows the rest of the event, by keyboard', async () => {
    const el = await list('/fixtures/events.json');
    await settleCards(el);
    const card = root(el).querySelector<CtEventCard>('ct-event-card')!;
    const shadow = card.shadowRoot!;
    const toggle = shadow.querySelector<HTMLButtonElement>('[data-details-toggle]')!;
    expect(toggle.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Details: Lunchtime talk: open data for small charities',
    );
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const region = shadow.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(region.hidden).to.be.true;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(region.hidden).to.be.false;
    expect([...region.querySelectorAll('dt')].map((d) => d.textContent.trim())).to.include.members([
      'Format',
      'Type',
      'Price',
    ]);
    expect(region.querySelector('.ct-event-card__access-heading')?.textContent.trim()).to.equal('Access');
    expect(shadow.activeElement).to.equal(toggle);
    await sendKeys({ press: ' ' });
    await card.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(region.hidden).to.be.true;
  });

  it('says plainly that the events could not be loaded, shows the partner’s link and "Try again", and recovers', async () => {
    const swap = swapConsoleWarn();
    const warnings = swap.texts;
    let el: CtEventList;
    try {
      el = await fixture<CtEventList>(
        html`<ct-event-list src=${`/ctkit-test/events/flaky.json?key=${Math.random()}`} .now=${now} lang="en"><p><a href="/events">See all our events</a></p></ct-event-list>`,
      );
      await waitFor(() => !root(el).querySelector('.ct-feed-state[role="status"]'), 'the feed to fail');
      await elementUpdated(el);
    } finally {
      swap.restore();
    }
    const alert = root(el).querySelector('.ct-feed-state--problem')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.querySelector('[part~="error-heading"]')?.textContent).to.equal('The events could not be loaded');
    expect(alert.textContent).to.include('Try again, or come back later.');
    // The status code is for whoever runs the site (the console), not the public.
    expect(alert.textContent).to.not.match(/503|server/);
    expect(warnings.join('\n')).to.include('the server answered 503');
    // The partner's fallback content is what the reader can use meanwhile.
    const slotted = alert.querySelector('slot')!.assignedElements();
    expect(slotted.map((n) => n.textContent)).to.deep.equal(['See all our events']);
    expect(slotted[0]!.getClientRects().length, 'the fallback link is shown').to.be.above(0);
    await expect(el).to.be.accessible();
    const retry = [...alert.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Try again')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root(el).querySelector('.ct-filters__count') !== null, 'the retried feed');
    expect(count(el)).to.equal('3 events found');
    await waitFor(() => root(el).activeElement?.classList.contains('ct-filters__count'), 'focus moves to the count');
  });

  it('tells the public the same plain words for a timeout, an oversized and an unreadable feed; the reason goes to the console', async () => {
    const swap = swapConsoleWarn();
    const warnings = swap.texts;
    const message = async (src: string, o = {}) =>
      (await list(src, o))
        .shadowRoot!.querySelector('.ct-feed-state--problem')
        ?.textContent.replace(/\s+/g, ' ')
        .trim() ?? '';
    try {
      const texts = [
        await message('/ctkit-test/events/slow.json', { timeout: 300 }),
        await message('/ctkit-test/events/huge.json', { maxBytes: 1_000_000 }),
        await message('/ctkit-test/events/huge-chunked.json', { maxBytes: 1_000_000 }),
        await message('/ctkit-test/events/not-a-feed.json'),
      ];
      expect(new Set(texts).size, texts.join(' | ')).to.equal(1);
      expect(texts[0]).to.include('The events could not be loaded');
    } finally {
      swap.restore();
    }
    const log = warnings.join('\n');
    expect(log).to.match(/no (complete )?answer within 300 ms/);
    expect(log).to.include('the limit is 1000000');
    expect(log).to.include('not a list of events');
  });

  it('shows the shared loading state: a status in plain words with a spinner, no unstyled progress bar', async () => {
    const el = await fixture<CtEventList>(
      html`<ct-event-list src="/ctkit-test/events/slow.json" timeout="5000"></ct-event-list>`,
    );
    await elementUpdated(el);
    const status = root(el).querySelector('.ct-feed-state[role="status"]');
    expect(status?.getAttribute('role')).to.equal('status');
    expect(status?.classList.contains('ct-feed-state')).to.be.true;
    expect(status?.textContent).to.equal('Loading events…');
    expect(status?.querySelector('.ct-button__spinner')?.getAttribute('aria-hidden')).to.equal('true');
    expect(root(el).querySelector('progress')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('says what to do when a feed has no events', async () => {
    const el = await fixture<CtEventList>(html`<ct-event-list .events=${[]}></ct-event-list>`);
    expect(root(el).querySelector('[data-empty]')?.textContent).to.include('Check back later');
  });

  it('renders a big page in batches (200 events given as a property), and filters them', async () => {
    // 200 is four batches, enough to show batching and filtering across them; how fast 1,000 render and
    // filter is the bench's to measure (npm run bench), not a test's to time.
    const el = await fixture<CtEventList>(
      html`<ct-event-list .events=${generateEvents(200)} .now=${now} page-size="200"></ct-event-list>`,
    );
    await choose(el, 'When', 'all');
    // A big page is rendered in batches of 50, one task each, so the page stays responsive.
    expect(root(el).querySelectorAll('ct-event-card')).to.have.length(50);
    await el.pageRendered();
    expect(root(el).querySelectorAll('ct-event-card')).to.have.length(200);
    await choose(el, 'Region', 'london');
    await el.pageRendered();
    // London is every 12th event from the 7th (index 6): 6, 18, … 198.
    expect(root(el).querySelectorAll('ct-event-card').length).to.equal(17);
  });

  it('renders text from an iCalendar feed as text, never as HTML', async () => {
    const xss = '<img src=x onerror="window.__ctListXss=1">';
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:x',
      'DTSTAMP:20261101T000000Z',
      'DTSTART:20261204T120000Z',
      `SUMMARY:${xss}`,
      `DESCRIPTION:${xss}`,
      `LOCATION:${xss}`,
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const { parseFeedText } = await import('../src/feed.js');
    const events = await parseFeedText(ics, 'text/calendar', {
      start: new Date('2026-01-01'),
      end: new Date('2028-01-01'),
    });
    const el = await fixture<CtEventList>(html`<ct-event-list .events=${events} .now=${now}></ct-event-list>`);
    await settleCards(el);
    const card = root(el).querySelector<CtEventCard>('ct-event-card')!;
    expect(card.shadowRoot!.querySelector('img')).to.be.null;
    expect(card.shadowRoot!.querySelector('.ct-event-card__name')!.textContent).to.include('<img src=x');
    expect((window as unknown as { __ctListXss?: number }).__ctListXss).to.be.undefined;
  });

  it('in English, fetches none of the Welsh strings (the list’s or its cards’)', async () => {
    const el = await list('/fixtures/events.json');
    await settleCards(el);
    const welsh = performance
      .getEntriesByType('resource')
      .filter((e) => /\/event-(list|card)\/src\/messages\.cy\./.test(new URL(e.name).pathname));
    expect(welsh.map((e) => e.name)).to.deep.equal([]);
  });

  it('gives each card the language of the events’ own text (content-lang)', async () => {
    const el = await list('/fixtures/events.json', { lang: 'cy' });
    expect(root(el).querySelector('ct-event-card')!.hasAttribute('content-lang')).to.be.false;
    el.contentLang = 'en';
    await elementUpdated(el);
    const cards = [...root(el).querySelectorAll('ct-event-card')];
    expect(cards.length).to.be.greaterThan(0);
    expect(cards.every((c) => c.getAttribute('content-lang') === 'en')).to.be.true;
  });

  it('speaks Welsh', async () => {
    const el = await list('/fixtures/events.json', { lang: 'cy' });
    expect(months(el)[0]).to.equal('Rhagfyr 2026');
    expect(count(el)).to.equal('Wedi canfod 7 digwyddiad');
    await expect(el).to.be.accessible();
  });

  it('names formats and types in Welsh, and finds events by their Welsh type', async () => {
    const el = await list('/fixtures/events.json', { lang: 'cy' });
    expect([...select(el, 'Fformat').options].map((o) => o.textContent)).to.deep.equal([
      'Unrhyw fformat',
      'Ar-lein',
      'Wyneb yn wyneb',
      'Wyneb yn wyneb ac ar-lein',
    ]);
    expect([...select(el, 'Math o ddigwyddiad').options].map((o) => o.textContent)).to.include('Sgwrs');
    const search = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'sgwrs' });
    await elementUpdated(el);
    expect(count(el)).to.equal('Wedi canfod 2 ddigwyddiad');
  });
});
