import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@ctkit/sign-up-form';
import '@ctkit/access-needs';
import '@ctkit/event-card';
import '@ctkit/event-list';
import '@ctkit/community-map';
import { listsLoaded, sampleEvents, storyNow } from './support/events.js';

/**
 * Every widget on the kinds of page partners really have: a dark WordPress theme (near-black page, light
 * text that the widgets must not inherit) and a page in the partner's brand colour with their theme's
 * custom properties. Each widget paints its own surface, so its text stays readable on either. The
 * screenshot tests photograph these stories at 1280 and 320 px; the contrast test measures their text.
 */
const meta: Meta = {
  title: 'Embed/On partner pages',
  parameters: {
    docs: {
      description: {
        component:
          'How the widgets look on a dark partner theme and on a brand-coloured page. Nothing to set: each widget paints its own surface.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

interface Host {
  background: string;
  text: string;
  link: string;
}

/** A dark WordPress theme (#121212, the page colour of Twenty Twenty-Four's dark style) and a brand page. */
const hosts = {
  dark: { background: '#121212', text: '#f0f0f0', link: '#8ab4f8' },
  brand: { background: '#5a2d82', text: '#ffffff', link: '#ffe08a' },
} satisfies Record<string, Host>;

/** A partner page: the host's own heading and text around each widget, in the host's colours. */
const page = (host: Host) => html`<div
  style="background:${host.background};color:${host.text};padding:1.5em;display:grid;gap:1.5em;font-family:system-ui,sans-serif"
>
  <h2 style="margin:0">Community Tech Network</h2>
  <p style="margin:0">
    Join us, tell us what you need, and come along.
    <a href="https://example.org/about" style="color:${host.link}">About the network</a>
  </p>
  <ct-sign-up-form
    id="story-host-page"
    org-name="Community Tech Network"
    privacy-url="https://example.org/privacy"
    fields="name region"
  ></ct-sign-up-form>
  <ct-access-needs name="access" format="hybrid"></ct-access-needs>
  <ct-event-card .event=${sampleEvents.launch} .now=${storyNow} heading-level="2"></ct-event-card>
  <ct-event-list src="/fixtures/events.json" page-size="3" .now=${storyNow}></ct-event-list>
  <ct-community-map src="/fixtures/community-members.json" view="regions"></ct-community-map>
</div>`;

/** Waits until the list and the map have read their feeds (or failed to), by their own events and states. */
async function feedsRead({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  await listsLoaded(canvasElement);
  const map = canvasElement.querySelector('ct-community-map');
  if (!map) throw new Error('No ct-community-map in the story');
  await map.updateComplete;
  // The feed has members, so none in the results means it has not been read yet.
  if (map.results.length === 0) {
    await new Promise((resolve) => {
      map.addEventListener('ct-members-loaded', resolve, { once: true });
      map.addEventListener('ct-members-error', resolve, { once: true });
    });
  }
  await map.updateComplete;
}

export const DarkTheme: Story = {
  name: 'Dark partner theme',
  render: () => page(hosts.dark),
  play: feedsRead,
};

export const BrandPage: Story = {
  name: 'Brand-coloured page with the partner theme',
  globals: { theme: 'partner' },
  render: () => page(hosts.brand),
  play: feedsRead,
};
