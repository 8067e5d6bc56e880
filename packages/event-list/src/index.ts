export { CtEventList, filterEvents, type EventFilters, type EventWhen } from './event-list.js';
export { loadFeed, parseFeedText, FeedError, type FeedErrorReason, type LoadOptions } from './feed.js';
export { listMessages } from './messages.js';
export type * from './events.js';
