/**
 * Regions from the words a feed uses for them ("Greater Manchester", "London, UK", "Ynys Môn"): core's
 * names table. Only ever loaded by `import()` (lazy.ts), so the table is a chunk of its own, fetched only
 * when a feed names a region other than by the 12 regions' ids or English and Welsh names.
 */
import { regionFromName, type Member, type UkRegion } from '@ctkit/core';

/** The region a member's `region` text names, unless its `country_iso_3166` says it is not in the UK. */
export function regionByName(member: Member): UkRegion | undefined {
  const country = member.country_iso_3166;
  const uk = !country || country === 'GB' || country === 'UK';
  return uk && member.region_text ? regionFromName(member.region_text) : undefined;
}
