// ct-community-map — member data: parsing and filtering.
import { expect } from '@open-wc/testing';
import { parseMembers, MemberFeedError } from '@ctkit/core';
import { filterMembers, indexMembers } from '../src/filter.js';
import { place, regionOf } from '../src/geo.js';
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
