/**
 * The built embed bundle (packages/embed/dist/ctkit.js, made by `npm test`'s build step) registers
 * <ct-community-map> only when one appears in the page, loading the map chunk next to ctkit.js.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../../../tests/support/helpers.js';

// The element's chunk: `community-map-<8-character hash>.js` (its parts are `community-map-geo-…` and so on).
const mapChunkRequests = () =>
  performance
    .getEntriesByType('resource')
    .filter((e) => /\/packages\/embed\/dist\/chunks\/community-map-[\w-]{8}\.js$/.test(e.name));

describe('embed bundle: lazy community map', () => {
  it('does not load the map until a <ct-community-map> appears, then loads its chunk', async () => {
    const bundle = '/packages/embed/dist/ctkit.js';
    await import(/* @vite-ignore */ bundle);
    expect(customElements.get('ct-community-map')).to.equal(undefined);
    expect(mapChunkRequests()).to.have.length(0);

    const holder = document.createElement('div');
    holder.innerHTML = '<section><ct-community-map view="regions"></ct-community-map></section>';
    const appeared = performance.now();
    document.body.append(holder);
    try {
      await waitFor(() => customElements.get('ct-community-map'), 'ct-community-map is defined');
      expect(mapChunkRequests()).to.have.length(1);
      // Fetched after the tag appeared, not before (a state, where a fixed wait before the tag was a guess).
      expect(mapChunkRequests()[0]!.startTime).to.be.at.least(appeared);
      const el = holder.querySelector('ct-community-map')!;
      el.members = [{ name: 'Cardiff Digital Community', region: 'wales' }];
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.ct-map-table')).to.not.equal(null);
      // Loading the bundle a second time throws nothing and loads nothing more.
      await import(/* @vite-ignore */ `${bundle}?again`);
      expect(mapChunkRequests()).to.have.length(1);
    } finally {
      holder.remove();
    }
  });
});
