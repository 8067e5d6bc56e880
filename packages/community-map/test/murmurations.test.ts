// ct-community-map — real-world feeds: Murmurations profiles with free-text regions and categories
// ctkit does not know. Nobody is dropped for an optional field.
import { expect, oneEvent } from '@open-wc/testing';
import type { Member } from '@ctkit/core';
import { place } from '../src/geo.js';
import { project } from '../src/projection.js';
import { REGION_ANCHORS } from '../src/uk-regions.js';
import { $, $$, holder, mount, mountSrc, settle } from './helpers.js';
import { swapConsoleWarn } from '../../../tests/support/helpers.js';

/** Where each of the 20 profiles in stories/fixtures/murmurations-profiles.json belongs. */
const expected: Record<string, string | undefined> = {
  'Salford Community Tech': 'North West',
  'Leeds Digital Inclusion Network': 'Yorkshire and The Humber',
  'Kernow Rural Broadband': 'South West',
  'Inverness Code Collective': 'Scotland',
  'Lancaster Repair Café': 'North West',
  'Hackney Tech Hub': 'London',
  'York Makerspace': 'Yorkshire and The Humber',
  'Caerdydd Digidol': 'Wales',
  'Gwynedd Community Network': 'Wales',
  'Belfast Digital Commons': 'Northern Ireland',
  'Norwich Tech Share': 'East of England',
  'Tyneside Tech for Good': 'North East',
  'Nottingham Data Co-op': 'East Midlands',
  'Birmingham Digital Skills': 'West Midlands',
  'Brighton Open Tech': 'South East',
  'Edinburgh Community Coders': 'Scotland',
  // "Avon" is not a region name the table knows: the coordinates (Bristol) decide.
  'Mo Ahmed, facilitator': 'South West',
  'Cambridge Assistive Tech Circle': 'East of England',
  'Môn Digital': 'Wales',
  'Atlantis Collective': undefined,
};

/** Counts per region as the regions view's table shows them: "Region name: count". */
const table = (el: Parameters<typeof $>[0]) =>
  Object.fromEntries(
    $$(el, '.ct-map-table tbody tr').map((tr) => [
      tr.querySelector('th')!.textContent.trim(),
      Number(tr.querySelector('td')!.textContent.replace(/,/g, '')),
    ]),
  );

for (const [format, src] of [
  ['JSON', '/fixtures/murmurations-profiles.json'],
  ['GeoJSON', '/fixtures/murmurations-profiles.geojson'],
] as const) {
  describe(`ct-community-map: 20 Murmurations profiles as ${format}`, () => {
    let warnings: string[];
    let swap: ReturnType<typeof swapConsoleWarn>;
    beforeEach(() => {
      swap = swapConsoleWarn();
      warnings = swap.texts;
    });
    afterEach(() => {
      swap.restore();
    });

    it('lists all 20, none skipped, each in the region its coordinates or its region name give', async () => {
      const el = await mountSrc(src);
      expect(el.skippedEntries).to.deep.equal([]);
      expect($(el, '.ct-map-skipped')).to.be.null;
      expect($(el, '#f-count')!.textContent).to.equal('Showing all 20 members');
      const names = $$(el, '.ct-map-member__name').map((p) => p.textContent.trim());
      expect(names).to.have.members(Object.keys(expected));
      // The list says where each one is: "Salford, North West".
      for (const li of $$(el, '.ct-map-member')) {
        const name = li.querySelector('.ct-map-member__name')!.textContent.trim();
        const region = expected[name];
        const placeText =
          [...li.querySelectorAll('.ct-map-facts div')]
            .find((d) => d.querySelector('dt')?.textContent === 'Place')
            ?.querySelector('dd')?.textContent ?? '';
        if (region) expect(placeText, name).to.match(new RegExp(`(^|, )${region}$`));
        else expect(placeText, name).to.not.match(/North|South|East|West|London|Scotland|Wales|Ireland|Yorkshire/);
      }
    });

    it('counts them in the right regions, and says which one has no region', async () => {
      const el = await mountSrc(src);
      el.view = 'regions';
      await settle(el);
      expect(table(el)).to.deep.equal({
        'North East': 1,
        'North West': 2,
        'Yorkshire and The Humber': 2,
        'East Midlands': 1,
        'West Midlands': 1,
        'East of England': 2,
        London: 1,
        'South East': 1,
        'South West': 2,
        Scotland: 2,
        Wales: 3,
        'Northern Ireland': 1,
        'Region not given': 1,
      });
      const summary = $(el, '#ct-map-regions-summary')!.textContent;
      expect(summary).to.contain('Every region has at least one member.');
      expect(summary).to.not.contain('No members yet in');
      expect(summary).to.contain('1 member has no region.');
    });

    it('places members at their coordinates, and those known only by region at the region', async () => {
      const loaded = new Promise<Member[]>((resolve) => {
        document.addEventListener(
          'ct-members-loaded',
          (e) => {
            resolve((e as CustomEvent<{ members: Member[] }>).detail.members);
          },
          { once: true },
        );
      });
      const el = await mountSrc(src);
      const members = await loaded;
      expect(members).to.have.length(20);
      let atCoordinates = 0;
      for (const member of members) {
        const placed = place(member);
        if (member.geolocation) {
          atCoordinates += 1;
          expect(placed, member.name).to.deep.include({ approximate: false });
          expect([placed!.x, placed!.y], member.name).to.deep.equal(
            project(member.geolocation.lat, member.geolocation.lon),
          );
        } else if (member.region) {
          expect(placed, member.name).to.deep.include({ approximate: true });
          expect([placed!.x, placed!.y], member.name).to.deep.equal(REGION_ANCHORS[member.region]);
        } else {
          expect(placed, member.name).to.equal(undefined);
        }
      }
      expect(atCoordinates).to.equal(10);
      el.view = 'map';
      await settle(el);
      expect($(el, '#ct-map-map-desc')!.textContent).to.contain('with 19 members on it');
      expect(el.shadowRoot!.textContent).to.contain('1 member has no location on the map.');
    });

    it('shows unknown categories as uncategorised, finds them with "Other", and warns once naming them', async () => {
      const el = await mountSrc(src);
      const facts = (name: string) =>
        $$(el, '.ct-map-member').find((li) => li.querySelector('.ct-map-member__name')!.textContent.trim() === name)!
          .textContent;
      expect(facts('Mo Ahmed, facilitator')).to.contain('Uncategorised');
      // "Community group" in words is the vocabulary's community-group.
      expect(facts('Hackney Tech Hub')).to.contain('Community group');
      el.setFilters({ memberType: 'other' });
      await settle(el);
      // organisation ×5, group ×3, network ×3, freelancer ×1.
      expect($(el, '#f-count')!.textContent).to.equal('Showing 12 members of 20');
      el.setFilters({ communityType: 'other' });
      await settle(el);
      expect($$(el, '.ct-map-member__name').map((p) => p.textContent.trim())).to.have.members([
        'Cambridge Assistive Tech Circle',
        'Môn Digital',
      ]);
      el.setFilters({ region: 'none' });
      await settle(el);
      expect($$(el, '.ct-map-member__name').map((p) => p.textContent.trim())).to.deep.equal(['Atlantis Collective']);
      const notUnderstood = warnings.filter((w) => w.includes('not understood'));
      expect(notUnderstood).to.have.length(1);
      expect(notUnderstood[0]).to.contain('unknown member_type "organisation"');
      expect(notUnderstood[0]).to.contain('unknown member_type "freelancer"');
      expect(notUnderstood[0]).to.contain('unknown community_type "interest"');
      expect(notUnderstood[0]).to.contain('unknown region "Atlantis": entry 20');
      expect(notUnderstood[0]).to.not.contain('Avon');
    });
  });
}

describe('ct-community-map: region names without the outlines', () => {
  it('in Welsh, a member without a region is under "Rhanbarth heb ei nodi" and uncategorised is "Heb gategori"', async () => {
    const div = holder();
    div.lang = 'cy';
    const el = document.createElement('ct-community-map');
    el.view = 'regions';
    el.members = [
      { name: 'Grŵp', member_type: 'organisation', region: 'Atlantis' },
      { name: 'Cymdeithas', region: 'Cymru' },
    ];
    div.append(el);
    await settle(el);
    expect(table(el)['Rhanbarth heb ei nodi']).to.equal(1);
    expect(table(el).Cymru).to.equal(1);
    el.view = 'list';
    await settle(el);
    expect($$(el, '.ct-map-member')[0]!.textContent).to.contain('Heb gategori');
    expect([...$$<HTMLOptionElement>(el, '#f-communityType option')].map((o) => o.textContent.trim())).to.include(
      'Arall',
    );
  });
});

describe('ct-community-map: 10,000 members with unknown categories', () => {
  it('shows every one of them, uncategorised, and warns once', async () => {
    const swap = swapConsoleWarn();
    const warnings = swap.texts;
    try {
      const kinds = ['organisation', 'group', 'network', 'freelancer'];
      const members = Array.from({ length: 10_000 }, (_, i) => ({
        name: `Member ${String(i + 1)}`,
        member_type: kinds[i % 4],
        community_type: 'interest',
        region: i % 2 ? 'Greater Manchester' : 'Cymru',
      }));
      const loaded = oneEvent(document, 'ct-members-loaded');
      const el = await mount(members);
      const { detail } = (await loaded) as CustomEvent<{ members: Member[]; skipped: unknown[] }>;
      await settle(el);
      expect(detail.members).to.have.length(10_000);
      expect(detail.skipped).to.have.length(0);
      expect(el.skippedEntries).to.have.length(0);
      expect($(el, '.ct-map-skipped')).to.be.null;
      expect($(el, '#f-count')!.textContent).to.equal('Showing all 10,000 members');
      expect(el.results).to.have.length(10_000);
      expect(el.results.every((m) => m.uncategorised?.member_type && m.uncategorised.community_type === 'interest')).to
        .be.true;
      el.setFilters({ memberType: 'other', communityType: 'other' });
      await settle(el);
      expect(el.results).to.have.length(10_000);
      el.setFilters({ region: 'north-west' });
      await settle(el);
      expect(el.results).to.have.length(5_000);
      el.setFilters({});
      el.view = 'regions';
      await settle(el);
      expect(table(el)).to.deep.include({ 'North West': 5_000, Wales: 5_000 });
      const notUnderstood = warnings.filter((w) => w.includes('not understood'));
      // One for the feed, naming each value once, however many entries gave it.
      expect(notUnderstood).to.have.length(1);
      expect(notUnderstood[0]).to.contain(
        'unknown member_type "organisation" (expected one of individual, community-group,',
      );
      expect(notUnderstood[0]).to.contain('other): 2500 entries, 1, 5, 9, 13, 17, …');
      expect(notUnderstood[0]!.split('\n')).to.have.length(6);
    } finally {
      swap.restore();
    }
  });
});
