import { COMMUNITY_TYPES, MEMBER_TYPES, UK_REGIONS, type CommunityType, type MemberType, type UkRegion } from './vocabulary.js';

/**
 * A network member, as `ct-community-map` reads it: a superset of the Murmurations organisation profile
 * (https://murmurations.network — `name`, `primary_url`, `description`, `tags`, `geolocation`,
 * `geographic_scope`, `locality`, `contact_details`), plus ctkit's own `region`, `member_type` and
 * `community_type`, whose ids come from ./vocabulary.ts (names in English and Welsh in core's
 * `vocabularyLabels`).
 *
 * A feed is a JSON array of these, or a GeoJSON FeatureCollection whose features carry them as
 * `properties` and, optionally, a Point geometry (`[lon, lat]`) instead of `geolocation`.
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
  region?: UkRegion;
  locality?: string;
  geographic_scope?: GeographicScope;
  member_type?: MemberType;
  community_type?: CommunityType;
  contact_details?: MemberContactDetails;
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
  skipped: SkippedMember[];
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
      properties: { lat: { type: 'number', minimum: -90, maximum: 90 }, lon: { type: 'number', minimum: -180, maximum: 180 } },
    },
    region: { type: 'string', enum: UK_REGIONS },
    locality: { type: 'string', maxLength: 200 },
    geographic_scope: { type: 'string', enum: GEOGRAPHIC_SCOPES },
    member_type: { type: 'string', enum: MEMBER_TYPES },
    community_type: { type: 'string', enum: COMMUNITY_TYPES },
    contact_details: {
      type: 'object',
      properties: { email: { type: 'string', maxLength: 254 }, contact_form: { type: 'string', pattern: '^https?://' } },
    },
  },
} as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isWebAddress = (v: string) => /^https?:\/\/[^\s]+$/i.test(v.trim());

/** Region ids also accepted in their English form ("North West", "north west"), as feeds are hand-made. */
const regionAliases = new Map<string, UkRegion>(
  UK_REGIONS.map((id) => [id.replace(/-/g, ' '), id] as const).concat([
    ['yorkshire and humber', 'yorkshire-and-the-humber'],
    ['east of england', 'east-of-england'],
    ['greater london', 'london'],
  ]),
);
function toRegion(v: string): UkRegion | undefined {
  const key = v.trim().toLowerCase().replace(/[-_\s]+/g, ' ');
  return regionAliases.get(key);
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

function oneOf<T extends string>(entry: Record<string, unknown>, key: string, allowed: readonly T[]): T | undefined {
  const v = entry[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new EntryError({ code: 'unknown-value', field: key, value: JSON.stringify(v), allowed });
  }
  return v as T;
}

function parseEntry(entry: Record<string, unknown>, point: unknown, index: number): Member {
  const rawName = entry.name;
  if (typeof rawName !== 'string' || !rawName.trim()) throw new EntryError({ code: 'missing-name' });
  const name = rawName.trim();
  if (name.length > 300) throw new EntryError({ code: 'too-long', field: 'name', max: 300 });

  const member: Member = { id: `m${index}`, name, tags: [] };

  const url = optionalString(entry, 'primary_url', 2000);
  if (url !== undefined) {
    if (!isWebAddress(url)) throw new EntryError({ code: 'not-web-address', field: 'primary_url' });
    member.primary_url = url;
  }
  const description = optionalString(entry, 'description', 5000);
  if (description !== undefined) member.description = description;
  const locality = optionalString(entry, 'locality', 200);
  if (locality !== undefined) member.locality = locality;

  if (entry.tags !== undefined && entry.tags !== null) {
    if (!Array.isArray(entry.tags) || entry.tags.some((t) => typeof t !== 'string')) throw new EntryError({ code: 'not-tag-list' });
    member.tags = [...new Set((entry.tags as string[]).map((t) => t.trim()).filter(Boolean))];
  }

  const geo = point ?? entry.geolocation;
  if (geo !== undefined && geo !== null) {
    if (!isRecord(geo)) throw new EntryError({ code: 'not-point' });
    const lat = typeof geo.lat === 'string' ? Number(geo.lat) : geo.lat;
    const lon = typeof geo.lon === 'string' ? Number(geo.lon) : geo.lon;
    if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) {
      throw new EntryError({ code: 'not-numeric-point' });
    }
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) throw new EntryError({ code: 'out-of-range', lat, lon });
    member.geolocation = { lat, lon };
  }

  if (entry.region !== undefined && entry.region !== null && entry.region !== '') {
    const region = typeof entry.region === 'string' ? toRegion(entry.region) : undefined;
    if (!region) throw new EntryError({ code: 'unknown-region', value: JSON.stringify(entry.region) });
    member.region = region;
  }

  const scope = oneOf(entry, 'geographic_scope', GEOGRAPHIC_SCOPES);
  if (scope) member.geographic_scope = scope;
  const memberType = oneOf(entry, 'member_type', MEMBER_TYPES);
  if (memberType) member.member_type = memberType;
  const communityType = oneOf(entry, 'community_type', COMMUNITY_TYPES);
  if (communityType) member.community_type = communityType;

  if (entry.contact_details !== undefined && entry.contact_details !== null) {
    if (!isRecord(entry.contact_details)) throw new EntryError({ code: 'contact-not-object' });
    const email = optionalString(entry.contact_details, 'email', 254);
    const form = optionalString(entry.contact_details, 'contact_form', 2000);
    if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new EntryError({ code: 'not-email' });
    if (form !== undefined && !isWebAddress(form)) throw new EntryError({ code: 'not-web-address', field: 'contact_details.contact_form' });
    if (email !== undefined || form !== undefined) {
      member.contact_details = {};
      if (email !== undefined) member.contact_details.email = email;
      if (form !== undefined) member.contact_details.contact_form = form;
    }
  }
  return member;
}

/** Thrown when a feed is not a list of members at all (nothing in it can be shown). Its message is English, for developers. */
export class MemberFeedError extends Error {}

/**
 * Reads a feed: a JSON array of members or a GeoJSON FeatureCollection. Entries that break the shape are
 * skipped, each with a reason; everything else is kept. Throws {@link MemberFeedError} only when the
 * feed as a whole is neither form.
 */
export function parseMembers(input: unknown): ParsedMembers {
  let entries: { entry: unknown; point?: unknown }[];
  if (Array.isArray(input)) {
    entries = (input as unknown[]).map((entry) => ({ entry }));
  } else if (isRecord(input) && input.type === 'FeatureCollection' && Array.isArray(input.features)) {
    entries = (input.features as unknown[]).map((feature) => {
      if (!isRecord(feature)) return { entry: feature };
      const g = feature.geometry;
      const coordinates: unknown = isRecord(g) && g.type === 'Point' ? g.coordinates : undefined;
      const point = Array.isArray(coordinates) ? { lon: coordinates[0] as unknown, lat: coordinates[1] as unknown } : undefined;
      return { entry: feature.properties, point };
    });
  } else {
    throw new MemberFeedError('The feed is not a list of members (expected a JSON array or a GeoJSON FeatureCollection).');
  }

  const members: Member[] = [];
  const skipped: SkippedMember[] = [];
  entries.forEach(({ entry, point }, index) => {
    if (!isRecord(entry)) {
      const problem: MemberProblem = { code: 'not-object' };
      skipped.push({ index, problem, reason: memberProblemText(problem) });
      return;
    }
    try {
      members.push(parseEntry(entry, point, index));
    } catch (error) {
      if (!(error instanceof EntryError)) throw error;
      const name = typeof entry.name === 'string' && entry.name.trim() ? entry.name.trim().slice(0, 100) : undefined;
      skipped.push({ index, problem: error.problem, reason: error.message, ...(name ? { name } : {}) });
    }
  });
  return { members, skipped };
}
