/**
 * The shared vocabulary's Welsh names (regions, member types …) come with core's Welsh chunk, fetched only
 * when a widget speaks Welsh. Each widget that shows them waits for them: a Welsh widget shows Welsh names on
 * its first render, an English one English names — and the map's search still finds "Cymru" in English.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@ctkit/sign-up-form';
import '@ctkit/event-list';
import '@ctkit/community-map';
import type { LitElement } from 'lit';

const texts = (root: ShadowRoot, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent.trim());

describe('shared vocabulary in Welsh, fetched on demand', () => {
  it('a Welsh sign-up form names the regions and member types in Welsh on its first render', async () => {
    const form = await fixture<LitElement>(
      html`<ct-sign-up-form lang="cy" action="/api/sign-ups" org-name="Rhwydwaith" privacy-url="/privacy" fields="member-type region"></ct-sign-up-form>`,
    );
    const labels = texts(form.shadowRoot!, 'label, option');
    expect(labels).to.include('Cymru');
    expect(labels).to.include('Unigolyn');
    expect(labels).to.not.include('Wales');
  });

  it('an English sign-up form names them in English', async () => {
    const form = await fixture<LitElement>(
      html`<ct-sign-up-form lang="en" action="/api/sign-ups" org-name="Network" privacy-url="/privacy" fields="region"></ct-sign-up-form>`,
    );
    const labels = texts(form.shadowRoot!, 'label, option');
    expect(labels).to.include('Wales');
    expect(labels).to.not.include('Cymru');
  });

  it('a Welsh event list offers its region filter in Welsh', async () => {
    const list = await fixture<LitElement & { events?: unknown[] }>(html`<ct-event-list lang="cy"></ct-event-list>`);
    list.events = [{ name: 'Galw heibio', startDate: '2030-03-04T12:00:00Z', ctkit: { region: 'wales' } }];
    await list.updateComplete;
    expect(texts(list.shadowRoot!, 'option')).to.include('Cymru');
  });

  it('the map’s search finds Welsh region names on an English page', async () => {
    const map = await fixture<LitElement & { members?: unknown; setFilters(f: { query: string }): void }>(
      html`<ct-community-map lang="en"></ct-community-map>`,
    );
    map.members = [
      { name: 'Cardiff Digital Community', region: 'wales' },
      { name: 'Salford Tech Buddies', region: 'north-west' },
    ];
    await map.updateComplete;
    map.setFilters({ query: 'Cymru' });
    await map.updateComplete;
    expect(texts(map.shadowRoot!, '.ct-map-member__name')).to.deep.equal(['Cardiff Digital Community']);
  });
});
