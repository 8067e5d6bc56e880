// ct-community-map — the map and regions views load on demand (src/map-view.ts), with a status while
// they come and an error with a retry if they cannot. Tests run in order in one page: the views, once
// loaded, stay loaded, so the tests that need them absent come first.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { lazyParts as lazy } from '../src/lazy.js';
import { $, focused, mount } from './helpers.js';
import { swapConsoleWarn, waitFor } from '../../../tests/support/helpers.js';

const requested = (module: string) =>
  performance
    .getEntriesByType('resource')
    .filter((e) => new RegExp(`/packages/community-map/src/${module}\\.[jt]s$`).test(e.name)).length;
// Coordinates decide a region first, and names other than the regions' own are looked up with the
// outlines: a list needs neither only when its members give a region's id or name and no coordinates.
const regionsOnly = [
  { name: 'Cardiff Digital Community', region: 'wales' },
  { name: 'Salford Tech Buddies', region: 'North West' },
];
const quietly = async (run: () => Promise<void>) => {
  const swap = swapConsoleWarn();
  const warnings = swap.texts;
  try {
    await run();
  } finally {
    swap.restore();
  }
  return warnings;
};

describe('ct-community-map: the map views load on demand', () => {
  it('fetches neither the map views nor the outlines for a list whose members all name their region, without coordinates', async () => {
    const el = await mount(regionsOnly);
    expect($(el, '.ct-map-member')).to.not.equal(null);
    expect(requested('map-view')).to.equal(0);
    expect(requested('geo')).to.equal(0);
    expect(requested('uk-regions')).to.equal(0);
  });

  it('fetches only the region names, not the outlines or the map views, for a region given in other words', async () => {
    const el = await mount([{ name: 'Salford Tech Buddies', region: 'Salford, Greater Manchester' }]);
    expect($(el, '.ct-map-member')!.textContent).to.contain('North West');
    expect(requested('region-names')).to.equal(1);
    expect(requested('uk-regions')).to.equal(0);
    expect(requested('map-view')).to.equal(0);
  });

  it('fetches only the outlines, not the map views, when a listed member gives coordinates', async () => {
    const el = await mount([{ name: 'Norwich Tech Share', geolocation: { lat: 52.6309, lon: 1.2974 } }]);
    expect($(el, '.ct-map-member')!.textContent).to.contain('East of England');
    expect(requested('uk-regions')).to.equal(1);
    expect(requested('map-view')).to.equal(0);
  });

  it('shows an error with a retry when they cannot be fetched, a polite status while they come, and keeps focus', async () => {
    const original = lazy.mapViews;
    let release: () => void = () => undefined;
    try {
      const warnings = await quietly(async () => {
        lazy.mapViews = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
        const el = await mount(regionsOnly);
        $(el, '#tab-list')!.focus();
        await sendKeys({ press: 'End' });
        await el.updateComplete;
        // APG tabs: the arrow keys keep focus on the tabs.
        expect(focused(el)?.id).to.equal('tab-regions');
        const alert = $(el, '#panel-regions [role="alert"]')!;
        expect(alert.textContent).to.contain('The map could not be loaded. The list view shows the same members.');
        const retry = alert.querySelector('button')!;
        expect(retry.textContent.trim()).to.equal('Try again');
        await expect(el).to.be.accessible();
        // The list is still there, whole.
        await sendKeys({ press: 'Home' });
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('#panel-list .ct-map-member')).to.have.length(2);
        await sendKeys({ press: 'End' });
        await el.updateComplete;

        const held = new Promise<void>((resolve) => {
          release = resolve;
        });
        lazy.mapViews = () => held.then(original);
        const again = $(el, '#panel-regions [role="alert"] button')!;
        again.focus();
        again.click();
        await waitFor(() => $(el, '#panel-regions [role="status"]'), 'the loading status is shown');
        expect($(el, '#panel-regions [role="status"]')!.textContent).to.equal('Loading the map…');
        // The button went away: focus moved to the panel, where the view will appear.
        expect(focused(el)?.id).to.equal('panel-regions');
        await expect(el).to.be.accessible();
        release();
        await el.updateComplete;
        expect($(el, '#panel-regions .ct-map-table')).to.not.equal(null);
        expect($(el, '#panel-regions [role="alert"], #panel-regions [role="status"]')).to.equal(null);
        expect(focused(el)?.id).to.equal('panel-regions');
      });
      expect(warnings.join('\n')).to.contain('could not load the map view');
    } finally {
      release();
      lazy.mapViews = original;
    }
  });

  it('fetches the map views the first time a map view is shown, and once only', async () => {
    const el = await mount(regionsOnly, 'map');
    expect($(el, '.ct-map-marker')).to.not.equal(null);
    expect(requested('map-view')).to.equal(1);
    el.view = 'regions';
    await el.updateComplete;
    expect($(el, '.ct-map-table')).to.not.equal(null);
    expect(requested('map-view')).to.equal(1);
  });

  it('moves focus along the tabs at once while the map views are still on their way (APG tabs)', async () => {
    const original = lazy.mapViews;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    lazy.mapViews = () => held.then(original);
    try {
      const el = await mount(regionsOnly);
      $(el, '#tab-list')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await waitFor(() => focused(el)?.id === 'tab-map', 'focus follows the selected tab before the views arrive');
      expect($(el, '#tab-map')!.getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'ArrowRight' });
      await waitFor(() => focused(el)?.id === 'tab-regions', 'and again on the next arrow key');
      expect($(el, '#panel-regions [role="status"]')!.textContent).to.equal('Loading the map…');
      release();
      await el.updateComplete;
      expect($(el, '#panel-regions .ct-map-table')).to.not.equal(null);
      expect(focused(el)?.id).to.equal('tab-regions');
    } finally {
      release();
      lazy.mapViews = original;
    }
  });

  it('keeps the list as long as the reader made it, and focus where it was, when the map views arrive', async () => {
    const members = Array.from({ length: 80 }, (_, i) => ({
      name: `Group ${String(i + 1).padStart(2, '0')}`,
      region: 'wales',
    }));
    const el = await mount(members);
    const more = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('#panel-list button')].find((b) =>
      /more/i.test(b.textContent),
    )!;
    more.click();
    await waitFor(
      () => el.shadowRoot!.querySelectorAll('#panel-list .ct-map-member').length === 80,
      'Show more shows all 80',
    );
    const before = focused(el);
    // Pointing at the Map tab fetches the views ahead of time.
    $(el, '#tab-map')!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete; // waits for the views' chunk and the render it brings
    expect(el.shadowRoot!.querySelectorAll('#panel-list .ct-map-member')).to.have.length(80);
    expect(focused(el)).to.equal(before);
  });
});
