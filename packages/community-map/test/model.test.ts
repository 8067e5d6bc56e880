// ct-community-map — member data: parsing and filtering.
import { expect } from '@open-wc/testing';
import { parseMembers, regionFromName, MemberFeedError } from '@ctkit/core';
import { filterMembers, indexMembers } from '../src/filter.js';
import { memberRegion, regionAt } from '../src/geo.js';
import { regionByName } from '../src/region-names.js';
import { project } from '../src/projection.js';
import { spread } from './helpers.js';

describe('member feed parsing (core parseMembers)', () => {
  it('reads an array and a GeoJSON FeatureCollection into the same shape', () => {
    const fromArray = parseMembers([
      { name: 'A', geolocation: { lat: 51.5, lon: -0.1 }, region: 'London', tags: ['x', 'x', ' y '] },
    ]);
    expect(fromArray.skipped).to.deep.equal([]);
    expect(fromArray.members[0]).to.deep.include({
      id: 'm0',
      name: 'A',
      region: 'london',
      geolocation: { lat: 51.5, lon: -0.1 },
      tags: ['x', 'y'],
    });
    const fromGeoJson = parseMembers({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [-0.1, 51.5] },
          properties: { name: 'A', region: 'london' },
        },
      ],
    });
    expect(fromGeoJson.members[0]?.geolocation).to.deep.equal({ lat: 51.5, lon: -0.1 });
  });

  it('skips only entries that are not objects or have no name, each with a specific reason', () => {
    const { members, skipped } = parseMembers([
      { name: 'Good' },
      { description: 'no name' },
      { name: '   ' },
      'a string',
      { name: 'x'.repeat(301) },
    ]);
    expect(members.map((m) => m.name)).to.deep.equal(['Good']);
    expect(skipped.map((s) => [s.index, s.reason])).to.deep.equal([
      [1, 'missing name'],
      [2, 'missing name'],
      [3, 'not an object'],
      [4, 'name is longer than 300 characters'],
    ]);
    // The same reasons as data, for a widget to say in its reader's language.
    expect(skipped[2]?.problem).to.deep.equal({ code: 'not-object' });
  });

  it('keeps an entry whose optional values cannot be used, without those values, and lists each one', () => {
    const { members, skipped, ignored } = parseMembers([
      { name: 'Far', geolocation: { lat: 123, lon: 0 }, locality: 'Sea' },
      { name: 'Robot', member_type: 'robot', community_type: 'interest' },
      { name: 'Sneaky', primary_url: 'javascript:alert(1)' },
      { name: 'Scope', geographic_scope: 'galactic' },
      { name: 'Tags', tags: 42 },
      { name: 'Contact', contact_details: { email: 'not an address' } },
    ]);
    expect(skipped).to.deep.equal([]);
    expect(members.map((m) => m.name)).to.deep.equal(['Far', 'Robot', 'Sneaky', 'Scope', 'Tags', 'Contact']);
    expect(members[0]).to.deep.equal({ id: 'm0', name: 'Far', tags: [], locality: 'Sea' });
    expect(members[1]).to.deep.equal({
      id: 'm1',
      name: 'Robot',
      tags: [],
      uncategorised: { member_type: 'robot', community_type: 'interest' },
    });
    expect(members[2]!.primary_url).to.equal(undefined);
    expect(ignored.map((s) => [s.index, s.name, s.reason])).to.deep.equal([
      [0, 'Far', 'coordinates out of range (lat 123, lon 0)'],
      [
        1,
        'Robot',
        'unknown member_type "robot" (expected one of individual, community-group, not-for-profit-business, partner-organisation, researcher, freelance-practitioner, other)',
      ],
      [1, 'Robot', 'unknown community_type "interest" (expected one of place-based, shared-experience, both)'],
      [2, 'Sneaky', 'primary_url must be a web address starting with https:// or http://'],
      [3, 'Scope', 'unknown geographic_scope "galactic" (expected one of local, regional, national, international)'],
      [4, 'Tags', 'tags must be a list of words'],
      [5, 'Contact', 'contact_details.email is not an email address'],
    ]);
  });

  it('reads Murmurations forms: bare-domain URLs, numeric strings, comma-separated tags, category names in words, index answers', () => {
    const { members, ignored } = parseMembers({
      data: [
        {
          name: 'A',
          primary_url: 'example.org/a',
          latitude: '53.48',
          longitude: '-2.24',
          tags: 'one, two',
          member_type: 'Community group',
          community_type: 'Place based',
          country_iso_3166: 'gb',
          region: 'Greater Manchester',
        },
      ],
    });
    expect(ignored).to.deep.equal([]);
    expect(members[0]).to.deep.equal({
      id: 'm0',
      name: 'A',
      primary_url: 'https://example.org/a',
      tags: ['one', 'two'],
      geolocation: { lat: 53.48, lon: -2.24 },
      country_iso_3166: 'GB',
      region_text: 'Greater Manchester',
      member_type: 'community-group',
      community_type: 'place-based',
    });
  });

  it('reads a region given by its id, English or Welsh name; keeps any other as text', () => {
    const region = (r: string) => parseMembers([{ name: 'A', region: r }]).members[0]!;
    expect(region('north-west').region).to.equal('north-west');
    expect(region('Yorkshire and The Humber').region).to.equal('yorkshire-and-the-humber');
    expect(region('Cymru').region).to.equal('wales');
    expect(region('Gogledd-orllewin Lloegr').region).to.equal('north-west');
    expect(region('Atlantis')).to.deep.include({ region_text: 'Atlantis' });
  });

  it('refuses a feed that is not a list at all', () => {
    expect(() => parseMembers({ hello: 'world' })).to.throw(MemberFeedError);
  });
});
describe('filter logic', () => {
  const { members } = parseMembers(spread);
  const index = indexMembers(members, memberRegion);
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

describe('regions from coordinates first (geo memberRegion), then from free text (core regionFromName)', () => {
  it('knows the names feeds use: counties, city regions, ITL1 names and codes, Welsh, with ", UK" or " England"', () => {
    const cases: Record<string, string | undefined> = {
      'Greater Manchester': 'north-west',
      'West Yorkshire': 'yorkshire-and-the-humber',
      Cornwall: 'south-west',
      Highland: 'scotland',
      'North West England': 'north-west',
      'London, UK': 'london',
      Yorkshire: 'yorkshire-and-the-humber',
      Cymru: 'wales',
      'Ynys Môn': 'wales',
      'Gogledd Cymru': 'wales',
      'County Durham': 'north-east',
      'Co. Antrim': 'northern-ireland',
      'Tyne & Wear': 'north-east',
      'East of England': 'east-of-england',
      'South East (England)': 'south-east',
      'Salford, Greater Manchester, United Kingdom': 'north-west',
      'the Highlands': 'scotland',
      'Liverpool City Region': 'north-west',
      'Cardiff Capital Region': 'wales',
      TLK: 'south-west',
      UKI: 'london',
      'De-orllewin Lloegr': 'south-west',
      Atlantis: undefined,
      'Île-de-France': undefined,
      '': undefined,
    };
    expect(Object.fromEntries(Object.keys(cases).map((text) => [text, regionFromName(text)]))).to.deep.equal(cases);
  });

  it('takes the region from the coordinates before the name, then the name, and no UK region for another country', () => {
    const one = (entry: Record<string, unknown>) => {
      const member = parseMembers([{ name: 'A', ...entry }]).members[0]!;
      return memberRegion(member) ?? regionByName(member);
    };
    expect(one({ region: 'London', geolocation: { lat: 53.4808, lon: -2.2426 } })).to.equal('north-west');
    expect(one({ region: 'Avon', geolocation: { lat: 51.4545, lon: -2.5879 } })).to.equal('south-west');
    expect(one({ region: 'Cornwall' })).to.equal('south-west');
    expect(one({ region: 'London', geolocation: { lat: 48.85, lon: 2.35 } })).to.equal('london');
    expect(one({ region: 'Cornwall', country_iso_3166: 'CA' })).to.equal(undefined);
    expect(one({ region: 'Cornwall', country_iso_3166: 'GB' })).to.equal('south-west');
    expect(one({ region: 'Atlantis' })).to.equal(undefined);
  });
});

describe('region outlines (simplified, src/uk-regions.ts)', () => {
  // Big towns and harbour towns, where a simplified coast is most likely to cut a member off its region.
  const towns: Record<string, [string, number, number][]> = {
    'north-east': [
      ['Newcastle', 54.9783, -1.6178],
      ['Middlesbrough', 54.5742, -1.235],
      ['Durham', 54.7761, -1.5733],
      ['Tynemouth', 55.0077, -1.44],
    ],
    'north-west': [
      ['Manchester', 53.4808, -2.2426],
      ['Liverpool', 53.4084, -2.9916],
      ['Carlisle', 54.8925, -2.9329],
      ['Blackpool', 53.8175, -3.0357],
    ],
    'yorkshire-and-the-humber': [
      ['Leeds', 53.8008, -1.5491],
      ['Sheffield', 53.3811, -1.4701],
      ['Hull', 53.7676, -0.3274],
      ['Scarborough', 54.2766, -0.4017],
    ],
    'east-midlands': [
      ['Nottingham', 52.9548, -1.1581],
      ['Leicester', 52.6369, -1.1398],
      ['Lincoln', 53.2307, -0.5406],
      ['Skegness', 53.139, 0.3386],
    ],
    'west-midlands': [
      ['Birmingham', 52.4862, -1.8904],
      ['Coventry', 52.4068, -1.5197],
      ['Hereford', 52.0567, -2.715],
      ['Stoke-on-Trent', 53.0027, -2.1794],
    ],
    'east-of-england': [
      ['Cambridge', 52.2053, 0.1218],
      ['Norwich', 52.6309, 1.2974],
      ['Southend', 51.5459, 0.7077],
      ['Ipswich', 52.0567, 1.1482],
      ['Lowestoft', 52.473, 1.75],
    ],
    london: [
      ['Westminster', 51.5072, -0.1276],
      ['Hackney', 51.545, -0.0553],
      ['Richmond', 51.4613, -0.3037],
      ['Ilford', 51.559, 0.0741],
    ],
    'south-east': [
      ['Brighton', 50.8225, -0.1372],
      ['Oxford', 51.752, -1.2577],
      ['Southampton', 50.9097, -1.4044],
      ['Canterbury', 51.2798, 1.0789],
      ['Dover', 51.1279, 1.3134],
      ['Portsmouth', 50.7953, -1.0931],
    ],
    'south-west': [
      ['Bristol', 51.4545, -2.5879],
      ['Plymouth', 50.3755, -4.1427],
      ['Truro', 50.2632, -5.051],
      ['Exeter', 50.7184, -3.5339],
      ['Bournemouth', 50.7192, -1.8808],
      ['Penzance', 50.1188, -5.5372],
    ],
    scotland: [
      ['Edinburgh', 55.9533, -3.1883],
      ['Glasgow', 55.8642, -4.2518],
      ['Aberdeen', 57.1497, -2.0943],
      ['Inverness', 57.4778, -4.2247],
      ['Dundee', 56.462, -2.9707],
      ['Kirkwall', 58.981, -2.96],
      ['Lerwick', 60.153, -1.1493],
      ['Stornoway', 58.209, -6.386],
    ],
    wales: [
      ['Cardiff', 51.4816, -3.1791],
      ['Swansea', 51.6214, -3.9436],
      ['Aberystwyth', 52.4153, -4.0829],
      ['Bangor', 53.2274, -4.1293],
      ['Wrexham', 53.043, -2.9925],
      ['St Davids', 51.8787, -5.27],
    ],
    'northern-ireland': [
      ['Belfast', 54.5973, -5.9301],
      ['Derry', 54.9966, -7.3086],
      ['Armagh', 54.3503, -6.6528],
      ['Enniskillen', 54.344, -7.639],
    ],
  };

  it('puts 58 towns, coastal ones included, in their own region', () => {
    const wrong = Object.entries(towns).flatMap(([region, list]) =>
      list
        .filter(([, lat, lon]) => regionAt(...project(lat, lon)) !== region)
        .map(([name, lat, lon]) => `${name}: ${String(regionAt(...project(lat, lon)))}`),
    );
    expect(wrong).to.deep.equal([]);
  });

  it('gives no region to places outside the UK, even near its coasts', () => {
    for (const [lat, lon] of [
      [53.3498, -6.2603],
      [54.0, -6.4049],
      [54.15, -4.48],
      [50.95, 1.85],
      [49.45, -2.55],
    ] as const) {
      expect(regionAt(...project(lat, lon)), `${String(lat)}, ${String(lon)}`).to.equal(undefined);
    }
  });
});
