import {
  WELSH_REGION_NAMES,
  vocabularyLabels,
  type CommunityType,
  type Member,
  type MemberType,
  type UkRegion,
} from '@ctkit/core';

/**
 * What the filters and the search box ask for; an empty value means "any". `other` also finds members
 * whose category the feed gave in words ctkit does not know (uncategorised); region `none` finds
 * members without a region ("Region not given").
 */
export interface MemberFilters {
  memberType?: MemberType | '';
  communityType?: CommunityType | 'other' | '';
  region?: UkRegion | 'none' | '';
  tag?: string;
  query?: string;
}

/** Lower case, without accents (ŵ → w, é → e), so "Caerdydd" finds "CAERDYDD" and "ŵyl" finds "wyl". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export interface IndexedMember {
  readonly member: Member;
  readonly region: UkRegion | undefined;
  /** Name, description, place, region (English and Welsh) and tags, normalised. */
  readonly haystack: string;
  readonly tags: Set<string>;
}

/**
 * A member prepared for filtering. Its search text and tag set are built the first time a search or a tag
 * filter asks: most visitors never search, and normalising 10,000 members' text is a sixth of the map's
 * first render (`npm run bench -- map`).
 */
class Indexed implements IndexedMember {
  #haystack: string | undefined;
  #tags: Set<string> | undefined;

  constructor(
    readonly member: Member,
    readonly region: UkRegion | undefined,
  ) {}

  get haystack(): string {
    if (this.#haystack === undefined) {
      const m = this.member;
      const parts = [m.name, m.description ?? '', m.locality ?? '', m.tags.join(' ')];
      if (this.region) parts.push(vocabularyLabels.en.region[this.region], WELSH_REGION_NAMES[this.region]);
      this.#haystack = normalise(parts.join('\n'));
    }
    return this.#haystack;
  }

  get tags(): Set<string> {
    return (this.#tags ??= new Set(this.member.tags.map(normalise)));
  }
}

/**
 * The members, prepared for fast filtering: filtering 10,000 members is a single pass of `includes` checks
 * over each one's normalised text, so typing in the search box stays responsive.
 */
export function indexMembers(
  members: readonly Member[],
  regionOf: (m: Member) => UkRegion | undefined,
): IndexedMember[] {
  return members.map((member) => new Indexed(member, regionOf(member)));
}

/** The members that match every filter and every word of the query. */
export function filterMembers(index: readonly IndexedMember[], f: MemberFilters): IndexedMember[] {
  const words = normalise(f.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const tag = f.tag ? normalise(f.tag) : '';
  return index.filter(
    (m) =>
      (!f.memberType ||
        m.member.member_type === f.memberType ||
        (f.memberType === 'other' && m.member.uncategorised?.member_type !== undefined)) &&
      (!f.communityType ||
        m.member.community_type === f.communityType ||
        (f.communityType === 'other' && m.member.uncategorised?.community_type !== undefined)) &&
      (!f.region || m.region === f.region || (f.region === 'none' && !m.region)) &&
      (!tag || m.tags.has(tag)) &&
      words.every((w) => m.haystack.includes(w)),
  );
}

/** Every tag used, most used first, then alphabetically. */
export function tagsOf(members: readonly Member[]): string[] {
  const counts = new Map<string, number>();
  for (const m of members) for (const t of m.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}

/** Whether any filter or search word is set. */
export function hasFilters(f: MemberFilters): boolean {
  return [f.query?.trim(), f.memberType, f.communityType, f.region, f.tag].some((v) => v !== undefined && v !== '');
}
