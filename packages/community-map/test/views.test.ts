// ct-community-map — views, filters and announcements.
import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { getAnnouncer } from '@ctkit/core';
import { $, $$, dense, focused, holder, isFirefox, mount, settle, spread } from './helpers.js';
import { formatList } from '../src/map-view.js';
import { waitFor } from '../../../tests/support/helpers.js';

describe('ct-community-map: filters, count and announcements', () => {
  it('puts the filters first and announces the count politely after typing', async () => {
    const el = await mount(spread);
    const first = el.shadowRoot!.querySelector('.ct-map > *');
    expect(first?.matches('search[aria-labelledby="f-heading"]')).to.be.true;
    const input = $<HTMLInputElement>(el, '#f-q')!;
    input.focus();
    await sendKeys({ type: 'hackney' });
    await settle(el);
    expect($(el, '.ct-filters__count')!.textContent).to.equal('Showing 1 member of 4');
    expect($$(el, '.ct-map-member')).to.have.length(1);
    await waitFor(() => getAnnouncer().text('polite') === 'Showing 1 member of 4', 'the count is announced');
    expect(getAnnouncer().text('assertive')).to.equal('');
  });

  it('says so, in the view and to screen readers, when nothing matches', async () => {
    const el = await mount(spread);
    el.setFilters({ query: 'zzz' });
    await settle(el);
    expect($(el, '.ct-map-empty')!.textContent).to.contain('No members match your search and filters.');
    await waitFor(
      () => getAnnouncer().text('polite') === 'No members match your search and filters.',
      'no results is announced',
    );
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
    expect($$(el, '.ct-map-marker')).to.have.length(1);
    el.view = 'regions';
    await settle(el);
    const rows = $$(el, '.ct-map-table tbody tr').map(
      (tr) => `${tr.querySelector('th')!.textContent} ${tr.querySelector('td')!.textContent}`,
    );
    expect(rows).to.include('London 1');
    expect(rows).to.include('South West 0');
  });

  it('"Clear filters" moves focus to the search box as it goes, and still announces the count', async () => {
    const el = await mount(spread);
    const type = $<HTMLSelectElement>(el, '#f-memberType')!;
    type.value = 'community-group';
    type.dispatchEvent(new Event('change'));
    await settle(el);
    $<HTMLButtonElement>(el, '.ct-filters__clear')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($(el, '.ct-filters__clear'), 'the button goes with the filters').to.be.null;
    expect(focused(el)?.id, 'focus moves to the first filter, not the page').to.equal('f-q');
    expect($<HTMLSelectElement>(el, '#f-memberType')!.value).to.equal('');
    await waitFor(() => getAnnouncer().text('polite') === 'Showing all 4 members', 'the count is announced');
  });
});
describe('ct-community-map: views are an APG tab set', () => {
  it('has a tablist with one selected tab per view, linked to panels', async () => {
    const el = await mount(spread);
    const tabs = $$(el, '[role="tab"]');
    expect(tabs.map((t) => t.textContent.trim())).to.deep.equal(['List', 'Map', 'Regions']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
    expect(tabs.map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    for (const tab of tabs)
      expect($(el, `#${tab.getAttribute('aria-controls')!}`)?.getAttribute('role')).to.equal('tabpanel');
    expect($(el, '#panel-map')!.hidden).to.be.true;
  });

  it('moves and selects with arrow keys, Home and End, and Tab goes into the panel', async () => {
    const el = await mount(spread);
    $(el, '#tab-list')!.focus();
    const changed: Promise<CustomEvent<{ view: string }>> = oneEvent(el, 'ct-view-changed');
    const deprecated: Promise<CustomEvent<{ view: string }>> = oneEvent(el, 'ct-view-change');
    await sendKeys({ press: 'ArrowRight' });
    const event = await changed;
    expect(event.detail.view).to.equal('map');
    expect((await deprecated).detail, 'the deprecated name is fired too').to.equal(event.detail);
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
describe('ct-community-map: regions view', () => {
  it('counts members by region, calls out the missing ones and keys shading with patterns and numbers', async () => {
    const el = await mount([...spread, ...dense], 'regions');
    const rows = $$(el, '.ct-map-table tbody tr').map((tr) => [
      tr.querySelector('th')!.textContent,
      tr.querySelector('td')!.textContent,
    ]);
    expect(rows).to.have.length(12);
    expect(Object.fromEntries(rows)).to.deep.include({
      'North West': '12',
      'East of England': '1',
      Scotland: '0',
      Wales: '0',
    });
    expect($(el, '#ct-map-regions-summary')!.textContent).to.contain(
      'No members yet in: North East'.slice(0, 0) +
        'No members yet in: Yorkshire and The Humber, East Midlands, West Midlands, South East, Scotland, Wales and Northern Ireland.',
    );
    const legend = $$(el, '.ct-map-legend__list li').map((li) => li.textContent.trim());
    expect(legend[0]).to.equal('None yet');
    expect(legend.length).to.be.greaterThan(1);
    const labels = $$(el, '.ct-map-count-label').map((t) => t.textContent);
    expect(labels).to.have.length(12);
    expect(labels).to.include('12');
    // Shading is doubled by a pattern, not colour alone.
    expect($$(el, '.ct-map-hatch--3').length).to.be.greaterThan(0);
  });

  it('speaks Welsh', async () => {
    const div = holder();
    div.lang = 'cy';
    const el = document.createElement('ct-community-map');
    el.view = 'regions';
    el.members = spread;
    div.append(el);
    await settle(el);
    expect($(el, '#ct-map-regions-summary')!.textContent).to.contain('Dim aelodau eto yn:');
    // The list is joined in Welsh ("a", "a’r", "a Ch…"), even where the browser has no Welsh list data.
    expect($(el, '#ct-map-regions-summary')!.textContent).to.contain('Swydd Efrog a’r Humber, ');
    expect($(el, '#ct-map-regions-summary')!.textContent).to.contain('Yr Alban, Cymru a Gogledd Iwerddon.');
    expect($(el, '#ct-map-regions-summary')!.textContent).to.not.match(/\band\b/);
    expect($$(el, '[role="tab"]').map((t) => t.textContent.trim())).to.deep.equal(['Rhestr', 'Map', 'Rhanbarthau']);
  });
});
describe('ct-community-map: lists joined in the widget’s language', () => {
  it('joins Welsh with "a" (with its mutation), "a’r" and "ac", and English with "and"', () => {
    expect(formatList('en', ['Scotland', 'Wales', 'Northern Ireland'])).to.equal(
      'Scotland, Wales and Northern Ireland',
    );
    const welshData = new Intl.ListFormat('cy-GB').resolvedOptions().locale.startsWith('cy');
    for (const [items, hand] of [
      [['Llundain', 'Cymru'], 'Llundain a Chymru'],
      [['Cymru', 'Yr Alban'], 'Cymru a’r Alban'],
      [['Cymru', 'Ynys Môn'], 'Cymru ac Ynys Môn'],
      [['Yr Alban', 'Gogledd Iwerddon'], 'Yr Alban a Gogledd Iwerddon'],
    ] as const) {
      const text = formatList('cy', [...items]);
      expect(text).to.not.match(/\band\b/);
      // Where the browser knows Welsh lists, its own answer stands; else the hand-made join.
      if (!welshData) expect(text).to.equal(hand);
    }
    expect(formatList('cy', ['Cymru'])).to.equal('Cymru');
  });
});

describe('ct-community-map: hostile data renders as text', () => {
  it('never turns names, descriptions or tags into markup, and refuses javascript: links', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const xss = '<img src=x onerror="window.pwned=true">';
    const el = await mount(
      [
        {
          name: xss,
          description: '<script>window.pwned=true</script>',
          tags: ['<b>bold</b>'],
          region: 'wales',
          primary_url: 'https://example.org/"><script>',
        },
        { name: 'Bad link', primary_url: 'javascript:window.pwned=true' },
      ],
      'list',
    );
    await settle(el);
    expect(el.shadowRoot!.querySelector('img, script, b')).to.be.null;
    expect($(el, '.ct-map-member__name')!.textContent).to.equal(xss);
    expect($(el, '.ct-map-description')!.textContent).to.equal('<script>window.pwned=true</script>');
    expect($$(el, 'a').some((a) => a.getAttribute('href')?.startsWith('javascript'))).to.be.false;
    // The member with a javascript: address is shown, without a link.
    expect($$(el, '.ct-map-member__name').map((p) => [p.textContent, p.querySelector('a')])).to.deep.include([
      'Bad link',
      null,
    ]);
    expect(el.skippedEntries).to.deep.equal([]);
    el.view = 'map';
    await settle(el);
    $<HTMLButtonElement>(el, '.ct-map-marker')!.click();
    await settle(el);
    expect($(el, '.ct-map-popover')!.querySelector('img, script')).to.be.null;
    expect((window as unknown as { pwned?: boolean }).pwned).to.be.false;
  });
});
describe('ct-community-map: the feed’s own words', () => {
  it('carry the language content-lang names, in the list and in the map’s details', async () => {
    const members = [
      {
        name: 'Valleys Digital',
        region: 'wales',
        description: 'Device lending for older people',
        tags: ['device lending'],
        geolocation: { lat: 51.6, lon: -3.4 },
      },
    ];
    const el = await mount(members);
    const langs = () => [
      $(el, '.ct-map-description')!.getAttribute('lang'),
      $(el, '.ct-map-tags')!.getAttribute('lang'),
    ];
    expect(langs(), 'not said: no lang of its own').to.deep.equal([null, null]);
    el.contentLang = 'en';
    await settle(el);
    expect(langs()).to.deep.equal(['en', 'en']);
    el.view = 'map';
    await settle(el);
    $<HTMLButtonElement>(el, '.ct-map-marker')!.click();
    await settle(el);
    expect($(el, '.ct-map-popover .ct-map-description')!.getAttribute('lang')).to.equal('en');
  });
});
describe('ct-community-map: list view', () => {
  it('shows members 50 at a time and moves focus to the first new one', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ name: `Member ${String(i + 1)}`, region: 'wales' }));
    const el = await mount(many);
    expect($$(el, '.ct-map-member')).to.have.length(50);
    const more = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.includes('more'))!;
    expect(more.textContent.trim()).to.equal('Show 50 more members');
    more.click();
    await settle(el);
    expect($$(el, '.ct-map-member')).to.have.length(100);
    expect(focused(el)?.textContent).to.contain('Member 51');
    // Where focus went shows: the yellow outline alone is 1.07:1 on white, so a dark bar goes inside it.
    const style = getComputedStyle(focused(el)!);
    expect(style.outlineColor).to.equal('rgb(255, 221, 0)');
    expect(style.boxShadow).to.contain('rgb(11, 12, 12)');
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
    $<HTMLButtonElement>(el, '.ct-map-marker')!.click();
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('has forced-colours rules for the map and respects reduced motion', async () => {
    const el = await mount(spread, 'map');
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
    const forced = rules
      .filter((r) => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'))
      .map((r) => r.cssText.toLowerCase());
    const mapRules = forced.find((text) => text.includes('.ct-map-marker'));
    expect(mapRules).to.contain('buttontext');
    expect(mapRules).to.contain('.ct-map-region');
    expect(mapRules).to.contain('canvastext');
    // Puppeteer's Firefox (WebDriver BiDi) cannot emulate media features; Chromium checks the computed style.
    if (!isFirefox) {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const marker = $(el, '.ct-map-marker')!;
        expect(getComputedStyle(marker).transitionDuration).to.match(/^0s$|^1e-05s$/);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    }
  });
});

describe('ct-community-map: the partner’s brand colour', () => {
  const colourOf = (value: string) => {
    const probe = document.createElement('div');
    probe.style.color = value;
    document.body.append(probe);
    const computed = getComputedStyle(probe).color;
    probe.remove();
    return computed;
  };

  it('reaches markers, clusters and the regions’ shading through --ct-color-brand', async () => {
    const brand = '#5a2d82';
    const el = await mount([...spread, ...dense], 'map');
    el.parentElement!.style.setProperty('--ct-color-brand', brand);
    await settle(el);
    const single = $$(el, '.ct-map-marker').find((m) => !m.classList.contains('ct-map-marker--cluster'))!;
    const cluster = $(el, '.ct-map-marker--cluster')!;
    expect(getComputedStyle(single).backgroundColor).to.equal(colourOf(brand));
    expect(getComputedStyle(cluster).backgroundColor).to.equal(colourOf(brand));
    expect(getComputedStyle(cluster).color).to.equal(colourOf('#ffffff'));
    el.view = 'regions';
    await settle(el);
    const fills = [1, 2, 3].map(
      (bin) =>
        getComputedStyle(
          $(el, `.ct-map-legend .ct-map-shade--${String(bin)}`) ??
            $(el, `.ct-map-region.ct-map-shade--${String(bin)}`)!,
        ).fill,
    );
    expect(fills[2]).to.equal(colourOf(brand));
    // The lighter shades are the brand mixed into the surface: neither the brand nor the old greens.
    expect(new Set(fills).size).to.equal(3);
    expect(fills).not.to.include(colourOf('#cce2d8'));
  });

  it('takes a map colour set on its own over the brand', async () => {
    const el = await mount(dense, 'map');
    el.style.setProperty('--ct-color-brand', '#5a2d82');
    el.style.setProperty('--ct-map-cluster', '#0b0c0c');
    el.style.setProperty('--ct-map-cluster-text', '#ffdd00');
    await settle(el);
    const cluster = $(el, '.ct-map-marker--cluster')!;
    expect(getComputedStyle(cluster).backgroundColor).to.equal(colourOf('#0b0c0c'));
    expect(getComputedStyle(cluster).color).to.equal(colourOf('#ffdd00'));
  });
});
