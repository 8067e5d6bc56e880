export { CtCommunityMap, type MapView } from './community-map.js';
export { mapMessages, type MapMessages } from './messages.js';
export {
  filterMembers,
  hasFilters,
  indexMembers,
  normalise,
  tagsOf,
  type IndexedMember,
  type MemberFilters,
} from './filter.js';
export { project, unproject, MAP_VIEWBOX } from './projection.js';
export type * from './events.js';
