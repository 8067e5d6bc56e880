import {
  COMMUNITY_TYPES,
  MEMBER_TYPES,
  UK_REGIONS,
  type CommunityType,
  type MemberType,
  type UkRegion,
} from './vocabulary.js';
import { vocabularyLabels } from '../localize/core-messages.js';
import { WELSH_REGION_NAMES } from '../localize/welsh-regions.js';

/**
 * A network member, as `ct-community-map` reads it: the fields of Murmurations profiles
 * (https://murmurations.network, `organizations_schema-v1.0.0` and `people_schema-v0.1.0`: `name`,
 * `primary_url`, `description`, `tags`, `geolocation`, `locality`, `region`, `country_iso_3166`,
 * `geographic_scope`, `contact_details`), plus ctkit's own `member_type` and `community_type`, whose ids
 * come from ./vocabulary.ts (names in English and Welsh in core's `vocabularyLabels`). The community
 * map's README says field by field what is read and how.
 *
 * A feed is a JSON array of these, an object with such an array as `data` (a Murmurations index
 * answer), or a GeoJSON FeatureCollection whose features carry them as `properties` and, optionally, a
 * Point geometry (`[lon, lat]`) instead of `geolocation`.
 *
 * Nobody is left out for an optional field: a value that cannot be used (an unknown category, a
 * malformed web address, coordinates out of range) is left out of the member, which is kept, and listed
 * in {@link ParsedMembers.ignored}. Only an entry that is not an object or has no name is skipped.
 */
export const GEOGRAPHIC_SCOPES = ['local', 'regional', 'national', 'international'] as const;
export type GeographicScope = (typeof GEOGRAPHIC_SCOPES)[number];

export interface MemberContactDetails {
  email?: string;
  contact_form?: string;
}

export interface Member {
  /** Stable within one load: `m` + the entry's position in the feed. */
  id: string;
  name: string;
  primary_url?: string;
  description?: string;
  tags: string[];
  /** Only when the member published one. Members without one are never placed at a guessed address. */
  geolocation?: { lat: number; lon: number };
  /**
   * The member's ITL1 region. From the parser: when the feed's `region` is a region's id or its English
   * or Welsh name. `ct-community-map` then decides it again: from the coordinates first (the region the
   * point lies in), else from this, else from {@link region_text} by name ({@link regionFromName}).
   */
  region?: UkRegion;
  /** The feed's `region` as written, when it is not a region's id or name: "Greater Manchester", "Cymru, UK". */
  region_text?: string;
  /** The feed's `country_iso_3166`, upper case ("GB"). A member elsewhere gets no UK region from its region's name. */
  country_iso_3166?: string;
  locality?: string;
  geographic_scope?: GeographicScope;
  member_type?: MemberType;
  community_type?: CommunityType;
  contact_details?: MemberContactDetails;
  /**
   * Category values the feed gave that are not in ctkit's vocabulary ("organisation", "interest"), as
   * written: the member is shown as uncategorised there, and the filters' "Other" finds it.
   */
  uncategorised?: { member_type?: string; community_type?: string };
}

/**
 * What is wrong with an entry, as data, so a widget can say it in its reader's language
 * ({@link memberProblemText} says it in English). Field names and values are the feed's own.
 */
export type MemberProblem =
  | { code: 'not-object' }
  | { code: 'missing-name' }
  | { code: 'too-long'; field: string; max: number }
  | { code: 'not-text'; field: string }
  | { code: 'not-web-address'; field: string }
  | { code: 'not-tag-list' }
  | { code: 'not-point' }
  | { code: 'not-numeric-point' }
  | { code: 'out-of-range'; lat: number; lon: number }
  | { code: 'unknown-region'; value: string }
  | { code: 'unknown-value'; field: string; value: string; allowed: readonly string[] }
  | { code: 'contact-not-object' }
  | { code: 'not-email' };

/** A problem in English, for developers (console warnings, `SkippedMember.reason`). `value` is given as JSON. */
export function memberProblemText(problem: MemberProblem): string {
  switch (problem.code) {
    case 'not-object':
      return 'not an object';
    case 'missing-name':
      return 'missing name';
    case 'too-long':
      return `${problem.field} is longer than ${String(problem.max)} characters`;
    case 'not-text':
      return `${problem.field} must be text`;
    case 'not-web-address':
      return `${problem.field} must be a web address starting with https:// or http://`;
    case 'not-tag-list':
      return 'tags must be a list of words';
    case 'not-point':
      return 'geolocation must be an object with lat and lon';
    case 'not-numeric-point':
      return 'geolocation needs numeric lat and lon';
    case 'out-of-range':
      return `coordinates out of range (lat ${String(problem.lat)}, lon ${String(problem.lon)})`;
    case 'unknown-region':
      return `unknown region ${problem.value}`;
    case 'unknown-value':
      return `unknown ${problem.field} ${problem.value} (expected one of ${problem.allowed.join(', ')})`;
    case 'contact-not-object':
      return 'contact_details must be an object';
    case 'not-email':
      return 'contact_details.email is not an email address';
  }
}

/** Why an entry was left out; `index` is its position in the feed (0-based). */
export interface SkippedMember {
  index: number;
  /** The entry's name when it has one, to help whoever fixes the feed. */
  name?: string;
  /** What is wrong, for a widget to put in its reader's language. */
  problem: MemberProblem;
  /** The same in English, for developers. */
  reason: string;
}

export interface ParsedMembers {
  members: Member[];
  /** Entries left out: not an object, or no name. */
  skipped: SkippedMember[];
  /** Values left out of members that were kept (the member is shown without them), one per value. */
  ignored: SkippedMember[];
}

/**
 * The member shape as JSON Schema (draft 2020-12), for feed publishers and validators. The parser below
 * applies the same rules and says, entry by entry, what is wrong.
 */
export const memberSchema = {
  $id: 'https://ctkit.org.uk/schemas/member.json',
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 300 },
    primary_url: { type: 'string', pattern: '^https?://' },
    description: { type: 'string', maxLength: 5000 },
    tags: { type: 'array', items: { type: 'string', maxLength: 100 }, maxItems: 50 },
    geolocation: {
      type: 'object',
      required: ['lat', 'lon'],
      properties: {
        lat: { type: 'number', minimum: -90, maximum: 90 },
        lon: { type: 'number', minimum: -180, maximum: 180 },
      },
    },
    region: { type: 'string', maxLength: 100 },
    country_iso_3166: { type: 'string', pattern: '^[A-Za-z]{2}$' },
    locality: { type: 'string', maxLength: 200 },
    geographic_scope: { type: 'string', enum: GEOGRAPHIC_SCOPES },
    member_type: { type: 'string', enum: MEMBER_TYPES },
    community_type: { type: 'string', enum: COMMUNITY_TYPES },
    contact_details: {
      type: 'object',
      properties: {
        email: { type: 'string', maxLength: 254 },
        contact_form: { type: 'string', pattern: '^https?://' },
      },
    },
  },
} as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isWebAddress = (v: string) => /^https?:\/\/[^\s]+$/i.test(v.trim());
/** Murmurations' people schema gives "alice.net or some-host.net/alice": a bare domain is read as https. */
const webAddress = (v: string) =>
  isWebAddress(v) ? v : /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/\S*)?$/i.test(v) ? `https://${v}` : undefined;

/** Lower case, words joined by hyphens: "Community group" and "community_group" are `community-group`. */
const asId = (v: string) =>
  v
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** A region given by its id or its English or Welsh name ("north-west", "North West", "Cymru"). Others are free text for the map. */
let regionNames: Map<string, UkRegion> | undefined;
function toRegion(v: string): UkRegion | undefined {
  regionNames ??= new Map(
    UK_REGIONS.flatMap((id) =>
      [id, vocabularyLabels.en.region[id], WELSH_REGION_NAMES[id]].map((name) => [asId(name), id] as const),
    ),
  );
  return regionNames.get(asId(v));
}

class EntryError extends Error {
  constructor(readonly problem: MemberProblem) {
    super(memberProblemText(problem));
  }
}

function optionalString(entry: Record<string, unknown>, key: string, max: number): string | undefined {
  const v = entry[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new EntryError({ code: 'not-text', field: key });
  if (v.length > max) throw new EntryError({ code: 'too-long', field: key, max });
  return v.trim() || undefined;
}

/** A category: one of `allowed`, else the text as given (the caller keeps the member, uncategorised). */
function category<T extends string>(
  entry: Record<string, unknown>,
  key: string,
  allowed: readonly T[],
): { id?: T; unknown?: string } {
  const v = optionalString(entry, key, 100);
  if (v === undefined) return {};
  const id = asId(v);
  return (allowed as readonly string[]).includes(id) ? { id: id as T } : { unknown: v };
}

function readPoint(geo: unknown): { lat: number; lon: number } {
  if (!isRecord(geo)) throw new EntryError({ code: 'not-point' });
  const num = (v: unknown) => (typeof v === 'string' && v.trim() ? Number(v) : v);
  const lat = num(geo.lat);
  const lon = num(geo.lon);
  if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    throw new EntryError({ code: 'not-numeric-point' });
  }
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180) throw new EntryError({ code: 'out-of-range', lat, lon });
  return { lat, lon };
}

function readContact(details: unknown): MemberContactDetails | undefined {
  if (!isRecord(details)) throw new EntryError({ code: 'contact-not-object' });
  const email = optionalString(details, 'email', 254);
  const form = optionalString(details, 'contact_form', 2000);
  if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new EntryError({ code: 'not-email' });
  if (form !== undefined && !isWebAddress(form))
    throw new EntryError({ code: 'not-web-address', field: 'contact_details.contact_form' });
  if (email === undefined && form === undefined) return undefined;
  return { ...(email !== undefined ? { email } : {}), ...(form !== undefined ? { contact_form: form } : {}) };
}

/**
 * One entry. Only a missing (or over-long) name throws; every optional field that cannot be used is
 * left out and reported through `ignore`.
 */
function parseEntry(
  entry: Record<string, unknown>,
  point: unknown,
  index: number,
  ignore: (problem: MemberProblem) => void,
): Member {
  const rawName = entry.name;
  if (typeof rawName !== 'string' || !rawName.trim()) throw new EntryError({ code: 'missing-name' });
  const name = rawName.trim();
  if (name.length > 300) throw new EntryError({ code: 'too-long', field: 'name', max: 300 });

  const member: Member = { id: `m${index}`, name, tags: [] };
  const field = (read: () => void) => {
    try {
      read();
    } catch (error) {
      if (!(error instanceof EntryError)) throw error;
      ignore(error.problem);
    }
  };

  field(() => {
    const url = optionalString(entry, 'primary_url', 2000);
    if (url === undefined) return;
    const address = webAddress(url);
    if (!address) throw new EntryError({ code: 'not-web-address', field: 'primary_url' });
    member.primary_url = address;
  });
  field(() => {
    const description = optionalString(entry, 'description', 5000);
    if (description !== undefined) member.description = description;
  });
  field(() => {
    const locality = optionalString(entry, 'locality', 200);
    if (locality !== undefined) member.locality = locality;
  });
  field(() => {
    let tags = entry.tags;
    if (tags === undefined || tags === null) return;
    // Hand-made feeds often give one comma-separated string.
    if (typeof tags === 'string') tags = tags.split(',');
    if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string')) throw new EntryError({ code: 'not-tag-list' });
    member.tags = [...new Set((tags as string[]).map((t) => t.trim()).filter(Boolean))];
  });
  field(() => {
    // A GeoJSON Point, else Murmurations' `geolocation`, else the index API's `latitude`/`longitude`.
    let geo = point ?? entry.geolocation;
    if ((geo === undefined || geo === null) && (entry.latitude != null || entry.longitude != null))
      geo = { lat: entry.latitude, lon: entry.longitude };
    if (geo !== undefined && geo !== null) member.geolocation = readPoint(geo);
  });
  field(() => {
    const country = optionalString(entry, 'country_iso_3166', 3);
    if (country !== undefined) member.country_iso_3166 = country.toUpperCase();
  });
  field(() => {
    const region = optionalString(entry, 'region', 200);
    if (region === undefined) return;
    const id = toRegion(region);
    if (id) member.region = id;
    else member.region_text = region;
  });
  field(() => {
    const scope = category(entry, 'geographic_scope', GEOGRAPHIC_SCOPES);
    if (scope.id) member.geographic_scope = scope.id;
    if (scope.unknown)
      throw new EntryError({
        code: 'unknown-value',
        field: 'geographic_scope',
        value: JSON.stringify(scope.unknown),
        allowed: GEOGRAPHIC_SCOPES,
      });
  });
  for (const [key, allowed] of [
    ['member_type', MEMBER_TYPES],
    ['community_type', COMMUNITY_TYPES],
  ] as const) {
    field(() => {
      const c = category(entry, key, allowed);
      if (c.id) (member as unknown as Record<string, string>)[key] = c.id;
      if (c.unknown) {
        member.uncategorised = { ...member.uncategorised, [key]: c.unknown };
        throw new EntryError({ code: 'unknown-value', field: key, value: JSON.stringify(c.unknown), allowed });
      }
    });
  }
  field(() => {
    if (entry.contact_details === undefined || entry.contact_details === null) return;
    const contact = readContact(entry.contact_details);
    if (contact) member.contact_details = contact;
  });
  return member;
}

/** Thrown when a feed is not a list of members at all (nothing in it can be shown). Its message is English, for developers. */
export class MemberFeedError extends Error {}

/**
 * Reads a feed: a JSON array of members, `{ data: [...] }` (a Murmurations index answer) or a GeoJSON
 * FeatureCollection. An entry that is not an object or has no name is skipped, with the reason; a value
 * that cannot be used is left out of its member (which is kept) and listed in `ignored`. Throws
 * {@link MemberFeedError} only when the feed as a whole is none of these forms.
 */
export function parseMembers(input: unknown): ParsedMembers {
  let entries: { entry: unknown; point?: unknown }[];
  if (isRecord(input) && Array.isArray(input.data)) input = input.data;
  if (Array.isArray(input)) {
    entries = (input as unknown[]).map((entry) => ({ entry }));
  } else if (isRecord(input) && input.type === 'FeatureCollection' && Array.isArray(input.features)) {
    entries = (input.features as unknown[]).map((feature) => {
      if (!isRecord(feature)) return { entry: feature };
      const g = feature.geometry;
      const coordinates: unknown = isRecord(g) && g.type === 'Point' ? g.coordinates : undefined;
      const point = Array.isArray(coordinates)
        ? { lon: coordinates[0] as unknown, lat: coordinates[1] as unknown }
        : undefined;
      return { entry: feature.properties, point };
    });
  } else {
    throw new MemberFeedError(
      'The feed is not a list of members (expected a JSON array or a GeoJSON FeatureCollection).',
    );
  }

  const members: Member[] = [];
  const skipped: SkippedMember[] = [];
  const ignored: SkippedMember[] = [];
  entries.forEach(({ entry, point }, index) => {
    if (!isRecord(entry)) {
      const problem: MemberProblem = { code: 'not-object' };
      skipped.push({ index, problem, reason: memberProblemText(problem) });
      return;
    }
    const name = typeof entry.name === 'string' && entry.name.trim() ? entry.name.trim().slice(0, 100) : undefined;
    const named = name ? { name } : {};
    try {
      members.push(
        parseEntry(entry, point, index, (problem) =>
          ignored.push({ index, problem, reason: memberProblemText(problem), ...named }),
        ),
      );
    } catch (error) {
      if (!(error instanceof EntryError)) throw error;
      skipped.push({ index, problem: error.problem, reason: error.message, ...named });
    }
  });
  return { members, skipped, ignored };
}
