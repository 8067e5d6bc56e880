// Shared by the ct-community-map browser tests.
import { oneEvent } from '@open-wc/testing';
import '../src/community-map.js';
import type { CtCommunityMap } from '../src/community-map.js';

export const isFirefox = navigator.userAgent.includes('Firefox');

export const spread = [
  {
    name: 'Kernow Connect',
    region: 'south-west',
    locality: 'Truro',
    geolocation: { lat: 50.2632, lon: -5.051 },
    member_type: 'not-for-profit-business',
    tags: ['broadband'],
  },
  {
    name: 'Norwich Tech Share',
    geolocation: { lat: 52.6309, lon: 1.2974 },
    member_type: 'community-group',
    community_type: 'place-based',
    tags: ['device lending'],
  },
  {
    name: 'Newcastle Tech for Good',
    region: 'north-east',
    geolocation: { lat: 54.9783, lon: -1.6178 },
    member_type: 'community-group',
    description: 'Builds software for charities',
  },
  {
    name: 'Hackney Digital Hub',
    region: 'london',
    geolocation: { lat: 51.545, lon: -0.0553 },
    member_type: 'community-group',
    community_type: 'shared-experience',
    tags: ['young people', 'Device lending'],
  },
];

export const dense = Array.from({ length: 12 }, (_, i) => ({
  name: `Manchester group ${String(i + 1)}`,
  region: 'north-west',
  geolocation: { lat: 53.48 + Math.sin(i) * 0.05, lon: -2.24 + Math.cos(i) * 0.07 },
}));

/** The dense-cluster story's members: 60 in and around Manchester (stories/community-map.stories.ts). */
export const denseStory = Array.from({ length: 60 }, (_, i) => ({
  name: `Greater Manchester group ${String(i + 1)}`,
  member_type: 'community-group',
  region: 'north-west',
  geolocation: { lat: 53.48 + Math.sin(i * 1.7) * 0.08, lon: -2.24 + Math.cos(i * 2.3) * 0.12 },
}));

/**
 * Mounts without @open-wc's `fixture` for wrappers: for a plain element it waits for an animation frame,
 * which never comes in a background page (tests run two pages at once).
 */
export const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const node of mounted.splice(0)) node.remove();
});
export function holder(): HTMLDivElement {
  const div = document.createElement('div');
  document.body.append(div);
  mounted.push(div);
  return div;
}

export async function mount(members: unknown, view = 'list'): Promise<CtCommunityMap> {
  const div = holder();
  const el = document.createElement('ct-community-map');
  el.view = view as CtCommunityMap['view'];
  el.members = members;
  // A button after the widget: where focus should go when it leaves the widget.
  const after = document.createElement('button');
  after.type = 'button';
  after.id = 'after';
  after.textContent = 'After';
  div.append(el, after);
  await el.updateComplete;
  return el;
}

export async function mountSrc(src: string, maxBytes = '', fallback = ''): Promise<CtCommunityMap> {
  const el = document.createElement('ct-community-map');
  if (maxBytes) el.setAttribute('max-bytes', maxBytes);
  // The partner's fallback content (static test markup).
  if (fallback) el.innerHTML = fallback;
  const done = Promise.race([oneEvent(el, 'ct-members-loaded'), oneEvent(el, 'ct-members-error')]);
  el.src = src;
  holder().append(el);
  await done;
  await el.updateComplete;
  return el;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- callers name the element type they expect
export const $ = <T extends Element = HTMLElement>(el: CtCommunityMap, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: CtCommunityMap, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export { focused } from '../../../tests/support/helpers.js';
/**
 * Waits for renders and the popover's positioning (promise chains only). No timers: with several test
 * pages open, background pages have their timers throttled to one a second.
 */
export const settle = async (el: CtCommunityMap) => {
  for (let i = 0; i < 10; i++) {
    await el.updateComplete;
    await Promise.resolve();
  }
};
