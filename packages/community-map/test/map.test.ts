// ct-community-map — map keyboard and pointer-free paths.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CtCommunityMap } from '../src/community-map.js';
import { $, $$, dense, focused, holder, mount, settle, spread } from './helpers.js';

describe('ct-community-map: map keyboard', () => {
  it('is one tab stop, with no role=application', async () => {
    const el = await mount(spread, 'map');
    expect(el.shadowRoot!.querySelector('[role="application"]')).to.be.null;
    const markers = $$(el, '.ct-map-marker');
    expect(markers).to.have.length(4);
    expect(markers.filter((m) => m.tabIndex === 0)).to.have.length(1);
    // From the last map button (unavailable at the whole UK, but focusable).
    $$<HTMLButtonElement>(el, '.ct-map-map__controls button').at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.classList.contains('ct-map-marker')).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });

  it('moves west–east with left/right and north–south with up/down, reaching every marker', async () => {
    const el = await mount(spread, 'map');
    const name = () => focused(el)?.getAttribute('aria-label');
    $<HTMLButtonElement>(el, '.ct-map-marker[tabindex="0"]')!.focus();
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
    expect($$(el, '.ct-map-marker').filter((m) => m.tabIndex === 0)).to.have.length(1);
  });

  it('gives every marker a unique accessible name', async () => {
    const el = await mount([...spread, { ...spread[1], geolocation: { lat: 52.2053, lon: 0.1218 } }], 'map');
    const names = $$(el, '.ct-map-marker').map((m) => m.getAttribute('aria-label'));
    expect(new Set(names).size).to.equal(names.length);
    expect(names).to.include('Norwich Tech Share, East of England (2)');
  });

  it('opens details with Enter, moves focus in, and Escape returns focus to the marker', async () => {
    const el = await mount(spread, 'map');
    const marker = $<HTMLButtonElement>(el, '.ct-map-marker[tabindex="0"]')!;
    marker.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const popover = $(el, '.ct-map-popover')!;
    expect(popover.getAttribute('role')).to.equal('dialog');
    expect(focused(el)).to.equal(popover);
    expect(marker.getAttribute('aria-expanded')).to.equal('true');
    expect(popover.textContent).to.contain('Newcastle Tech for Good');
    expect(popover.textContent).to.contain('Builds software for charities');
    // Positioned beside the marker (to its right, or its left where the map has no room on the right),
    // clear of its focus ring, and inside the map (test/popover.test.ts).
    expect(popover.style.left).to.match(/px$/);
    const p = popover.getBoundingClientRect();
    const m = marker.getBoundingClientRect();
    expect(Math.max(p.left - m.right, m.left - p.right)).to.be.within(8, 16);
    const f = $(el, '.ct-map-frame')!.getBoundingClientRect();
    expect(p.left).to.be.at.least(f.left + 3);
    expect(p.right).to.be.at.most(f.right - 3);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '.ct-map-popover')).to.be.null;
    expect(focused(el)?.getAttribute('aria-label')).to.equal('Newcastle Tech for Good, North East');
  });

  it('does not trap focus in the popover: Tab moves on through it and out', async () => {
    const el = await mount(spread, 'map');
    $<HTMLButtonElement>(el, '.ct-map-marker[tabindex="0"]')!.focus();
    $<HTMLButtonElement>(el, '.ct-map-marker[tabindex="0"]')!.click();
    await el.updateComplete;

    await settle(el);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.textContent.trim()).to.equal('Close');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(document.activeElement?.id).to.equal('after');
    expect($(el, '.ct-map-popover')).to.be.null;
  });

  it('closes the details when the arrow keys take focus to another marker, so they cannot cover it', async () => {
    const el = await mount(spread, 'map');
    const marker = $<HTMLButtonElement>(el, '.ct-map-marker[tabindex="0"]')!;
    marker.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focused(el)?.classList.contains('ct-map-popover')).to.be.true;
    // Back to the marker: the details stay open for it.
    // Shift+Tab as three steps: puppeteer's Firefox does not know "Shift+Tab".
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await settle(el);
    expect(focused(el)?.getAttribute('aria-label')).to.equal(marker.getAttribute('aria-label'));
    // (Booleans, not elements, in these expectations: a failing comparison of elements hangs the runner.)
    expect($(el, '.ct-map-popover') !== null, 'details still open on their own marker').to.be.true;
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused(el)?.getAttribute('aria-label')).to.not.equal(marker.getAttribute('aria-label'));
    expect($(el, '.ct-map-popover') === null, 'details closed when another marker takes focus').to.be.true;
    expect($$(el, '.ct-map-marker[aria-expanded="true"]')).to.have.length(0);
  });

  it('announces a cluster as "12 members in North West", opens it, and zooms into it', async () => {
    const el = await mount([...dense, spread[0]], 'map');
    const clusterMarker = $$(el, '.ct-map-marker--cluster')[0]!;
    expect(clusterMarker.getAttribute('aria-label')).to.equal('12 members in North West');
    expect(clusterMarker.textContent.trim()).to.equal('12');
    clusterMarker.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const popover = $(el, '.ct-map-popover')!;
    expect(popover.querySelectorAll('.ct-map-popover__list li')).to.have.length(12);
    const zoom = [...popover.querySelectorAll('button')].find(
      (b) => b.textContent.trim() === 'Zoom in to these members',
    )!;
    zoom.click();
    await settle(el);
    await settle(el);
    expect($(el, '.ct-map-popover')).to.be.null;
    expect(focused(el)?.classList.contains('ct-map-marker')).to.be.true;
    const inside = $$(el, '.ct-map-marker').reduce(
      (n, m) => n + Number(m.classList.contains('ct-map-marker--cluster') ? m.textContent : 1),
      0,
    );
    expect($$(el, '.ct-map-marker').length).to.be.greaterThan(1);
    expect(inside).to.be.at.least(12);
  });

  it('zooms with + and − from a marker and keeps focus on the member', async () => {
    const el = await mount([...dense], 'map');
    const start = $<HTMLButtonElement>(el, '.ct-map-marker[tabindex="0"]')!;
    start.focus();
    const before = $$(el, '.ct-map-marker').length;
    // The 12 are within about 10 km: they cluster until they are a marker or two apart on screen.
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: '+' });
      await settle(el);
    }
    expect($$(el, '.ct-map-marker').length).to.be.greaterThan(before);
    expect(focused(el)?.classList.contains('ct-map-marker')).to.be.true;
    for (let i = 0; i < 4; i++) await sendKeys({ press: '-' });
    await settle(el);
    expect($$(el, '.ct-map-marker').length).to.equal(before);
    expect(focused(el)?.classList.contains('ct-map-marker')).to.be.true;
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
    const markers = $$(el, '.ct-map-marker');
    expect(markers).to.have.length(1);
    expect(markers[0]!.classList.contains('ct-map-marker--approx')).to.be.true;
    expect(el.shadowRoot!.textContent).to.contain('2 members have no location on the map. They are in the list view.');
    markers[0]!.click();
    await settle(el);
    expect($(el, '.ct-map-popover')!.textContent).to.contain('has not published an address');
  });

  it('gives the map graphic a text alternative', async () => {
    const el = await mount(spread, 'map');
    const svg = $(el, '.ct-map-svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    const desc = $(el, `#${svg.getAttribute('aria-labelledby')!}`)!;
    expect(desc.textContent).to.contain(
      'A map of the UK’s 12 regions with 4 members on it, in North East, East of England, London and South West.',
    );
  });
});

describe('ct-community-map: details popover placement', () => {
  it('goes to another side of a marker with no room on its right, and stays inside the map', async () => {
    const el = await mount(spread, 'map');
    // Push the map to the right edge of the viewport: no room for the popover on the right. 560 px: a
    // narrower map shows the details as a sheet instead.
    el.style.cssText = `display: block; margin-left: ${String(document.documentElement.clientWidth - 570)}px; width: 560px`;
    await settle(el);
    const marker = $$(el, '.ct-map-marker').find((mk) => mk.getAttribute('aria-label')?.startsWith('Norwich'))!;
    marker.click();
    await settle(el);
    const p = $(el, '.ct-map-popover')!.getBoundingClientRect();
    const m = marker.getBoundingClientRect();
    const f = $(el, '.ct-map-frame')!.getBoundingClientRect();
    expect(f.right - m.right, 'too little room on the right').to.be.below(p.width);
    // Beside the marker on the side that fits and covers the fewest other markers (popover.test.ts).
    const gap = Math.hypot(
      Math.max(0, p.left - m.right, m.left - p.right),
      Math.max(0, p.top - m.bottom, m.top - p.bottom),
    );
    expect(gap).to.be.within(8, 16);
    expect(p.right).to.be.at.most(f.right - 3);
    expect(p.left).to.be.at.least(f.left + 3);
    expect(p.top).to.be.at.least(f.top + 3);
    expect(p.bottom).to.be.at.most(f.bottom - 3);
  });
});

describe('ct-community-map: map buttons at their limits stay focusable', () => {
  const controls = (el: CtCommunityMap) => {
    const [zoomIn, zoomOut, reset] = $$<HTMLButtonElement>(el, '.ct-map-map__controls button');
    return { zoomIn: zoomIn!, zoomOut: zoomOut!, reset: reset! };
  };
  const viewBox = (el: CtCommunityMap) => $(el, '.ct-map-svg')!.getAttribute('viewBox');
  const press = async (el: CtCommunityMap, times = 1) => {
    for (let i = 0; i < times; i++) {
      await sendKeys({ press: 'Enter' });
      await settle(el);
    }
  };

  it('"Zoom in" at the most zoom keeps focus: aria-disabled, not disabled, and pressing it does nothing', async () => {
    const el = await mount(spread, 'map');
    const { zoomIn } = controls(el);
    expect(zoomIn.hasAttribute('aria-disabled')).to.be.false;
    zoomIn.focus();
    await press(el, 4);
    expect(focused(el)?.getAttribute('aria-label'), 'focus stays on Zoom in').to.equal('Zoom in');
    expect(zoomIn.disabled).to.be.false;
    expect(zoomIn.getAttribute('aria-disabled')).to.equal('true');
    const before = viewBox(el);
    await press(el);
    expect(viewBox(el)).to.equal(before);
    expect(focused(el)?.getAttribute('aria-label')).to.equal('Zoom in');
  });

  it('"Zoom out" at the whole UK keeps focus and says it is unavailable', async () => {
    const el = await mount(spread, 'map');
    const { zoomIn, zoomOut } = controls(el);
    expect(zoomOut.getAttribute('aria-disabled'), 'nothing to zoom out of at first').to.equal('true');
    zoomIn.focus();
    await press(el, 2);
    zoomOut.focus();
    expect(zoomOut.hasAttribute('aria-disabled')).to.be.false;
    await press(el, 2);
    expect(focused(el)?.getAttribute('aria-label'), 'focus stays on Zoom out').to.equal('Zoom out');
    expect(zoomOut.disabled).to.be.false;
    expect(zoomOut.getAttribute('aria-disabled')).to.equal('true');
  });

  it('"Show the whole UK" keeps focus once it has done its job', async () => {
    const el = await mount(spread, 'map');
    const { zoomIn, reset } = controls(el);
    expect(reset.getAttribute('aria-disabled')).to.equal('true');
    const whole = viewBox(el);
    zoomIn.focus();
    await press(el);
    reset.focus();
    await press(el);
    expect(viewBox(el)).to.equal(whole);
    expect(focused(el)?.textContent.trim(), 'focus stays on the button').to.equal('Show the whole UK');
    expect(reset.disabled).to.be.false;
    expect(reset.getAttribute('aria-disabled')).to.equal('true');
  });
});

describe('ct-community-map: "How to use the map"', () => {
  it('is a disclosure button: the instructions are hidden until it is pressed, by keyboard', async () => {
    const el = await mount(spread, 'map');
    const toggle = $<HTMLButtonElement>(el, 'button[aria-controls="ct-map-keys"]')!;
    const keys = $(el, '#ct-map-keys')!;
    expect(toggle.textContent.trim()).to.equal('How to use the map');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('ct-map-keys');
    expect(keys.hidden).to.be.true;
    expect(keys.getClientRects()).to.have.length(0);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(keys.getClientRects().length).to.be.above(0);
    expect(keys.textContent).to.contain('arrow keys move between markers');
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(keys.hidden).to.be.true;
    expect(focused(el)).to.equal(toggle);
  });

  it('hidden, the instructions still describe the marker a screen reader tabs to', async () => {
    const el = await mount(spread, 'map');
    const marker = $(el, '.ct-map-marker[tabindex="0"]')!;
    expect(marker.getAttribute('aria-describedby')?.split(' ')).to.include('ct-map-keys');
    // aria-describedby names hidden text too (accname: a directly referenced node counts even when hidden);
    // tests/screen-reader's map flow hears it from Orca on tabbing in.
    const described = marker
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id));
    const keys = described.find((node) => node?.id === 'ct-map-keys');
    expect(keys?.hidden).to.be.true;
    expect(keys?.textContent).to.contain('arrow keys move between markers');
  });

  it('speaks Welsh', async () => {
    const div = holder();
    div.lang = 'cy';
    const el = document.createElement('ct-community-map');
    el.view = 'map';
    el.members = spread;
    div.append(el);
    await settle(el);
    expect($(el, 'button[aria-controls="ct-map-keys"]')!.textContent.trim()).to.equal('Sut i ddefnyddio’r map');
  });
});
