// ct-community-map — member data: parsing and filtering.
import { expect } from '@open-wc/testing';
import { parseMembers, MemberFeedError } from '@ctkit/core';
import { filterMembers, indexMembers } from '../src/filter.js';
import { place, regionAt, regionOf } from '../src/geo.js';
import { project } from '../src/projection.js';
import { spread } from './helpers.js';

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
    // The same reasons as data, for a widget to say in its reader's language.
    expect(skipped[2]?.problem).to.deep.equal({ code: 'out-of-range', lat: 123, lon: 0 });
    expect(skipped[7]?.problem).to.deep.equal({ code: 'not-object' });
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

describe('region outlines (simplified, src/uk-regions.ts)', () => {
  // Big towns and harbour towns, where a simplified coast is most likely to cut a member off its region.
  const towns: Record<string, [string, number, number][]> = {
    'north-east': [['Newcastle', 54.9783, -1.6178], ['Middlesbrough', 54.5742, -1.235], ['Durham', 54.7761, -1.5733], ['Tynemouth', 55.0077, -1.44]],
    'north-west': [['Manchester', 53.4808, -2.2426], ['Liverpool', 53.4084, -2.9916], ['Carlisle', 54.8925, -2.9329], ['Blackpool', 53.8175, -3.0357]],
    'yorkshire-and-the-humber': [['Leeds', 53.8008, -1.5491], ['Sheffield', 53.3811, -1.4701], ['Hull', 53.7676, -0.3274], ['Scarborough', 54.2766, -0.4017]],
    'east-midlands': [['Nottingham', 52.9548, -1.1581], ['Leicester', 52.6369, -1.1398], ['Lincoln', 53.2307, -0.5406], ['Skegness', 53.139, 0.3386]],
    'west-midlands': [['Birmingham', 52.4862, -1.8904], ['Coventry', 52.4068, -1.5197], ['Hereford', 52.0567, -2.715], ['Stoke-on-Trent', 53.0027, -2.1794]],
    'east-of-england': [['Cambridge', 52.2053, 0.1218], ['Norwich', 52.6309, 1.2974], ['Southend', 51.5459, 0.7077], ['Ipswich', 52.0567, 1.1482], ['Lowestoft', 52.473, 1.75]],
    london: [['Westminster', 51.5072, -0.1276], ['Hackney', 51.545, -0.0553], ['Richmond', 51.4613, -0.3037], ['Ilford', 51.559, 0.0741]],
    'south-east': [['Brighton', 50.8225, -0.1372], ['Oxford', 51.752, -1.2577], ['Southampton', 50.9097, -1.4044], ['Canterbury', 51.2798, 1.0789], ['Dover', 51.1279, 1.3134], ['Portsmouth', 50.7953, -1.0931]],
    'south-west': [['Bristol', 51.4545, -2.5879], ['Plymouth', 50.3755, -4.1427], ['Truro', 50.2632, -5.051], ['Exeter', 50.7184, -3.5339], ['Bournemouth', 50.7192, -1.8808], ['Penzance', 50.1188, -5.5372]],
    scotland: [['Edinburgh', 55.9533, -3.1883], ['Glasgow', 55.8642, -4.2518], ['Aberdeen', 57.1497, -2.0943], ['Inverness', 57.4778, -4.2247], ['Dundee', 56.462, -2.9707], ['Kirkwall', 58.981, -2.96], ['Lerwick', 60.153, -1.1493], ['Stornoway', 58.209, -6.386]],
    wales: [['Cardiff', 51.4816, -3.1791], ['Swansea', 51.6214, -3.9436], ['Aberystwyth', 52.4153, -4.0829], ['Bangor', 53.2274, -4.1293], ['Wrexham', 53.043, -2.9925], ['St Davids', 51.8787, -5.27]],
    'northern-ireland': [['Belfast', 54.5973, -5.9301], ['Derry', 54.9966, -7.3086], ['Armagh', 54.3503, -6.6528], ['Enniskillen', 54.344, -7.639]],
  };

  it('puts 58 towns, coastal ones included, in their own region', () => {
    const wrong = Object.entries(towns).flatMap(([region, list]) =>
      list.filter(([, lat, lon]) => regionAt(...project(lat, lon)) !== region).map(([name, lat, lon]) => `${name}: ${String(regionAt(...project(lat, lon)))}`),
    );
    expect(wrong).to.deep.equal([]);
  });

  it('gives no region to places outside the UK, even near its coasts', () => {
    for (const [lat, lon] of [[53.3498, -6.2603], [54.0, -6.4049], [54.15, -4.48], [50.95, 1.85], [49.45, -2.55]] as const) {
      expect(regionAt(...project(lat, lon)), `${String(lat)}, ${String(lon)}`).to.equal(undefined);
    }
  });
});
