/**
 * The events `<ct-community-map>` fires, typed for `addEventListener` on the element, the document or the
 * window (they bubble and cross shadow roots): `map.addEventListener('ct-members-loaded', (e) => e.detail.members)`.
 * `ct-members-load` and `ct-view-change` are the deprecated old names of two of them, fired as well.
 */
import type { Member, SkippedMember } from '@ctkit/core';
import type { MapView } from './index.js';

/** Detail of `ct-members-loaded`: the members read from `src` or `members`, and the entries left out. */
export interface MembersLoadDetail {
  members: Member[];
  skipped: SkippedMember[];
}

/** Detail of `ct-members-error`: the feed could not be loaded (`failed`) or was over `max-bytes` (`too-large`). */
export interface MembersErrorDetail {
  kind: 'failed' | 'too-large';
  detail: string;
}

/** Detail of `ct-view-changed`: the view the person chose. */
export interface ViewChangeDetail {
  view: MapView;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ct-members-loaded': CustomEvent<MembersLoadDetail>;
    'ct-members-error': CustomEvent<MembersErrorDetail>;
    'ct-view-changed': CustomEvent<ViewChangeDetail>;
    /** @deprecated Use `ct-members-loaded` (fired at the same time). */
    'ct-members-load': CustomEvent<MembersLoadDetail>;
    /** @deprecated Use `ct-view-changed` (fired at the same time). */
    'ct-view-change': CustomEvent<ViewChangeDetail>;
  }
}
