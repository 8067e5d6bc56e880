import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { getAnnouncer, parseMembers, MemberFeedError } from '@ctkit/core';
import '../src/community-map.js';
import type { CtCommunityMap } from '../src/community-map.js';
import { filterMembers, indexMembers } from '../src/filter.js';
import { place, regionOf } from '../src/geo.js';

const isFirefox = navigator.userAgent.includes('Firefox');

const spread = [
  { name: 'Kernow Connect', region: 'south-west', locality: 'Truro', geolocation: { lat: 50.2632, lon: -5.051 }, member_type: 'not-for-profit-business', tags: ['broadband'] },
  { name: 'Norwich Tech Share', geolocation: { lat: 52.6309, lon: 1.2974 }, member_type: 'community-group', community_type: 'place-based', tags: ['device lending'] },
  { name: 'Newcastle Tech for Good', region: 'north-east', geolocation: { lat: 54.9783, lon: -1.6178 }, member_type: 'community-group', description: 'Builds software for charities' },
  { name: 'Hackney Digital Hub', region: 'london', geolocation: { lat: 51.545, lon: -0.0553 }, member_type: 'community-group', community_type: 'shared-experience', tags: ['young people', 'Device lending'] },
];

const dense = Array.from({ length: 12 }, (_, i) => ({
  name: `Manchester group ${String(i + 1)}`,
  region: 'north-west',
  geolocation: { lat: 53.48 + Math.sin(i) * 0.05, lon: -2.24 + Math.cos(i) * 0.07 },
}));

/**
 * Mounts without @open-wc's `fixture` for wrappers: for a plain element it waits for an animation frame,
 * which never comes in a background page (tests run two pages at once).
 */
const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const node of mounted.splice(0)) node.remove();
});
function holder(): HTMLDivElement {
  const div = document.createElement('div');
  document.body.append(div);
  mounted.push(div);
  return div;
}

async function mount(members: unknown, view = 'list'): Promise<CtCommunityMap> {
  const div = holder();
  const el = document.createElement('ct-community-map');
  el.view = view as CtCommunityMap['view'];
  el.members = members;
  // A button after the widget: where focus should go when it leaves the widget.
  const after = document.createElement('button');
  after.type = 'button';
  after.id = 'after';
  after.textContent = 'After';
  div.append(el, after);
  await el.updateComplete;
  return el;
}

async function mountSrc(src: string, maxBytes = ''): Promise<CtCommunityMap> {
  const el = document.createElement('ct-community-map');
  if (maxBytes) el.setAttribute('max-bytes', maxBytes);
  const done = Promise.race([oneEvent(el, 'ct-members-load'), oneEvent(el, 'ct-members-error')]);
  el.src = src;
  holder().append(el);
  await done;
  await el.updateComplete;
  return el;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- callers name the element type they expect
const $ = <T extends Element = HTMLElement>(el: CtCommunityMap, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: CtCommunityMap, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const focused = (el: CtCommunityMap) => el.shadowRoot!.activeElement as HTMLElement | null;
/**
 * Waits for renders and the popover's positioning (promise chains only). No timers: with several test
 * pages open, background pages have their timers throttled to one a second.
 */
const settle = async (el: CtCommunityMap) => {
  for (let i = 0; i < 10; i++) {
    await el.updateComplete;
    await Promise.resolve();
  }
};

describe('member feed parsing (core parseMembers)', () => {
  it('reads an array and a GeoJSON FeatureCollection into the same shape', () => {
    const fromArray = parseMembers([{ name: 'A', geolocation: { lat: 51.5, lon: -0.1 }, region: 'London', tags: ['x', 'x', ' y '] }]);
    expect(fromArray.skipped).to.deep.equal([]);
    expect(fromArray.members[0]).to.deep.include({ id: 'm0', name: 'A', region: 'london', geolocation: { lat: 51.5, lon: -0.1 }, tags: ['x', 'y'] });
    const fromGeoJson = parseMembers({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [-0.1, 51.5] }, properties: { name: 'A', region: 'london' } }],
    });
    expect(fromGeoJson.members[0]?.geolocation).to.deep.equal({ lat: 51.5, lon: -0.1 });
  });

  it('skips each bad entry with a specific reason and keeps the rest', () => {
    const { members, skipped } = parseMembers([
      { name: 'Good' },
      { description: 'no name' },
      { name: '   ' },
      { name: 'Far', geolocation: { lat: 123, lon: 0 } },
      { name: 'Nowhere', region: 'Atlantis' },
      { name: 'Robot', member_type: 'robot' },
      { name: 'Sneaky', primary_url: 'javascript:alert(1)' },
      { name: 'Scope', geographic_scope: 'galactic' },
      'a string',
      { name: 'Tags', tags: 'not a list' },
    ]);
    expect(members.map((m) => m.name)).to.deep.equal(['Good']);
    expect(skipped.map((s) => [s.index, s.reason])).to.deep.equal([
      [1, 'missing name'],
      [2, 'missing name'],
      [3, 'coordinates out of range (lat 123, lon 0)'],
      [4, 'unknown region "Atlantis"'],
      [5, 'unknown member_type "robot" (expected one of individual, community-group, not-for-profit-business, partner-organisation, researcher, freelance-practitioner, other)'],
      [6, 'primary_url must be a web address starting with https:// or http://'],
      [7, 'unknown geographic_scope "galactic" (expected one of local, regional, national, international)'],
      [8, 'not an object'],
      [9, 'tags must be a list of words'],
    ]);
    expect(skipped[2]?.name).to.equal('Far');
  });

  it('refuses a feed that is not a list at all', () => {
    expect(() => parseMembers({ hello: 'world' })).to.throw(MemberFeedError);
  });
});

describe('filter logic', () => {
  const { members } = parseMembers(spread);
  const index = indexMembers(members, (m) => regionOf(m, place(m)));
  const names = (f: Parameters<typeof filterMembers>[1]) => filterMembers(index, f).map((r) => r.member.name);

  it('infers the region from coordinates when a member gives none', () => {
    expect(index.find((r) => r.member.name === 'Norwich Tech Share')?.region).to.equal('east-of-england');
  });

  it('filters by member type, community type, region and tag, and combines them', () => {
    expect(names({ memberType: 'not-for-profit-business' })).to.deep.equal(['Kernow Connect']);
    expect(names({ communityType: 'place-based' })).to.deep.equal(['Norwich Tech Share']);
    expect(names({ region: 'east-of-england' })).to.deep.equal(['Norwich Tech Share']);
    expect(names({ tag: 'device lending' })).to.deep.equal(['Norwich Tech Share', 'Hackney Digital Hub']);
    expect(names({ tag: 'device lending', region: 'london' })).to.deep.equal(['Hackney Digital Hub']);
    expect(names({})).to.have.length(4);
  });

  it('searches every word across name, description, place, region names (English and Welsh) and tags', () => {
    expect(names({ query: 'software' })).to.deep.equal(['Newcastle Tech for Good']);
    expect(names({ query: 'CONNECT truro' })).to.deep.equal(['Kernow Connect']);
    expect(names({ query: 'Llundain' })).to.deep.equal(['Hackney Digital Hub']);
    expect(names({ query: 'tech nobody' })).to.deep.equal([]);
  });

  it('ignores accents and case', () => {
    const idx = indexMembers(parseMembers([{ name: 'Gŵyl Ddigidol Caerdydd' }]).members, () => undefined);
    expect(filterMembers(idx, { query: 'gwyl CAERDYDD' })).to.have.length(1);
  });
});

describe('ct-community-map: filters, count and announcements', () => {
  it('puts the filters first and announces the count politely after typing', async () => {
    const el = await mount(spread);
    const first = el.shadowRoot!.querySelector('.cm > *');
    expect(first?.matches('form[role="search"]')).to.be.true;
    const input = $<HTMLInputElement>(el, '#f-query')!;
    input.focus();
    await sendKeys({ type: 'hackney' });
    await settle(el);
    expect($(el, '.cm-count')!.textContent).to.equal('Showing 1 member of 4');
    expect($$(el, '.cm-member')).to.have.length(1);
    await aTimeout(600);
    expect(getAnnouncer().text('polite')).to.equal('Showing 1 member of 4');
    expect(getAnnouncer().text('assertive')).to.equal('');
  });

  it('says so, in the view and to screen readers, when nothing matches', async () => {
    const el = await mount(spread);
    el.setFilters({ query: 'zzz' });
    await settle(el);
    expect($(el, '.cm-empty')!.textContent).to.contain('No members match your search and filters.');
    await aTimeout(600);
    expect(getAnnouncer().text('polite')).to.equal('No members match your search and filters.');
  });

  it('filters from the selects, and every view shows the same members', async () => {
    const el = await mount(spread);
    const select = $<HTMLSelectElement>(el, '#f-region')!;
    select.value = 'london';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.results.map((m) => m.name)).to.deep.equal(['Hackney Digital Hub']);
    el.view = 'map';
    await settle(el);
    expect($$(el, '.cm-marker')).to.have.length(1);
    el.view = 'regions';
    await settle(el);
    const rows = $$(el, '.cm-table tbody tr').map((tr) => `${tr.querySelector('th')!.textContent} ${tr.querySelector('td')!.textContent}`);
    expect(rows).to.include('London 1');
    expect(rows).to.include('South West 0');
  });
});

describe('ct-community-map: views are an APG tab set', () => {
  it('has a tablist with one selected tab per view, linked to panels', async () => {
    const el = await mount(spread);
    const tabs = $$(el, '[role="tab"]');
    expect(tabs.map((t) => t.textContent.trim())).to.deep.equal(['List', 'Map', 'Regions']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
    expect(tabs.map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    for (const tab of tabs) expect($(el, `#${tab.getAttribute('aria-controls')!}`)?.getAttribute('role')).to.equal('tabpanel');
    expect($(el, '#panel-map')!.hidden).to.be.true;
  });

  it('moves and selects with arrow keys, Home and End, and Tab goes into the panel', async () => {
    const el = await mount(spread);
    $(el, '#tab-list')!.focus();
    setTimeout(() => void sendKeys({ press: 'ArrowRight' }));
    const event: CustomEvent<{ view: string }> = await oneEvent(el, 'ct-view-change');
    expect(event.detail.view).to.equal('map');
    await settle(el);
    expect(focused(el)?.id).to.equal('tab-map');
    expect(el.getAttribute('view')).to.equal('map');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(focused(el)?.id).to.equal('tab-regions');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused(el)?.id).to.equal('tab-list');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(focused(el)?.id).to.equal('tab-regions');
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(el.view).to.equal('list');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('panel-list');
  });
});

describe('ct-community-map: map keyboard', () => {
  it('is one tab stop, with no role=application', async () => {
    const el = await mount(spread, 'map');
    expect(el.shadowRoot!.querySelector('[role="application"]')).to.be.null;
    const markers = $$(el, '.cm-marker');
    expect(markers).to.have.length(4);
    expect(markers.filter((m) => m.tabIndex === 0)).to.have.length(1);
    $<HTMLButtonElement>(el, '.cm-zoom')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.classList.contains('cm-marker')).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });

  it('moves west–east with left/right and north–south with up/down, reaching every marker', async () => {
    const el = await mount(spread, 'map');
    const name = () => focused(el)?.getAttribute('aria-label');
    $<HTMLButtonElement>(el, '.cm-marker[tabindex="0"]')!.focus();
    // The first stop is the northernmost marker.
    expect(name()).to.equal('Newcastle Tech for Good, North East');
    await sendKeys({ press: 'Home' });
    await settle(el);
    const south: string[] = [name()!];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      south.push(name()!);
    }
    expect(south).to.deep.equal([
      'Newcastle Tech for Good, North East',
      'Norwich Tech Share, East of England',
      'Hackney Digital Hub, London',
      'Kernow Connect, Truro, South West',
    ]);
    const east: string[] = [name()!];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      east.push(name()!);
    }
    expect(east).to.deep.equal([
      'Kernow Connect, Truro, South West',
      'Newcastle Tech for Good, North East',
      'Hackney Digital Hub, London',
      'Norwich Tech Share, East of England',
    ]);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(name()).to.equal('Norwich Tech Share, East of England');
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(name()).to.equal('Newcastle Tech for Good, North East');
    expect($$(el, '.cm-marker').filter((m) => m.tabIndex === 0)).to.have.length(1);
  });

  it('gives every marker a unique accessible name', async () => {
    const el = await mount([...spread, { ...spread[1], geolocation: { lat: 52.2053, lon: 0.1218 } }], 'map');
    const names = $$(el, '.cm-marker').map((m) => m.getAttribute('aria-label'));
    expect(new Set(names).size).to.equal(names.length);
    expect(names).to.include('Norwich Tech Share, East of England (2)');
  });

  it('opens details with Enter, moves focus in, and Escape returns focus to the marker', async () => {
    const el = await mount(spread, 'map');
    const marker = $<HTMLButtonElement>(el, '.cm-marker[tabindex="0"]')!;
    marker.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const popover = $(el, '.cm-popover')!;
    expect(popover.getAttribute('role')).to.equal('dialog');
    expect(focused(el)).to.equal(popover);
    expect(marker.getAttribute('aria-expanded')).to.equal('true');
    expect(popover.textContent).to.contain('Newcastle Tech for Good');
    expect(popover.textContent).to.contain('Builds software for charities');
    // Positioned next to the marker by floating-ui.
    expect(popover.style.left).to.match(/px$/);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '.cm-popover')).to.be.null;
    expect(focused(el)?.getAttribute('aria-label')).to.equal('Newcastle Tech for Good, North East');
  });

  it('does not trap focus in the popover: Tab moves on through it and out', async () => {
    const el = await mount(spread, 'map');
    $<HTMLButtonElement>(el, '.cm-marker[tabindex="0"]')!.focus();
    $<HTMLButtonElement>(el, '.cm-marker[tabindex="0"]')!.click();
    await el.updateComplete;

    await settle(el);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent.trim()).to.equal('Close');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(document.activeElement?.id).to.equal('after');
    expect($(el, '.cm-popover')).to.be.null;
  });

  it('announces a cluster as "12 members in North West", opens it, and zooms into it', async () => {
    const el = await mount([...dense, spread[0]], 'map');
    const clusterMarker = $$(el, '.cm-marker--cluster')[0]!;
    expect(clusterMarker.getAttribute('aria-label')).to.equal('12 members in North West');
    expect(clusterMarker.textContent.trim()).to.equal('12');
    clusterMarker.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const popover = $(el, '.cm-popover')!;
    expect(popover.querySelectorAll('.cm-popover__list li')).to.have.length(12);
    const zoom = [...popover.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Zoom in to these members')!;
    zoom.click();
    await settle(el);
    await settle(el);
    expect($(el, '.cm-popover')).to.be.null;
    expect(focused(el)?.classList.contains('cm-marker')).to.be.true;
    const inside = $$(el, '.cm-marker').reduce((n, m) => n + Number(m.classList.contains('cm-marker--cluster') ? m.textContent : 1), 0);
    expect($$(el, '.cm-marker').length).to.be.greaterThan(1);
    expect(inside).to.be.at.least(12);
  });

  it('zooms with + and − from a marker and keeps focus on the member', async () => {
    const el = await mount([...dense], 'map');
    const start = $<HTMLButtonElement>(el, '.cm-marker[tabindex="0"]')!;
    start.focus();
    const before = $$(el, '.cm-marker').length;
    await sendKeys({ press: '+' });
    await settle(el);
    await sendKeys({ press: '+' });
    await settle(el);
    await sendKeys({ press: '+' });
    await settle(el);
    expect($$(el, '.cm-marker').length).to.be.greaterThan(before);
    expect(focused(el)?.classList.contains('cm-marker')).to.be.true;
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await settle(el);
    expect($$(el, '.cm-marker').length).to.equal(before);
    expect(focused(el)?.classList.contains('cm-marker')).to.be.true;
  });

  it('places members known only by region at the region, and says how many have no place', async () => {
    const el = await mount(
      [
        { name: 'Ada Jones', member_type: 'freelance-practitioner', region: 'north-west' },
        { name: 'Sam Patel', member_type: 'researcher' },
        { name: 'Paris Friends', geolocation: { lat: 48.85, lon: 2.35 } },
      ],
      'map',
    );
    const markers = $$(el, '.cm-marker');
    expect(markers).to.have.length(1);
    expect(markers[0]!.classList.contains('cm-marker--approx')).to.be.true;
    expect(el.shadowRoot!.textContent).to.contain('2 members have no location on the map. They are in the list view.');
    markers[0]!.click();
    await settle(el);
    expect($(el, '.cm-popover')!.textContent).to.contain('has not published an address');
  });

  it('gives the map graphic a text alternative', async () => {
    const el = await mount(spread, 'map');
    const svg = $(el, '.cm-svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    const desc = $(el, `#${svg.getAttribute('aria-labelledby')!}`)!;
    expect(desc.textContent).to.contain('A map of the UK’s 12 regions with 4 members on it, in North East, East of England, London and South West.');
  });
});

describe('ct-community-map: regions view', () => {
  it('counts members by region, calls out the missing ones and keys shading with patterns and numbers', async () => {
    const el = await mount([...spread, ...dense], 'regions');
    const rows = $$(el, '.cm-table tbody tr').map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]);
    expect(rows).to.have.length(12);
    expect(Object.fromEntries(rows)).to.deep.include({ 'North West': '12', 'East of England': '1', Scotland: '0', Wales: '0' });
    expect($(el, '.cm-missing')!.textContent).to.contain(
      'No members yet in: North East'.slice(0, 0) + 'No members yet in: Yorkshire and The Humber, East Midlands, West Midlands, South East, Scotland, Wales and Northern Ireland.',
    );
    const legend = $$(el, '.cm-legend__list li').map((li) => li.textContent.trim());
    expect(legend[0]).to.equal('None yet');
    expect(legend.length).to.be.greaterThan(1);
    const labels = $$(el, '.cm-count-label').map((t) => t.textContent);
    expect(labels).to.have.length(12);
    expect(labels).to.include('12');
    // Shading is doubled by a pattern, not colour alone.
    expect($$(el, '.cm-hatch--3').length).to.be.greaterThan(0);
  });

  it('speaks Welsh', async () => {
    const div = holder();
    div.lang = 'cy';
    const el = document.createElement('ct-community-map');
    el.view = 'regions';
    el.members = spread;
    div.append(el);
    await settle(el);
    expect($(el, '.cm-missing')!.textContent).to.contain('Dim aelodau eto yn:');
    expect($(el, '.cm-missing')!.textContent).to.contain('Yr Alban');
    expect($$(el, '[role="tab"]').map((t) => t.textContent.trim())).to.deep.equal(['Rhestr', 'Map', 'Rhanbarthau']);
  });
});

describe('ct-community-map: bad data and failing feeds', () => {
  it('shows one summary of skipped entries and warns in the console with the list', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await mountSrc('/fixtures/community-members-bad.json');
      expect($(el, '.cm-skipped__title')!.textContent).to.equal('4 entries could not be shown');
      expect($$(el, '.cm-skipped li').map((li) => li.textContent)).to.include('Entry 9 (Somewhere else): unknown region "Atlantis"');
      expect(el.skippedEntries).to.have.length(4);
      expect($$(el, '.cm-member')).to.have.length(6);
      expect(warnings.join('\n')).to.contain('entry 8 (Lost at sea): coordinates out of range (lat 123, lon -2)');
    } finally {
      console.warn = original;
    }
  });

  it('shows an error with a retry when the feed fails, and the retry loads it', async () => {
    const el = await mountSrc(`/community-map/flaky?id=${String(Math.random())}`);
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('The list of members could not be loaded.');
    expect(alert.textContent).to.contain('What went wrong: the server answered with status 503');
    const retry = alert.querySelector('button')!;
    expect(retry.textContent.trim()).to.equal('Try again');
    setTimeout(() => {
      retry.click();
    });
    await oneEvent(el, 'ct-members-load');
    await settle(el);
    expect($(el, '[role="alert"]')).to.be.null;
    expect($$(el, '.cm-member')).to.have.length(2);
  });

  it('says when a feed is not JSON', async () => {
    const el = await mountSrc('/community-map/not-json');
    expect($(el, '[role="alert"]')!.textContent).to.contain('the feed is not valid JSON');
  });

  it('refuses feeds over the size cap, declared or streamed', async () => {
    for (const route of ['huge-declared', 'huge-streamed']) {
      const el = await mountSrc(`/community-map/${route}`, '100000');
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent, route).to.contain('The list of members is too large to show here (over 100 kB).');
      expect($$(el, '.cm-member')).to.have.length(0);
    }
  });
});

describe('ct-community-map: hostile data renders as text', () => {
  it('never turns names, descriptions or tags into markup, and refuses javascript: links', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const xss = '<img src=x onerror="window.pwned=true">';
    const el = await mount(
      [
        { name: xss, description: '<script>window.pwned=true</script>', tags: ['<b>bold</b>'], region: 'wales', primary_url: 'https://example.org/"><script>' },
        { name: 'Bad link', primary_url: 'javascript:window.pwned=true' },
      ],
      'list',
    );
    await aTimeout(50);
    expect(el.shadowRoot!.querySelector('img, script, b')).to.be.null;
    expect($(el, '.cm-member__name')!.textContent).to.equal(xss);
    expect($(el, '.cm-description')!.textContent).to.equal('<script>window.pwned=true</script>');
    expect($$(el, 'a').some((a) => a.getAttribute('href')?.startsWith('javascript'))).to.be.false;
    expect(el.skippedEntries[0]?.reason).to.contain('primary_url');
    el.view = 'map';
    await settle(el);
    $<HTMLButtonElement>(el, '.cm-marker')!.click();
    await settle(el);
    expect($(el, '.cm-popover')!.querySelector('img, script')).to.be.null;
    expect((window as unknown as { pwned?: boolean }).pwned).to.be.false;
  });
});

describe('ct-community-map: list view', () => {
  it('shows members 50 at a time and moves focus to the first new one', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ name: `Member ${String(i + 1)}`, region: 'wales' }));
    const el = await mount(many);
    expect($$(el, '.cm-member')).to.have.length(50);
    const more = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.includes('more'))!;
    expect(more.textContent.trim()).to.equal('Show 50 more members');
    more.click();
    await settle(el);
    expect($$(el, '.cm-member')).to.have.length(100);
    expect(focused(el)?.textContent).to.contain('Member 51');
  });
});

describe('ct-community-map: accessibility of each view', () => {
  for (const view of ['list', 'map', 'regions']) {
    it(`${view} view passes axe`, async () => {
      const el = await mount([...spread, ...dense], view);
      await expect(el).to.be.accessible();
    });
  }

  it('map view with details open passes axe', async () => {
    const el = await mount(spread, 'map');
    $<HTMLButtonElement>(el, '.cm-marker')!.click();
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('has forced-colours rules for the map and respects reduced motion', async () => {
    const el = await mount(spread, 'map');
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
    const forced = rules.filter((r) => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active')).map((r) => r.cssText.toLowerCase());
    const mapRules = forced.find((text) => text.includes('.cm-marker'));
    expect(mapRules).to.contain('buttontext');
    expect(mapRules).to.contain('.cm-region');
    expect(mapRules).to.contain('canvastext');
    // Puppeteer's Firefox (WebDriver BiDi) cannot emulate media features; Chromium checks the computed style.
    if (!isFirefox) {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const marker = $(el, '.cm-marker')!;
        expect(getComputedStyle(marker).transitionDuration).to.match(/^0s$|^1e-05s$/);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    }
  });
});
