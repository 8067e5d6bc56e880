/**
 * The events `<ct-community-map>` fires, typed for `addEventListener` on the element, the document or the
 * window (they bubble and cross shadow roots): `map.addEventListener('ct-members-load', (e) => e.detail.members)`.
 */
import type { Member, SkippedMember } from '@ctkit/core';
import type { MapView } from './index.js';

/** Detail of `ct-members-load`: the members read from `src` or `members`, and the entries left out. */
export interface MembersLoadDetail {
  members: Member[];
  skipped: SkippedMember[];
}

/** Detail of `ct-members-error`: the feed could not be loaded (`failed`) or was over `max-bytes` (`too-large`). */
export interface MembersErrorDetail {
  kind: 'failed' | 'too-large';
  detail: string;
}

/** Detail of `ct-view-change`: the view the person chose. */
export interface ViewChangeDetail {
  view: MapView;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ct-members-load': CustomEvent<MembersLoadDetail>;
    'ct-members-error': CustomEvent<MembersErrorDetail>;
    'ct-view-change': CustomEvent<ViewChangeDetail>;
  }
}
